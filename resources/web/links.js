/*
 * Links and stories on the map: the Links layer draws each link as a line between two markers, a drag
 * from one marker to another (with Ctrl held, or with the Link tool on) asks the app to link them, and an
 * asset's popup lists its stories, with their photos' thumbnails (asked for when the popup opens, and
 * sent as data: URIs of the stored thumbnails, with their alternative text).
 *
 * The app sends the layer and the stories as JSON over the bridge. Every text (story, teller, link kind)
 * is written with textContent; nothing from data is parsed as HTML.
 */
(function () {
  "use strict";

  var PANE = "am-links";
  function t(english, values) { return window.assetmap.t(english, values); }
  // One pixel wide: the canvas then draws each line as a hairline. At 1.2 px every line was stroked as an
  // outline and filled, which took the renderer about a second for 30,000 lines before they showed.
  var LINE = { color: "#374151", width: 1, alpha: 0.6 };
  var CHOSEN = { color: "#b45309", width: 3, alpha: 0.95 };

  var lk = {
    ctx: null,
    bridge: null,
    renderer: null,
    ids: [],           // asset ids the links name
    codes: [],         // kind codes the links name
    flat: null,        // Int32Array, three a link: from index, to index, kind index (into ids and codes)
    count: 0,          // how many links
    kinds: {},
    ends: null,        // Float64Array of unit points, 4 per link (from x, y, to x, y), NaN when not drawn
    stories: {},
    photos: {},        // asset id -> {story id: [{src, alt}]}, as the app sent them for an opened popup
    photoBoxes: {},    // asset id -> the stories section of its open popup, waiting for its photos
    tool: false,
    drag: null,        // {from, line} while a link is being drawn
    swallowClick: false,
    pending: null
  };

  function el(tag, className, text) { return lk.ctx.element(tag, className, text); }

  // The ends of every link in unit coordinates (NaN for an asset not drawn or not shown), looked up
  // again whenever assets move, come, go, or are filtered.
  function resolveEnds() {
    var m = lk.ids.length;
    var ux = new Float64Array(m), uy = new Float64Array(m);
    for (var j = 0; j < m; j++) {
      var unit = lk.ctx.isVisible(lk.ids[j]) ? lk.ctx.assetUnit(lk.ids[j]) : null;
      ux[j] = unit ? unit[0] : NaN;
      uy[j] = unit ? unit[1] : NaN;
    }
    var n = lk.count, flat = lk.flat;
    var ends = new Float64Array(n * 4);
    for (var i = 0; i < n; i++) {
      var a = flat[3 * i], b = flat[3 * i + 1];
      ends[4 * i] = ux[a];
      ends[4 * i + 1] = uy[a];
      ends[4 * i + 2] = ux[b];
      ends[4 * i + 3] = uy[b];
    }
    lk.ends = ends;
  }

  function shown(i) {
    return !isNaN(lk.ends[4 * i]) && !isNaN(lk.ends[4 * i + 2]);
  }

  function fromId(i) { return lk.ids[lk.flat[3 * i]]; }
  function toId(i) { return lk.ids[lk.flat[3 * i + 1]]; }

  var LinkCanvas = L.Canvas.extend({
    _updatePaths: function () {
      if (this._postponeUpdatePaths) { return; }
      this._redrawBounds = null;
      this._redraw();
    },
    _onZoomEnd: function () {},
    _draw: function () {
      var ctx = this._ctx;
      if (!ctx || !this._bounds || !lk.ends || !lk.count) { return; }
      var map = this._map;
      var scale = map.options.crs.scale(map.getZoom());
      var origin = map.getPixelOrigin();
      var chosen = lk.ctx.selected();
      var ends = lk.ends;
      var later = [];
      ctx.save();
      ctx.lineCap = "round";
      ctx.strokeStyle = LINE.color;
      ctx.globalAlpha = LINE.alpha;
      ctx.lineWidth = LINE.width;
      ctx.beginPath();
      var chosenIndex = chosen ? lk.ids.indexOf(chosen) : -1;
      var flat = lk.flat;
      for (var i = 0; i < lk.count; i++) {
        if (!shown(i)) { continue; }
        if (chosenIndex >= 0 && (flat[3 * i] === chosenIndex || flat[3 * i + 1] === chosenIndex)) {
          later.push(i);
          continue;
        }
        ctx.moveTo(Math.round(scale * ends[4 * i]) - origin.x, Math.round(scale * ends[4 * i + 1]) - origin.y);
        ctx.lineTo(Math.round(scale * ends[4 * i + 2]) - origin.x, Math.round(scale * ends[4 * i + 3]) - origin.y);
      }
      ctx.stroke();
      if (later.length) {
        ctx.strokeStyle = CHOSEN.color;
        ctx.globalAlpha = CHOSEN.alpha;
        ctx.lineWidth = CHOSEN.width;
        ctx.beginPath();
        later.forEach(function (j) {
          ctx.moveTo(Math.round(scale * ends[4 * j]) - origin.x, Math.round(scale * ends[4 * j + 1]) - origin.y);
          ctx.lineTo(Math.round(scale * ends[4 * j + 2]) - origin.x, Math.round(scale * ends[4 * j + 3]) - origin.y);
        });
        ctx.stroke();
      }
      ctx.restore();
    }
  });

  function redraw() {
    if (lk.renderer && lk.renderer._map) {
      lk.renderer._redrawBounds = null;
      lk.renderer._redraw();
    }
  }

  function setLayer(layer) {
    if (!lk.ctx) { lk.pending = layer; return; }
    var good = layer && Array.isArray(layer.ids) && Array.isArray(layer.codes) && Array.isArray(layer.links);
    lk.ids = good ? layer.ids.map(String) : [];
    lk.codes = good ? layer.codes.map(String) : [];
    var given = good ? layer.links : [];
    var flat = new Int32Array(given.length - given.length % 3);
    var count = 0;
    for (var i = 0; i + 2 < given.length; i += 3) {
      var a = given[i], b = given[i + 1], k = given[i + 2];
      if (a >= 0 && a < lk.ids.length && b >= 0 && b < lk.ids.length && k >= 0 && k < lk.codes.length) {
        flat[3 * count] = a; flat[3 * count + 1] = b; flat[3 * count + 2] = k;
        count++;
      }
    }
    lk.flat = flat;
    lk.count = count;
    lk.kinds = layer && layer.kinds && typeof layer.kinds === "object" ? layer.kinds : {};
    resolveEnds();
    redraw();
  }

  // ---- stories in the popup --------------------------------------------------------------------------

  function popupExtra(id, box) {
    var told = lk.stories[id];
    if (!Array.isArray(told) || !told.length) { return; }
    var wanted = false;
    var section = el("div", "am-stories");
    section.appendChild(el("div", "am-stories-title", t("Stories")));
    told.forEach(function (story) {
      if (story.more) {
        var more = el("div", "am-story-more", t("and {count} more in the asset's form", { count: story.more }));
        section.appendChild(more);
        return;
      }
      var item = el("div", "am-story");
      if (typeof story.id === "string") { item.setAttribute("data-story", story.id); }
      var text = el("div", "am-story-text", story.text);
      text.setAttribute("data-field", "story");
      item.appendChild(text);
      var by = (story.teller && story.teller !== "Anonymous" ? String(story.teller) : t("Anonymous")) + (story.told_on ? ", " + story.told_on : "");
      var teller = el("div", "am-story-teller", "— " + by);
      teller.setAttribute("data-field", "teller");
      item.appendChild(teller);
      section.appendChild(item);
      if (story.photos > 0) { wanted = true; }
    });
    box.appendChild(section);
    if (!wanted) { return; }
    if (lk.photos[id]) { showPhotos(section, lk.photos[id]); }
    else if (lk.bridge && lk.bridge.request_story_photos) {
      lk.photoBoxes[id] = section;
      lk.bridge.request_story_photos(id);
    }
  }

  // A story's thumbnails under its text, each with its alternative text as alt and as a caption.
  function showPhotos(section, byStory) {
    Array.prototype.forEach.call(section.querySelectorAll(".am-story[data-story]"), function (item) {
      var given = byStory[item.getAttribute("data-story")];
      if (!Array.isArray(given) || item.querySelector(".am-story-photos")) { return; }
      var row = el("div", "am-story-photos");
      given.forEach(function (photo) {
        if (!photo || typeof photo.src !== "string" || photo.src.indexOf("data:image/") !== 0) { return; }
        var figure = el("figure", "am-story-photo");
        var img = el("img");
        img.alt = String(photo.alt || "");
        img.addEventListener("load", refitPopup);
        img.src = photo.src;
        figure.appendChild(img);
        var caption = el("figcaption", null, photo.alt);
        caption.setAttribute("data-field", "alt");
        figure.appendChild(caption);
        row.appendChild(figure);
      });
      if (row.childNodes.length) { item.insertBefore(row, item.querySelector(".am-story-teller")); }
    });
  }

  function refitPopup() {
    var popup = lk.ctx && lk.ctx.map._popup;
    if (popup && popup.isOpen()) { popup.update(); }
  }

  function photosArrived(text) {
    var parsed = JSON.parse(text);
    if (!parsed || typeof parsed.asset !== "string" || !parsed.photos || typeof parsed.photos !== "object") {
      return;
    }
    lk.photos[parsed.asset] = parsed.photos;
    var section = lk.photoBoxes[parsed.asset];
    delete lk.photoBoxes[parsed.asset];
    if (section && section.isConnected) { showPhotos(section, parsed.photos); }
  }

  // ---- drawing a link by dragging ----------------------------------------------------------------------

  function assetUnder(event) {
    return lk.ctx.assetAt(lk.ctx.map.mouseEventToLayerPoint(event));
  }

  function onDown(event) {
    if (event.button !== 0 || !(lk.tool || event.ctrlKey) || !lk.bridge) { return; }
    var from = assetUnder(event);
    if (!from) { return; }
    event.stopPropagation();
    event.preventDefault();
    var start = lk.ctx.assetLatLng(from);
    lk.drag = {
      from: from,
      line: L.polyline([start, start], {
        color: CHOSEN.color, weight: 3, dashArray: "6 6", interactive: false, pane: PANE
      }).addTo(lk.ctx.map)
    };
    document.addEventListener("mousemove", onMove, true);
    document.addEventListener("mouseup", onUp, true);
  }

  function onMove(event) {
    if (!lk.drag) { return; }
    var to = assetUnder(event);
    var end = to ? lk.ctx.assetLatLng(to) : lk.ctx.map.mouseEventToLatLng(event);
    lk.drag.line.setLatLngs([lk.ctx.assetLatLng(lk.drag.from), end]);
  }

  function onUp(event) {
    document.removeEventListener("mousemove", onMove, true);
    document.removeEventListener("mouseup", onUp, true);
    if (!lk.drag) { return; }
    var from = lk.drag.from;
    lk.ctx.map.removeLayer(lk.drag.line);
    lk.drag = null;
    var to = assetUnder(event);
    lk.swallowClick = true;
    setTimeout(function () { lk.swallowClick = false; }, 0);
    if (to && to !== from && lk.bridge) { lk.bridge.report_link_drawn(from, to); }
  }

  function setTool(on) {
    lk.tool = !!on;
    if (!lk.ctx) { return; }
    var container = lk.ctx.map.getContainer();
    if (lk.tool) { L.DomUtil.addClass(container, "am-link-mode"); }
    else { L.DomUtil.removeClass(container, "am-link-mode"); }
  }

  // ---- plugging in ---------------------------------------------------------------------------------

  function drawn(ctx) {
    lk.ctx = ctx;
    if (!ctx.map.getPane(PANE)) {
      var pane = ctx.map.createPane(PANE);
      pane.style.zIndex = "410";  // above the wards, under the markers
      pane.style.pointerEvents = "none";
    }
    lk.renderer = new LinkCanvas({ pane: PANE, padding: 0.5 }).addTo(ctx.map);
    var container = ctx.map.getContainer();
    container.addEventListener("mousedown", onDown, true);
    container.addEventListener("click", function (event) {
      if (lk.swallowClick) { event.stopPropagation(); event.preventDefault(); lk.swallowClick = false; }
    }, true);
    setTool(lk.tool);
    if (lk.pending) { var layer = lk.pending; lk.pending = null; setLayer(layer); }
  }

  function assetsChanged() {
    if (!lk.ctx || !lk.count) { return; }
    resolveEnds();
    redraw();
  }

  function connected(bridge) {
    lk.bridge = bridge;
    if (bridge.links_changed) {
      bridge.links_changed.connect(function (text) { setLayer(JSON.parse(text)); });
    }
    if (bridge.stories_changed) {
      bridge.stories_changed.connect(function (text) {
        var parsed = JSON.parse(text);
        lk.stories = parsed && typeof parsed === "object" ? parsed : {};
        lk.photos = {};  // the stories changed: their photos are asked for afresh
      });
    }
    if (bridge.link_mode_changed) { bridge.link_mode_changed.connect(setTool); }
    if (bridge.story_photos_ready) { bridge.story_photos_ready.connect(photosArrived); }
  }

  // What the layer shows, read back by tests: the lines drawn (both ends shown) and the tool's state.
  function describe() {
    var count = 0;
    var lines = [];
    for (var i = 0; lk.ends && i < lk.count; i++) {
      if (!shown(i)) { continue; }
      count++;
      if (lines.length < 2000) { lines.push([fromId(i), toId(i), lk.codes[lk.flat[3 * i + 2]]]); }
    }
    return {
      count: count,
      known: lk.count,
      lines: count <= 2000 ? lines : [],
      tool: lk.tool,
      on: !!(lk.renderer && lk.renderer._map),
      kinds: lk.kinds,
      stories: Object.keys(lk.stories).length
    };
  }

  // The colour of the pixel drawn half-way along the line between two assets (tests read it back).
  function pixelBetween(from, to) {
    if (!lk.renderer || !lk.renderer._ctx) { return null; }
    var a = lk.ctx.assetLatLng(from), b = lk.ctx.assetLatLng(to);
    if (!a || !b) { return null; }
    var map = lk.ctx.map;
    var mid = map.latLngToContainerPoint(L.latLng((a.lat + b.lat) / 2, (a.lng + b.lng) / 2));
    var canvas = lk.renderer._container;
    var box = canvas.getBoundingClientRect();
    var holder = map.getContainer().getBoundingClientRect();
    var scale = canvas.width / box.width;
    var x = Math.round((mid.x + holder.left - box.left) * scale);
    var y = Math.round((mid.y + holder.top - box.top) * scale);
    var data = lk.renderer._ctx.getImageData(x - 1, y - 1, 3, 3).data;
    var alpha = 0;
    for (var i = 3; i < data.length; i += 4) { alpha = Math.max(alpha, data[i]); }
    return alpha;
  }

  window.assetmap.use({
    drawn: drawn,
    connected: connected,
    assetsChanged: assetsChanged,
    selectionChanged: function () { if (lk.count) { redraw(); } },  // the chosen asset's links stand out
    popupExtra: popupExtra
  });
  window.assetmap.links = describe;
  window.assetmap.linkPixel = pixelBetween;
})();
