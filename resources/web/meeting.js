/*
 * Meeting mode on the projected map: large labels, legend and captions, the high-contrast colours, a notice
 * when partner assets are shown, and a ward's figures, large, on a click or from the keyboard.
 *
 * The app turns it on with assetmap.meeting.set(options); until then this file does nothing. Every text
 * (notice, caption, ward names) is written with textContent.
 */
(function () {
  "use strict";

  var ctx = null;
  function t(english, values) { return window.assetmap.t(english, values); }
  // The caption assetmap.maps.meeting writes ("Public assets only · 3 people's gifts and skills counted,
  // not shown"), in the window's language part by part.
  var GIFTS_COUNTED = /^(\d+) (?:person's gift|people's gifts) and skills counted, not shown$/;
  function captionText(caption) {
    return String(caption).split(" · ").map(function (part) {
      var gifts = GIFTS_COUNTED.exec(part);
      if (!gifts) { return t(part); }
      return window.assetmap.tn("%n gift(s) and skills counted, not shown", Number(gifts[1]), part);
    }).join(" · ");
  }
  var pending = null;
  var meeting = {
    on: false,
    options: null,
    notice: null,      // the "Showing partner assets" box
    caption: null,     // what the map shows, at the bottom left
    figures: null,     // the ward's figures box
    figuresWard: null,
    wardIndex: -1
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function control(position, className) {
    var box = el("div", className);
    var c = L.control({ position: window.assetmap.side(position) });
    c.onAdd = function () { L.DomEvent.disableClickPropagation(box); return box; };
    c.addTo(ctx.map);
    return box;
  }

  // ---- which ward a point lies in (even-odd rule over the outline's rings) -------------------------

  function inRing(x, y, ring) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) { inside = !inside; }
    }
    return inside;
  }

  function inGeometry(x, y, geometry) {
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] :
      geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    return polygons.some(function (rings) {
      var inside = false;
      rings.forEach(function (ring) { if (inRing(x, y, ring)) { inside = !inside; } });
      return inside;
    });
  }

  function wardAt(latlng) {
    if (!ctx || !ctx.wards) { return null; }
    var features = ctx.wards.features;
    for (var i = 0; i < features.length; i++) {
      if (inGeometry(latlng.lng, latlng.lat, features[i].geometry)) { return i; }
    }
    return null;
  }

  // ---- the ward's figures, large -------------------------------------------------------------------

  function showFigures(index) {
    if (!meeting.on || index === null || index < 0) { hideFigures(); return false; }
    var feature = ctx.wards.features[index];
    var p = feature.properties;
    var counts = (meeting.options.wardCounts || {})[p.code];
    var n = counts ? counts.assets : 0;
    var box = meeting.figures;
    box.replaceChildren();
    box.appendChild(el("div", "am-meeting-figures-name", p.name));
    box.appendChild(el("div", "am-meeting-figures-count", window.assetmap.tn("%n asset(s) shown", n, n === 1 ? "1 asset shown" : n + " assets shown")));
    box.style.display = "";
    box.setAttribute("aria-label", p.name + ": " + box.lastChild.textContent);
    meeting.figuresWard = p.code;
    meeting.wardIndex = index;
    return true;
  }

  function hideFigures() {
    if (meeting.figures) { meeting.figures.style.display = "none"; }
    meeting.figuresWard = null;
  }

  function onMapClick(event) {
    if (!meeting.on) { return; }
    showFigures(wardAt(event.latlng));
  }

  function sortedWards() {
    var order = ctx.wards.features.map(function (f, i) { return i; });
    order.sort(function (a, b) {
      return ctx.wards.features[a].properties.name.localeCompare(ctx.wards.features[b].properties.name);
    });
    return order;
  }

  // From the keyboard: W steps to the next ward (Shift+W the previous), Escape closes the figures.
  function onKey(event) {
    if (!meeting.on || !ctx || !ctx.wards) { return; }
    if (event.key === "w" || event.key === "W") {
      var order = sortedWards();
      var at = order.indexOf(meeting.wardIndex);
      var next = event.shiftKey ? (at <= 0 ? order.length - 1 : at - 1) : (at + 1) % order.length;
      showFigures(order[next]);
      event.preventDefault();
    } else if (event.key === "Escape" && meeting.figuresWard) {
      hideFigures();
    }
  }

  // ---- turning meeting mode on ---------------------------------------------------------------------

  function setColours(colours) {
    var root = document.documentElement.style;
    Object.keys(colours).forEach(function (name) {
      root.setProperty("--am-meeting-" + name.replace(/_/g, "-"), String(colours[name]));
    });
  }

  function apply(options) {
    meeting.options = options;
    if (!meeting.on) {
      meeting.on = true;
      document.body.classList.add("am-meeting");
      setColours(options.colours);
      meeting.notice = control("topleft", "am-meeting-notice");
      meeting.notice.setAttribute("role", "status");
      meeting.figures = control("topright", "am-meeting-figures");
      meeting.figures.setAttribute("role", "status");
      meeting.caption = control("bottomleft", "am-meeting-caption");
      var c = options.colours;
      if (ctx.wardLayer) {
        ctx.wardLayer.setStyle({ color: c.ward_line, weight: 1.5, fillColor: c.ward_fill,
                                 fillOpacity: c.ward_fill_opacity });
      }
      if (ctx.districtLayer) { ctx.districtLayer.setStyle({ color: c.district_line, weight: 3 }); }
      ctx.restyleMarkers({ radius: options.markerRadius, weight: options.markerRing, color: c.marker_ring });
      ctx.map.on("click", onMapClick);
      document.addEventListener("keydown", onKey);
    }
    var hidden = options.legendHidden || [];
    document.querySelectorAll(".am-legend-item").forEach(function (item) {
      item.style.display = hidden.indexOf(item.getAttribute("data-category")) >= 0 ? "none" : "";
    });
    meeting.notice.textContent = options.notice ? t(options.notice) : "";
    meeting.notice.style.display = options.notice ? "" : "none";
    meeting.caption.textContent = options.caption ? captionText(options.caption) : "";
    if (meeting.figuresWard) {
      showFigures(meeting.wardIndex);
    } else {
      hideFigures();
    }
    ctx.map.invalidateSize();
    ctx.fitArea();
  }

  function set(options) {
    if (!ctx) { pending = options; return false; }
    apply(options);
    return true;
  }

  // What tests read: the computed font sizes (px) of every text the room sees, and what is shown.
  function fontSizes() {
    var selectors = {
      ward_label: ".am-ward-label span",
      district_label: ".am-district-label span",
      legend: ".am-legend",
      legend_label: ".am-legend-label",
      legend_title: ".am-legend-title",
      caption: ".am-meeting-caption",
      notice: ".am-meeting-notice",
      figures: ".am-meeting-figures",
      attribution: ".leaflet-control-attribution",
      scale: ".leaflet-control-scale-line",
      popup: ".leaflet-popup-content",
      tooltip: ".leaflet-tooltip"
    };
    var out = {};
    Object.keys(selectors).forEach(function (name) {
      var node = document.querySelector(selectors[name]);
      out[name] = node ? parseFloat(window.getComputedStyle(node).fontSize) : null;
    });
    return out;
  }

  function shown(node) {
    return !!node && node.style.display !== "none" && !!node.offsetParent;
  }

  function status() {
    return {
      on: meeting.on,
      notice: shown(meeting.notice) ? meeting.notice.textContent : null,
      caption: shown(meeting.caption) ? meeting.caption.textContent : null,
      figures: shown(meeting.figures) ? meeting.figures.textContent : null,
      background: meeting.on ? window.getComputedStyle(ctx.map.getContainer()).backgroundColor : null,
      legend: Array.prototype.filter.call(document.querySelectorAll(".am-legend-item"), shown)
        .map(function (item) { return item.getAttribute("data-category"); })
    };
  }

  window.assetmap.use({
    drawn: function (context) {
      ctx = context;
      if (pending) { var p = pending; pending = null; apply(p); }
    }
  });

  window.assetmap.meeting = {
    set: set,
    status: status,
    fontSizes: fontSizes,
    showWardAt: function (lon, lat) { return showFigures(wardAt(L.latLng(lat, lon))); },
    // Everything the page holds as text: drawn asset rows, open popups and tooltips, and its controls.
    allText: function () { return document.body.innerText; }
  };
})();
