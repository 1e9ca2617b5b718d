/*
 * The suggestions layer: what a meeting suggested, drawn apart from the register's assets as dashed
 * "?" markers. The app sends the whole layer as JSON over the bridge whenever it changes.
 *
 * Every text (name, category, note) is written with textContent; a colour is used only if it is #rrggbb.
 */
(function () {
  "use strict";

  var HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;
  var NO_COLOUR = "#374151";
  var PANE = "am-suggestions";
  function t(english, values) { return window.assetmap.t(english, values); }

  var sg = { ctx: null, group: null, rows: [], pending: null, bridge: null, capture: false };

  function el(tag, className, text) { return sg.ctx.element(tag, className, text); }

  function text(value) { return value === undefined || value === null ? "" : String(value); }

  function safeColour(colour) {
    return typeof colour === "string" && HEX_COLOUR.test(colour) ? colour : NO_COLOUR;
  }

  function accessibleName(row) {
    return t("Suggestion: {name} ({category})", { name: text(row.name), category: t(text(row.category_label)) });
  }

  function popupContent(row) {
    var box = el("div", "am-suggestion-popup");
    var title = el("div", "am-popup-title", row.name);
    title.setAttribute("data-field", "name");
    box.appendChild(title);
    var category = el("div", "am-popup-category", t(text(row.category_label)));
    category.setAttribute("data-field", "category");
    box.appendChild(category);
    if (row.note) {
      var note = el("div", "am-suggestion-note", row.note);
      note.setAttribute("data-field", "note");
      box.appendChild(note);
    }
    box.appendChild(el("div", "am-suggestion-status", t("Suggested in a meeting: not yet in the register")));
    return box;
  }

  function markerFor(row) {
    var icon = document.createElement("span");
    icon.className = "am-suggestion-mark";
    icon.textContent = "?";
    icon.style.borderColor = safeColour(row.colour);
    var marker = L.marker([row.lat, row.lon], {
      pane: PANE,
      keyboard: true,
      icon: L.divIcon({ className: "am-suggestion", iconSize: [26, 26], iconAnchor: [13, 13], html: icon })
    });
    marker.suggestionId = row.id;
    marker.bindTooltip(el("span", "am-suggestion-tooltip", row.name), { direction: "top", offset: [0, -12] });
    marker.bindPopup(function () { return popupContent(row); });
    marker.on("add", function () {
      var node = marker.getElement();
      if (node) {
        node.setAttribute("role", "button");
        node.setAttribute("aria-label", accessibleName(row));
        node.setAttribute("data-suggestion-id", text(row.id));
      }
    });
    return marker;
  }

  function valid(row) {
    return row && typeof row === "object" && typeof row.lat === "number" && typeof row.lon === "number" &&
      isFinite(row.lat) && isFinite(row.lon);
  }

  function draw(layer) {
    if (!sg.ctx) { sg.pending = layer; return; }
    var rows = layer && Array.isArray(layer.rows) ? layer.rows.filter(valid) : [];
    sg.rows = rows;
    sg.group.clearLayers();
    rows.forEach(function (row) { sg.group.addLayer(markerFor(row)); });
  }

  function drawn(ctx) {
    sg.ctx = ctx;
    if (!ctx.map.getPane(PANE)) {
      var pane = ctx.map.createPane(PANE);
      pane.style.zIndex = 610;
    }
    sg.group = L.layerGroup().addTo(ctx.map);
    ctx.map.on("click", onMapClick);
    if (sg.pending) { var layer = sg.pending; sg.pending = null; draw(layer); }
  }

  function setCapture(on) {
    sg.capture = !!on;
    if (!sg.ctx) { return; }
    var container = sg.ctx.map.getContainer();
    if (sg.capture) { L.DomUtil.addClass(container, "am-capture-mode"); }
    else { L.DomUtil.removeClass(container, "am-capture-mode"); }
  }

  function onMapClick(event) {
    if (!sg.capture || !sg.bridge || !sg.bridge.report_suggestion_point) { return; }
    var latlng = event.latlng.wrap();
    sg.bridge.report_suggestion_point(latlng.lng, latlng.lat);
  }

  function connected(bridge) {
    sg.bridge = bridge;
    if (bridge.capture_mode_changed) { bridge.capture_mode_changed.connect(setCapture); }
    if (bridge.suggestions_changed) {
      bridge.suggestions_changed.connect(function (payload) { draw(JSON.parse(payload)); });
    }
  }

  // What the layer shows, read back by the app's tests: ids, names and notes as the page holds them.
  function describe() {
    var markers = [];
    if (sg.group) {
      sg.group.eachLayer(function (marker) {
        var node = marker.getElement();
        var tip = marker.getTooltip() && marker.getTooltip().getContent();
        markers.push({
          id: marker.suggestionId,
          name: tip ? tip.textContent : null,
          label: node ? node.getAttribute("aria-label") : null,
          mark: node ? node.textContent : null,
          elements: node ? node.querySelectorAll("*").length : 0,
          lat: marker.getLatLng().lat,
          lon: marker.getLatLng().lng
        });
      });
    }
    return {
      count: markers.length, markers: markers, capture: sg.capture,
      pane: !!(sg.ctx && sg.ctx.map.getPane(PANE))
    };
  }

  // The popup's fields for one suggestion, after opening it as a click would.
  function openSuggestion(id) {
    var found = null;
    if (sg.group) { sg.group.eachLayer(function (marker) { if (marker.suggestionId === id) { found = marker; } }); }
    if (!found) { return null; }
    found.openPopup();
    var out = {};
    var content = found.getPopup().getElement();
    if (content) {
      content.querySelectorAll("[data-field]").forEach(function (node) {
        out[node.getAttribute("data-field")] = node.textContent;
      });
    }
    return out;
  }

  window.assetmap.use({ drawn: drawn, connected: connected });
  window.assetmap.suggestions = describe;
  window.assetmap.openSuggestion = openSuggestion;
  // A click on the map at a point, as a person would make it (for the app's tests).
  window.assetmap.clickAt = function (lat, lon) {
    if (sg.ctx) { sg.ctx.map.fire("click", { latlng: L.latLng(lat, lon) }); }
  };
})();
