/*
 * The AssetMap page: draws wards, districts and assets from JSON and talks to the app over QWebChannel.
 *
 * Every piece of text that comes from data (asset fields, ward and district names, category labels) is
 * written with textContent. Nothing from data is ever parsed as HTML.
 */
(function () {
  "use strict";

  var state = {
    map: null,
    config: null,
    bridge: null,
    drawn: false,
    readySent: false,
    assets: new Map(),      // asset id -> {row, latlng, ux, uy, sprite}, in drawing order
    colours: new Map(),     // category code -> colour
    labels: new Map(),      // category code -> label
    assetEvents: null,      // where clicks and hovers on assets are reported (see AssetTarget)
    assetRenderer: null,
    visible: null,          // Set of ids, or null for all
    selected: null,
    highlight: null,
    handle: null,
    placeMode: false,
    wards: null,
    districts: null,
    wardLabels: null,
    districtLabels: null,
    basemap: null,
    popup: null,
    popupId: null,
    tooltip: null,
    tooltipId: null,
    failed: null,
    wardData: null,
    fit: null,              // the view the area was last fitted to ({zoom, centre}); null once moved from it
    legendOpen: true,       // the legend shows its entries (its title button folds them away)
    plugins: []             // extra layers (abundance.js), told when the map is drawn and connected
  };

  var FALLBACK_COLOUR = "#777777";
  var WARD_FILL = { fillColor: "#f3f4f6", fillOpacity: 0.35 };
  var BOUNDARY_ATTRIBUTION =
    "Boundaries: ONS, Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2023";

  // The page's words in the window's language (set by the app as window.assetmapLanguage before the page's
  // scripts run); a word it has no translation for stays in English. {name} placeholders are filled in.
  function t(english, values) {
    var words = (window.assetmapLanguage && window.assetmapLanguage.words) || {};
    var found = Object.prototype.hasOwnProperty.call(words, english) ? words[english] : null;
    var out = typeof found === "string" && found ? found : english;
    return !values ? out : out.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  // A word with a number (source "%n asset(s) shown"): the form for n, or `english` when the app sent none.
  function tn(source, n, english) {
    var words = (window.assetmapLanguage && window.assetmapLanguage.words) || {};
    var forms = Object.prototype.hasOwnProperty.call(words, source) ? words[source] : null;
    if (!Array.isArray(forms) || forms.length < 3) { return english; }
    var kind = "other";
    try { kind = new Intl.PluralRules(window.assetmapLanguage.lang).select(n); } catch (e) { kind = "other"; }
    var form = kind === "one" ? forms[0] : kind === "few" ? forms[1] : forms[2];
    return form.replace("%n", new Intl.NumberFormat(window.assetmapLanguage.lang).format(n));
  }

  // Right to left (Urdu): the controls Leaflet puts on the left go to the right, and the other way round.
  function rightToLeft() { return !!window.assetmapLanguage && window.assetmapLanguage.dir === "rtl"; }
  function side(position) {
    if (!rightToLeft()) { return position; }
    return position.indexOf("left") >= 0 ? position.replace("left", "right") : position.replace("right", "left");
  }

  function escapeHtml(text) {
    var span = document.createElement("span");
    span.textContent = String(text);
    return span.innerHTML;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function fetchJson(path) {
    // The page's query names the data generation, so a rebuilt page never reads a cached copy.
    return fetch(path + window.location.search).then(function (response) {
      if (!response.ok) { throw new Error("could not load " + path + " (" + response.status + ")"); }
      return response.json();
    });
  }

  // ---- drawing -------------------------------------------------------------------------------------

  function addPane(name, zIndex, interactive) {
    var pane = state.map.createPane(name);
    pane.style.zIndex = String(zIndex);
    if (!interactive) { pane.style.pointerEvents = "none"; }
    return pane;
  }

  function label(latlng, text, className) {
    return L.marker(latlng, {
      icon: L.divIcon({ className: className, html: element("span", null, text), iconSize: null }),
      interactive: false,
      keyboard: false,
      pane: "am-labels"
    });
  }

  function drawBoundaries(wards, districts) {
    var boundaryRenderer = L.canvas({ pane: "am-boundaries", padding: 0.5 });
    state.wards = L.geoJSON(wards, {
      renderer: boundaryRenderer,
      interactive: false,
      style: { color: "#6b7280", weight: 1, fill: true, fillColor: WARD_FILL.fillColor,
               fillOpacity: WARD_FILL.fillOpacity }
    }).addTo(state.map);
    state.districts = L.geoJSON(districts, {
      renderer: boundaryRenderer,
      interactive: false,
      style: { color: "#1f2937", weight: 2.5, fill: false }
    }).addTo(state.map);

    state.wardLabels = L.layerGroup();
    wards.features.forEach(function (feature) {
      var p = feature.properties;
      state.wardLabels.addLayer(label([p.label[1], p.label[0]], p.name, "am-ward-label"));
    });
    state.districtLabels = L.layerGroup();
    districts.features.forEach(function (feature) {
      var p = feature.properties;
      state.districtLabels.addLayer(label([p.label[1], p.label[0]], p.name, "am-district-label"));
    });
    state.map.on("zoomend", updateLabels);
    updateLabels();
  }

  function updateLabels() {
    var wardsShown = state.map.getZoom() >= state.config.wardLabelZoom;
    toggleLayer(state.wardLabels, wardsShown);
    toggleLayer(state.districtLabels, !wardsShown);
  }

  function toggleLayer(layer, on) {
    if (on && !state.map.hasLayer(layer)) { layer.addTo(state.map); }
    if (!on && state.map.hasLayer(layer)) { state.map.removeLayer(layer); }
  }

  // ---- the assets: one canvas, painted point by point ----------------------------------------------
  //
  // Tens of thousands of L.CircleMarker layers cost a second to create and paint. Instead the assets live
  // in state.assets (a Map, so its order is the drawing order: new assets last, edited ones keep their
  // place) and AssetCanvas, a Leaflet canvas renderer, paints them itself. Each asset is one small image
  // of its circle, filled and outlined exactly as the circle markers were (Leaflet's own arc, fill and
  // stroke, drawn once per colour), copied onto the canvas in drawing order. So every marker is painted
  // whole, fill and outline, before the next one: an outline never covers a marker drawn after it.
  // Clicks and hovers are found by the same rule Leaflet's canvas used (the last drawn marker within the
  // circle's radius, half its outline and the renderer's tolerance) and reported through Leaflet's own
  // event path, so the map still sees a click on a marker as a click on the map at the marker.

  var MARKER = { radius: 5, weight: 1, color: "#ffffff", opacity: 1, fillOpacity: 0.9 };
  var TOLERANCE = 3;
  var HIT_REACH = MARKER.radius + MARKER.weight / 2 + TOLERANCE;
  var SPRITE_HALF = 7;  // the circle's centre lies on a pixel corner, as Leaflet's rounded points do
  var SPRITE_SIZE = 2 * SPRITE_HALF;

  var sprites = { byColour: new Map(), images: [] };

  function colourOf(code) {
    return state.colours.get(code) || FALLBACK_COLOUR;
  }

  function spriteOf(colour) {
    var index = sprites.byColour.get(colour);
    if (index !== undefined) { return index; }
    var scale = L.Browser.retina ? 2 : 1;  // as L.Canvas sizes its canvas
    var canvas = document.createElement("canvas");
    canvas.width = canvas.height = SPRITE_SIZE * scale;
    var ctx = canvas.getContext("2d");
    ctx.scale(scale, scale);
    // What L.Canvas does for a circle marker (_updateCircle and _fillStroke in Leaflet 1.9).
    ctx.beginPath();
    ctx.arc(SPRITE_HALF, SPRITE_HALF, MARKER.radius, 0, Math.PI * 2, false);
    ctx.globalAlpha = MARKER.fillOpacity;
    ctx.fillStyle = colour;
    ctx.fill("evenodd");
    ctx.globalAlpha = MARKER.opacity;
    ctx.lineWidth = MARKER.weight;
    ctx.strokeStyle = MARKER.color;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.stroke();
    index = sprites.images.length;
    sprites.images.push(canvas);
    sprites.byColour.set(colour, index);
    return index;
  }

  // ---- the drawing list: the assets in drawing order, as arrays, rebuilt when they change --------------

  var drawing = { list: null, projected: null };

  function assetsChanged() {
    drawing.list = null;
    drawing.projected = null;
  }

  function drawList() {
    if (drawing.list) { return drawing.list; }
    var n = state.assets.size;
    var list = {
      n: n,
      ids: new Array(n),
      ux: new Float64Array(n),
      uy: new Float64Array(n),
      sprite: new Uint16Array(n),
      shown: new Uint8Array(n),
      count: 0              // how many are shown
    };
    var i = 0;
    state.assets.forEach(function (entry, id) {
      list.ids[i] = id;
      list.ux[i] = entry.ux;
      list.uy[i] = entry.uy;
      list.sprite[i] = entry.sprite;
      if (isVisible(id)) { list.shown[i] = 1; list.count++; }
      i++;
    });
    drawing.list = list;
    drawing.projected = null;
    return list;
  }

  // Layer points at the map's zoom and pixel origin, as map.latLngToLayerPoint gives them: the CRS's
  // transformation at scale 1 is kept per asset, so this is the same multiplication and rounding.
  function projected() {
    var list = drawList();
    var map = state.map;
    var zoom = map.getZoom();
    var origin = map.getPixelOrigin();
    var p = drawing.projected;
    if (p && p.zoom === zoom && p.ox === origin.x && p.oy === origin.y) { return p; }
    var scale = map.options.crs.scale(zoom);
    p = { zoom: zoom, ox: origin.x, oy: origin.y, x: new Float64Array(list.n), y: new Float64Array(list.n) };
    for (var i = 0; i < list.n; i++) {
      p.x[i] = Math.round(scale * list.ux[i]) - origin.x;
      p.y[i] = Math.round(scale * list.uy[i]) - origin.y;
    }
    drawing.projected = p;
    return p;
  }

  // The id of the topmost shown asset within reach of a layer point, or null.
  function assetAt(point) {
    if (!state.map || !state.assets.size) { return null; }
    var list = drawList();
    var p = projected();
    var reach = HIT_REACH * HIT_REACH;
    var found = -1;
    for (var i = 0; i < list.n; i++) {
      if (!list.shown[i]) { continue; }
      var dx = p.x[i] - point.x;
      var dy = p.y[i] - point.y;
      if (dx * dx + dy * dy <= reach) { found = i; }
    }
    return found < 0 ? null : list.ids[found];
  }

  // ---- what a click or hover reports: one small Leaflet event target per asset touched ------------------

  var AssetTarget = L.Evented.extend({
    options: { interactive: true, bubblingMouseEvents: true },
    initialize: function (id, latlng) {
      this.assetId = id;
      this._latlng = latlng;
      this._radius = MARKER.radius;  // Leaflet places the event at the marker's centre, as for a circle marker
      this.addEventParent(state.assetEvents);
    },
    getLatLng: function () { return this._latlng; }
  });

  var targets = new Map();  // asset id -> AssetTarget, made when first needed

  function targetOf(id) {
    var entry = state.assets.get(id);
    if (!entry) { return null; }
    var target = targets.get(id);
    if (!target) {
      target = new AssetTarget(id, entry.latlng);
      targets.set(id, target);
    }
    target._latlng = entry.latlng;
    return target;
  }

  function forgetHover(id) {
    var renderer = state.assetRenderer;
    if (renderer && renderer._hoveredLayer && (id === undefined || renderer._hoveredLayer.assetId === id)) {
      L.DomUtil.removeClass(renderer._container, "leaflet-interactive");
      renderer._hoveredLayer = null;
    }
  }

  // ---- the renderers -----------------------------------------------------------------------------------

  // A canvas renderer that stays on whole pixels. After a view reset at a fractional zoom, Leaflet leaves
  // its canvas a fraction of a pixel off the corner it was drawn for, which blurs every marker.
  var SnappedCanvas = L.Canvas.extend({
    _reset: function () {
      L.Canvas.prototype._reset.call(this);
      if (this._bounds) { L.DomUtil.setPosition(this._container, this._bounds.min); }
    }
  });

  var AssetCanvas = SnappedCanvas.extend({
    // Leaflet's canvas redraws its Path layers; this one has none and draws state.assets instead.
    _updatePaths: function () {
      if (this._postponeUpdatePaths) { return; }
      this._redrawBounds = null;
      this._redraw();
    },

    _onZoomEnd: function () {},  // points are projected when drawn, for the zoom and origin of the moment

    _redraw: function () {
      // A redraw asked for in this frame is done now, not again at the next animation frame.
      if (this._redrawRequest) { L.Util.cancelAnimFrame(this._redrawRequest); }
      this._fullRedraw = false;
      SnappedCanvas.prototype._redraw.call(this);
    },

    // Repaint around these layer points on the next frame, or everything when given null.
    requestRedraw: function (points) {
      if (!this._map || (points && !points.length)) { return; }
      if (!points || this._fullRedraw) {
        this._fullRedraw = true;
        this._redrawBounds = null;
      } else {
        for (var i = 0; i < points.length; i++) {
          this._redrawBounds = this._redrawBounds || new L.Bounds();
          this._redrawBounds.extend([points[i].x - SPRITE_HALF - 1, points[i].y - SPRITE_HALF - 1]);
          this._redrawBounds.extend([points[i].x + SPRITE_HALF + 1, points[i].y + SPRITE_HALF + 1]);
        }
      }
      this._redrawRequest = this._redrawRequest || L.Util.requestAnimFrame(this._redraw, this);
    },

    _draw: function () {
      var ctx = this._ctx;
      var area = this._redrawBounds || this._bounds;
      if (!ctx || !area || !state.map || !state.assets.size) { return; }
      var list = drawList();
      var p = projected();
      var images = sprites.images;
      var minX = area.min.x - SPRITE_HALF, maxX = area.max.x + SPRITE_HALF;
      var minY = area.min.y - SPRITE_HALF, maxY = area.max.y + SPRITE_HALF;
      ctx.save();
      if (this._redrawBounds) {
        var size = area.getSize();
        ctx.beginPath();
        ctx.rect(area.min.x, area.min.y, size.x, size.y);
        ctx.clip();
      }
      for (var i = 0; i < list.n; i++) {
        if (!list.shown[i]) { continue; }
        var x = p.x[i];
        var y = p.y[i];
        if (x < minX || x > maxX || y < minY || y > maxY) { continue; }
        ctx.drawImage(images[list.sprite[i]], x - SPRITE_HALF, y - SPRITE_HALF, SPRITE_SIZE, SPRITE_SIZE);
      }
      ctx.restore();
    },

    // As L.Canvas._onClick, with the marker found by assetAt.
    _onClick: function (e) {
      var map = this._map;
      var id = assetAt(map.mouseEventToLayerPoint(e));
      var moved = (e.type === "click" || e.type === "preclick") && map._draggableMoved(this);
      var target = id !== null && !moved ? targetOf(id) : null;
      this._fireEvent(target ? [target] : false, e);
    },

    // As L.Canvas._handleMouseHover, with the marker found by assetAt.
    _handleMouseHover: function (e, point) {
      if (this._mouseHoverThrottled) { return; }
      var id = assetAt(point);
      var candidate = id !== null ? targetOf(id) : null;
      if (candidate !== this._hoveredLayer) {
        this._handleMouseOut(e);
        if (candidate) {
          L.DomUtil.addClass(this._container, "leaflet-interactive");
          this._fireEvent([candidate], e, "mouseover");
          this._hoveredLayer = candidate;
        }
      }
      this._fireEvent(this._hoveredLayer ? [this._hoveredLayer] : false, e);
      this._mouseHoverThrottled = true;
      setTimeout(L.Util.bind(function () { this._mouseHoverThrottled = false; }, this), 32);
    }
  });

  // ---- keeping the assets ------------------------------------------------------------------------------

  function isVisible(id) {
    return state.visible === null || state.visible.has(id);
  }

  function layerPoint(latlng) {
    return state.map.latLngToLayerPoint(latlng);
  }

  // Add or replace an asset. When it is shown and `touched` is given, its old and new layer points go there,
  // for the repaint around them.
  function putAsset(row, crs, touched) {
    var latlng = new L.LatLng(row.lat, row.lon);
    var unit = crs.transformation.transform(crs.projection.project(latlng), 1);
    var old = state.assets.get(row.id);
    var entry = { row: row, latlng: latlng, ux: unit.x, uy: unit.y, sprite: spriteOf(colourOf(row.category)) };
    state.assets.set(row.id, entry);  // an existing key keeps its place in the order
    if (touched && isVisible(row.id)) {
      if (old) { touched.push(layerPoint(old.latlng)); }
      touched.push(layerPoint(latlng));
    }
    if (targets.has(row.id)) { targets.get(row.id)._latlng = latlng; }
  }

  function drawAssets(payload) {
    var fields = payload.fields;
    var crs = state.map.options.crs;
    payload.rows.forEach(function (values) {
      var row = {};
      for (var i = 0; i < fields.length; i++) { row[fields[i]] = values[i]; }
      putAsset(row, crs, null);
    });
    assetsChanged();
    state.assetRenderer.requestRedraw(null);
  }

  // ---- the legend: a title button that folds it away, and the entries ---------------------------------

  // Empties a legend box and gives it its title button; returns the element its entries go in.
  function legendBody(box, title) {
    box.replaceChildren();
    var toggle = element("button", "am-legend-title am-legend-toggle", title);
    toggle.type = "button";
    var body = element("div", "am-legend-body");
    box.appendChild(toggle);
    box.appendChild(body);
    showLegendOpen(box);
    toggle.addEventListener("click", function () {
      state.legendOpen = !state.legendOpen;
      document.querySelectorAll(".am-legend, .am-abundance-legend").forEach(showLegendOpen);
      legendChanged();
    });
    return body;
  }

  function showLegendOpen(box) {
    var toggle = box.querySelector(".am-legend-toggle");
    if (!toggle) { return; }
    toggle.setAttribute("aria-expanded", state.legendOpen ? "true" : "false");
    toggle.title = state.legendOpen ? t("Hide the legend's entries") : t("Show the legend's entries");
    if (state.legendOpen) { L.DomUtil.removeClass(box, "am-legend-folded"); }
    else { L.DomUtil.addClass(box, "am-legend-folded"); }
  }

  // ---- fitting the area ------------------------------------------------------------------------------
  //
  // The map opens on the whole area and fits it again when the window is resized, until the person moves
  // or zooms the map: from then on the view is theirs, and a resize keeps its centre and zoom. The fit
  // keeps the area clear of the boxes over the map (beside them, or between those at the top and at the
  // bottom, whichever shows the area larger), so the legend never covers the data.

  var FIT_MARGIN = 12;

  function areaBounds() {
    return state.districts && state.districts.getLayers().length ? state.districts.getBounds() : null;
  }

  // The room the boxes over the map take from its edges: the legend and the attribution under it at the
  // bottom right, the abundance figures box at the top right.
  function boxRoom() {
    var container = state.map.getContainer().getBoundingClientRect();
    var room = { right: 0, bottom: 0, top: 0 };
    var boxes = ".am-legend, .am-abundance-legend, .leaflet-control-attribution, .am-abundance-info";
    document.querySelectorAll(boxes).forEach(function (box) {
      var r = box.getBoundingClientRect();
      if (!r.width || !r.height || window.getComputedStyle(box).display === "none") { return; }
      room.right = Math.max(room.right, container.right - r.left);
      if (box.closest(".leaflet-bottom")) {
        room.bottom = Math.max(room.bottom, container.bottom - r.top);
      } else {
        room.top = Math.max(room.top, r.bottom - container.top);
      }
    });
    return room;
  }

  function fitArea() {
    var bounds = areaBounds();
    var size = state.map.getSize();
    if (!bounds || !size.x || !size.y) { return; }
    var room = boxRoom();
    var m = FIT_MARGIN;
    // Either beside the boxes, or between those at the top and at the bottom: whichever shows more.
    var beside = { topLeft: [m, m], bottomRight: [m + room.right, m] };
    var between = { topLeft: [m, m + room.top], bottomRight: [m, m + room.bottom] };
    var zoomOf = function (pad) {
      var total = L.point(pad.topLeft).add(L.point(pad.bottomRight));
      if (total.x >= size.x || total.y >= size.y) { return -Infinity; }  // no room left at all
      return state.map.getBoundsZoom(bounds, false, total);
    };
    var pad = zoomOf(beside) >= zoomOf(between) ? beside : between;
    if (zoomOf(pad) === -Infinity) { pad = { topLeft: [m, m], bottomRight: [m, m] }; }  // a tiny map
    state.map.fitBounds(bounds, { paddingTopLeft: pad.topLeft, paddingBottomRight: pad.bottomRight, animate: false });
    state.fit = { zoom: state.map.getZoom(), centre: state.map.getCenter() };
  }

  // Whether the map still shows the area as last fitted (a resize keeps the centre and the zoom).
  function stillFitted() {
    var fit = state.fit;
    if (!fit || state.map.getZoom() !== fit.zoom) { return false; }
    var here = state.map.project(state.map.getCenter());
    return here.distanceTo(state.map.project(fit.centre)) < 1.5;
  }

  function legendChanged() {
    if (stillFitted()) { fitArea(); }
  }

  function drawLegend(categories) {
    var legend = L.control({ position: side("bottomright") });
    legend.onAdd = function () {
      var box = element("div", "am-legend");
      var body = legendBody(box, t("Categories"));
      categories.forEach(function (category) {
        var item = element("div", "am-legend-item");
        item.setAttribute("data-category", category.code);
        var swatch = element("span", "am-swatch");
        swatch.style.backgroundColor = category.colour;
        item.appendChild(swatch);
        item.appendChild(element("span", "am-legend-label", t(category.label)));
        body.appendChild(item);
      });
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    legend.addTo(state.map);
  }

  function drawBasemap(basemap) {
    if (!basemap) { return; }
    // The attribution is a constant from the app's settings, not data.
    state.basemap = L.tileLayer(basemap.url, { attribution: basemap.attribution, maxZoom: basemap.maxZoom });
    state.basemap.addTo(state.map);
  }

  function draw(config, wards, districts, assets) {
    state.config = config;
    config.categories.forEach(function (category) {
      state.colours.set(category.code, category.colour);
      state.labels.set(category.code, t(category.label));
    });
    state.wardData = wards;
    // Leaflet sets attributions as HTML: a register's own wards are named by its team, so escape them.
    state.map.attributionControl.addAttribution(
      config.boundaryCredit ? escapeHtml(config.boundaryCredit) : BOUNDARY_ATTRIBUTION
    );
    drawBasemap(config.basemap);
    drawBoundaries(wards, districts);
    drawLegend(config.categories);
    if (!config.view) {
      // First view: the whole area, as large as the window allows beside the legend. Set before the assets
      // are drawn, so each marker is placed once, at this zoom.
      fitArea();
    }
    state.map.on("resize", function () { if (stillFitted()) { fitArea(); } });
    drawAssets(assets);
    state.drawn = true;
    state.plugins.forEach(function (plugin) { if (plugin.drawn) { plugin.drawn(pluginContext()); } });
    console.info("map drawn: " + state.assets.size + " assets, " + wards.features.length + " wards");
    maybeReady();
  }

  // ---- popups and tooltips ---------------------------------------------------------------------------

  function field(parent, name, text, className) {
    if (text === undefined || text === null || text === "") { return; }
    var node = element("div", className || "am-field", text);
    node.setAttribute("data-field", name);
    parent.appendChild(node);
  }

  function popupContent(row) {
    var box = element("div", "am-popup");
    field(box, "name", row.name, "am-name");
    var kind = state.labels.get(row.category) || row.category;
    field(box, "category", row.subcategory ? kind + " · " + row.subcategory : kind, "am-kind");
    var place = [row.address, row.postcode].filter(function (part) { return part; }).join(", ");
    field(box, "address", place);
    field(box, "ward", row.ward ? t("Ward: {name}", { name: row.ward }) : null);
    field(box, "status", row.status && row.status !== "active" ? t("Status: " + row.status) : null, "am-status");
    field(box, "description", row.description, "am-description");
    state.plugins.forEach(function (plugin) { if (plugin.popupExtra) { plugin.popupExtra(row.id, box); } });
    return box;
  }

  function tooltipContent(row) {
    var box = element("div", "am-tooltip");
    field(box, "name", row.name, "am-name");
    return box;
  }

  function openPopup(id) {
    var entry = state.assets.get(id);
    if (!entry) { return false; }
    if (!state.popup) {
      // A floor for the width: Leaflet measures the content unwrapped, but its text keeps its own wrapping.
      state.popup = L.popup({ maxWidth: 320, minWidth: 200, autoPanPadding: [20, 20] });
      state.popup.on("remove", function () { state.popupId = null; });
    }
    state.popup.setLatLng(entry.latlng).setContent(popupContent(entry.row));
    state.popupId = id;
    state.popup.openOn(state.map);
    return true;
  }

  function openTooltip(id) {
    var entry = state.assets.get(id);
    if (!entry) { return false; }
    if (!state.tooltip) { state.tooltip = L.tooltip({ direction: "top", offset: [0, -6] }); }
    state.tooltip.setContent(tooltipContent(entry.row));
    state.tooltipId = id;
    state.map.openTooltip(state.tooltip, entry.latlng);
    return true;
  }

  function closeTooltip() {
    if (state.tooltip) { state.map.closeTooltip(state.tooltip); }
    state.tooltipId = null;
  }

  function overlayFields(container) {
    var out = {};
    if (!container) { return out; }
    container.querySelectorAll("[data-field]").forEach(function (node) {
      out[node.getAttribute("data-field")] = node.textContent;
    });
    return out;
  }

  // ---- interaction -----------------------------------------------------------------------------------

  function onMarkerClick(event) {
    if (state.placeMode) { return; }  // the map's click handler reports the location instead
    var id = event.layer && event.layer.assetId;
    if (!id) { return; }
    openPopup(id);
    if (state.bridge) { state.bridge.report_asset_clicked(id); }
  }

  function onMapClick(event) {
    if (!state.placeMode || !state.bridge) { return; }
    var latlng = event.latlng.wrap();
    state.bridge.report_location_picked(latlng.lng, latlng.lat);
  }

  function clearSelection() {
    if (state.highlight) { state.map.removeLayer(state.highlight); state.highlight = null; }
    if (state.handle) { state.map.removeLayer(state.handle); state.handle = null; }
  }

  function placeSelection(pan) {
    clearSelection();
    var entry = state.selected && state.assets.get(state.selected);
    if (!entry) { return; }
    var latlng = entry.latlng;
    state.highlight = L.circleMarker(latlng, {
      radius: 11, color: "#111827", weight: 3, fill: false, interactive: false, pane: "am-selection",
      renderer: state.selectionRenderer
    }).addTo(state.map);
    var id = state.selected;
    state.handle = L.marker(latlng, {
      draggable: true,
      keyboard: false,
      pane: "am-handle",
      icon: L.divIcon({ className: "am-handle", iconSize: [18, 18], iconAnchor: [9, 9], html: "" })
    }).addTo(state.map);
    state.handle.on("drag", function (event) { state.highlight.setLatLng(event.latlng); });
    state.handle.on("dragend", function () {
      var moved = state.handle.getLatLng().wrap();
      if (state.bridge) { state.bridge.report_asset_dragged(id, moved.lng, moved.lat); }
    });
    if (pan && !state.map.getBounds().pad(-0.05).contains(latlng)) { state.map.panTo(latlng); }
  }

  function select(id) {
    state.selected = id || null;
    placeSelection(true);
    tellPlugins("selectionChanged");
  }

  // Tell the plugins that assets were added, moved, removed, shown or hidden (or the selection changed).
  function tellPlugins(what) {
    state.plugins.forEach(function (plugin) { if (plugin[what]) { plugin[what](); } });
  }

  function setPlaceMode(on) {
    state.placeMode = !!on;
    var container = state.map.getContainer();
    if (state.placeMode) { L.DomUtil.addClass(container, "am-place-mode"); }
    else { L.DomUtil.removeClass(container, "am-place-mode"); }
  }

  // ---- deltas from the app ---------------------------------------------------------------------------

  function upsert(payload) {
    var fields = payload.fields;
    var crs = state.map.options.crs;
    var touched = [];
    payload.rows.forEach(function (values) {
      var row = {};
      for (var i = 0; i < fields.length; i++) { row[fields[i]] = values[i]; }
      putAsset(row, crs, touched);
    });
    assetsChanged();
    state.assetRenderer.requestRedraw(touched);
    tellPlugins("assetsChanged");
    payload.rows.forEach(function (values) {
      var id = values[fields.indexOf("id")];
      if (state.popupId === id) { openPopup(id); }
      if (state.tooltipId === id) { openTooltip(id); }
      if (state.selected === id) { placeSelection(false); }
    });
  }

  function remove(ids) {
    var touched = [];
    var removed = 0;
    ids.forEach(function (id) {
      var entry = state.assets.get(id);
      if (!entry) { return; }
      if (isVisible(id)) { touched.push(layerPoint(entry.latlng)); }
      removed++;
      state.assets.delete(id);
      targets.delete(id);
      forgetHover(id);
      if (state.popupId === id) { state.map.closePopup(state.popup); }
      if (state.tooltipId === id) { closeTooltip(); }
      if (state.selected === id) { state.selected = null; clearSelection(); }
    });
    if (removed) {
      assetsChanged();
      state.assetRenderer.requestRedraw(touched);
      tellPlugins("assetsChanged");
    }
  }

  function setVisible(ids) {
    state.visible = ids === null ? null : new Set(ids);
    var list = drawList();
    for (var i = 0; i < list.n; i++) {
      var shown = isVisible(list.ids[i]) ? 1 : 0;
      if (shown !== list.shown[i]) { list.count += shown ? 1 : -1; list.shown[i] = shown; }
    }
    var hovered = state.assetRenderer._hoveredLayer;
    if (hovered && !isVisible(hovered.assetId)) { forgetHover(); }
    state.assetRenderer.requestRedraw(null);
    tellPlugins("assetsChanged");
    if (state.popupId && !isVisible(state.popupId)) { state.map.closePopup(state.popup); }
  }

  // ---- the channel -----------------------------------------------------------------------------------

  function maybeReady() {
    if (state.drawn && state.bridge && !state.readySent) {
      state.readySent = true;
      state.bridge.report_ready();
    }
  }

  function connect(bridge) {
    state.bridge = bridge;
    bridge.assets_upserted.connect(function (text) { upsert(JSON.parse(text)); });
    bridge.assets_removed.connect(function (text) { remove(JSON.parse(text)); });
    bridge.visible_ids_changed.connect(function (text) { setVisible(JSON.parse(text)); });
    bridge.selection_changed.connect(function (id) { select(id); });
    bridge.place_mode_changed.connect(function (on) { setPlaceMode(on); });
    state.plugins.forEach(function (plugin) { if (plugin.connected) { plugin.connected(bridge); } });
    maybeReady();
  }

  // ---- plugins -------------------------------------------------------------------------------------

  // What a plugin may use: the map, the ward outlines as drawn, and a switch for the wards' grey wash.
  function pluginContext() {
    return {
      map: state.map,
      wards: state.wardData,
      element: element,
      legendBody: legendBody,
      legendChanged: legendChanged,
      setWardWash: function (on) {
        state.wards.setStyle({ fillOpacity: on ? WARD_FILL.fillOpacity : 0 });
      },
      closeAssetOverlays: function () {
        if (state.popup) { state.map.closePopup(state.popup); }
        closeTooltip();
      },
      assetsInView: assetsInView,
      openAsset: openAssetFromKeyboard,
      wardLayer: state.wards,
      districtLayer: state.districts,
      restyleMarkers: restyleMarkers,
      fitArea: function () { fitArea(); },
      // For layers drawn between markers (links.js): which asset is under a layer point, where one is.
      assetAt: assetAt,
      assetLatLng: function (id) { var entry = state.assets.get(id); return entry ? entry.latlng : null; },
      assetUnit: function (id) { var entry = state.assets.get(id); return entry ? [entry.ux, entry.uy] : null; },
      isVisible: isVisible,
      selected: function () { return state.selected; }
    };
  }

  // The shown assets inside the map's view, nearest its centre first, at most `limit` of them.
  function assetsInView(limit) {
    var bounds = state.map.getBounds();
    var centre = state.map.getCenter();
    var found = [];
    state.assets.forEach(function (entry, id) {
      if (!isVisible(id) || !bounds.contains(entry.latlng)) { return; }
      found.push({ id: id, name: entry.row.name, kind: state.labels.get(entry.row.category) || entry.row.category,
                   latlng: entry.latlng, distance: centre.distanceTo(entry.latlng) });
    });
    found.sort(function (a, b) { return a.distance - b.distance; });
    return found.slice(0, limit);
  }

  // What Enter on an asset does: as a click on its marker (its popup, and the app selects it).
  function openAssetFromKeyboard(id) {
    if (!state.assets.has(id) || state.placeMode) { return false; }
    openPopup(id);
    if (state.bridge) { state.bridge.report_asset_clicked(id); }
    return true;
  }

  // Paint the markers at another size and outline (meeting mode's larger markers), then redraw them all.
  function restyleMarkers(style) {
    MARKER.radius = style.radius;
    MARKER.weight = style.weight;
    MARKER.color = style.color;
    HIT_REACH = MARKER.radius + MARKER.weight / 2 + TOLERANCE;
    SPRITE_HALF = Math.ceil(MARKER.radius + MARKER.weight);
    SPRITE_SIZE = 2 * SPRITE_HALF;
    sprites.byColour = new Map();
    sprites.images = [];
    state.assets.forEach(function (entry) { entry.sprite = spriteOf(colourOf(entry.row.category)); });
    assetsChanged();
    if (state.assetRenderer) { state.assetRenderer.requestRedraw(null); }
    if (state.selected) { placeSelection(false); }
  }

  function use(plugin) {
    state.plugins.push(plugin);
    if (state.drawn && plugin.drawn) { plugin.drawn(pluginContext()); }
    if (state.bridge && plugin.connected) { plugin.connected(state.bridge); }
  }

  // ---- start -----------------------------------------------------------------------------------------

  function start(map) {
    state.map = map;
    map.options.zoomSnap = 0.25;
    map.attributionControl.setPrefix(false);
    if (rightToLeft()) {
      if (map.zoomControl) { map.zoomControl.setPosition("topright"); }
      map.attributionControl.setPosition("bottomleft");
      // folium added the scale at the bottom left, where the legend now goes.
      var scale = map.getContainer().querySelector(".leaflet-control-scale");
      if (scale && map._controlCorners) { map._controlCorners.bottomright.appendChild(scale); }
    }
    addPane("am-boundaries", 350, false);
    addPane("am-assets", 420, true);
    addPane("am-labels", 430, false);
    addPane("am-selection", 440, false);
    addPane("am-handle", 620, true);
    state.assetRenderer = new AssetCanvas({ pane: "am-assets", padding: 0.5, tolerance: TOLERANCE }).addTo(map);
    state.selectionRenderer = new SnappedCanvas({ pane: "am-selection", padding: 0.5 });
    state.assetEvents = new L.Evented();
    state.assetEvents.on("click", onMarkerClick);
    state.assetEvents.on("mouseover", function (event) { openTooltip(event.layer.assetId); });
    state.assetEvents.on("mouseout", closeTooltip);
    map.on("click", onMapClick);

    Promise.all([
      fetchJson("data/config.json"),
      fetchJson("data/wards.json"),
      fetchJson("data/districts.json"),
      fetchJson("data/assets.json")
    ]).then(function (parts) {
      map.setMinZoom(parts[0].minZoom);
      map.setMaxZoom(parts[0].maxZoom);
      if (parts[0].view) {
        map.setView([parts[0].view.centre[1], parts[0].view.centre[0]], parts[0].view.zoom, { animate: false });
      }
      draw(parts[0], parts[1], parts[2], parts[3]);
    }).catch(function (error) {
      state.failed = String(error);
      console.error("the map could not be drawn: " + error);
    });
  }

  // ---- what tests and the app may ask the page ---------------------------------------------------------

  function stats() {
    var centre = state.map ? state.map.getCenter() : null;
    return {
      wards: state.wards ? state.wards.getLayers().length : 0,
      districts: state.districts ? state.districts.getLayers().length : 0,
      assets_drawn: state.assets.size ? drawList().count : 0,
      assets_known: state.assets.size,
      selected: state.selected,
      handle: state.handle ? [state.handle.getLatLng().lng, state.handle.getLatLng().lat] : null,
      place_mode: state.placeMode,
      basemap: !!(state.basemap && state.map.hasLayer(state.basemap)),
      ward_labels: !!(state.wardLabels && state.map.hasLayer(state.wardLabels)),
      zoom: state.map ? state.map.getZoom() : null,
      centre: centre ? [centre.lng, centre.lat] : null,
      drawn: state.drawn,
      connected: !!state.bridge,
      failed: state.failed
    };
  }

  function markerPoint(id) {
    var entry = state.assets.get(id);
    if (!entry) { return null; }
    var point = state.map.latLngToContainerPoint(entry.latlng);
    var box = state.map.getContainer().getBoundingClientRect();
    return [point.x + box.left, point.y + box.top];
  }

  function clickAsset(id) {
    var target = targetOf(id);
    if (!target) { return false; }
    target.fire("click", { latlng: target.getLatLng() }, true);
    return true;
  }

  function dragHandleTo(lon, lat) {
    if (!state.handle) { return false; }
    state.handle.setLatLng([lat, lon]);
    state.handle.fire("dragend", { distance: 1 });
    return true;
  }

  window.assetmap = {
    start: start,
    connect: connect,
    t: t,
    tn: tn,
    side: side,
    use: use,
    stats: stats,
    popupText: function (id) { return openPopup(id) ? overlayFields(state.popup.getElement()) : null; },
    tooltipText: function (id) { return openTooltip(id) ? overlayFields(state.tooltip.getElement()) : null; },
    markerPoint: markerPoint,
    bridgeForTests: function () { return state.bridge; },
    assetPosition: function (id) {
      var entry = state.assets.get(id);
      return entry ? [entry.latlng.lng, entry.latlng.lat] : null;
    },
    inView: function (id) {
      var entry = state.assets.get(id);
      return !!entry && state.map.getBounds().contains(entry.latlng);
    },
    lonLatAt: function (x, y) {
      var latlng = state.map.containerPointToLatLng([x, y]);
      return [latlng.lng, latlng.lat];
    },
    zoomTo: function (zoom) { state.map.setZoom(zoom, { animate: false }); return true; },
    view: function () {
      var centre = state.map.getCenter();
      var box = state.map.getBounds();
      return {
        centre: [centre.lng, centre.lat],
        zoom: state.map.getZoom(),
        bounds: [box.getWest(), box.getSouth(), box.getEast(), box.getNorth()],
        fitted: stillFitted()
      };
    },
    // Where the area and the legend are, in the map's pixels ([left, top, right, bottom]).
    layout: function () {
      var map = state.map;
      var bounds = areaBounds();
      var nw = bounds ? map.latLngToContainerPoint(bounds.getNorthWest()) : null;
      var se = bounds ? map.latLngToContainerPoint(bounds.getSouthEast()) : null;
      var container = map.getContainer().getBoundingClientRect();
      var legends = Array.prototype.filter.call(
        document.querySelectorAll(".am-legend, .am-abundance-legend"),
        function (box) { return window.getComputedStyle(box).display !== "none" && box.offsetParent; }
      );
      var legend = legends.length ? legends[0].getBoundingClientRect() : null;
      var infoBox = document.querySelector(".am-abundance-info");
      var info = infoBox && infoBox.offsetParent ? infoBox.getBoundingClientRect() : null;
      var toggle = legends.length ? legends[0].querySelector(".am-legend-toggle") : null;
      return {
        size: [map.getSize().x, map.getSize().y],
        area: bounds ? [nw.x, nw.y, se.x, se.y] : null,
        legend: legend ? [legend.left - container.left, legend.top - container.top,
                          legend.right - container.left, legend.bottom - container.top] : null,
        info: info ? [info.left - container.left, info.top - container.top,
                      info.right - container.left, info.bottom - container.top] : null,
        legend_open: state.legendOpen,
        legend_entries: legends.length ? legends[0].querySelectorAll(".am-legend-body > *").length : 0,
        legend_entries_shown: legends.length ? !!legends[0].querySelector(".am-legend-body").offsetParent : false,
        toggle_focused: !!toggle && document.activeElement === toggle,
        fitted: stillFitted()
      };
    },
    focusLegendToggle: function () {
      var toggle = document.querySelector(".am-legend-toggle");
      if (!toggle || !toggle.offsetParent) { return false; }
      toggle.focus();
      return document.activeElement === toggle;
    },
    // A saved view: move the map smoothly to show this box ([west, south, east, north] in degrees); at
    // once when the system asks for reduced motion.
    flyToBounds: function (box) {
      if (!state.map || !box || box.length !== 4) { return false; }
      var bounds = L.latLngBounds([box[1], box[0]], [box[3], box[2]]);
      var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      if (still) { state.map.fitBounds(bounds, { animate: false }); }
      else { state.map.flyToBounds(bounds, { duration: 0.8 }); }
      return true;
    },
    clickAsset: clickAsset,
    dragHandleTo: dragHandleTo,
    legend: function () {
      return Array.prototype.map.call(document.querySelectorAll(".am-legend-item"), function (item) {
        return [item.getAttribute("data-category"), item.textContent];
      });
    }
  };
})();
