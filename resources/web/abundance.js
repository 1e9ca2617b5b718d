/*
 * The abundance layer: fills each ward with its class colour, shows the measure's legend and a ward's
 * figures on hover. The app's Abundance panel switches between the assets and this layer.
 *
 * The layer arrives from the app as JSON over the bridge. Every text in it (titles, ward and district
 * names, labels, figures) is written with textContent; colours are used only if they are #rrggbb.
 */
(function () {
  "use strict";

  var HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;
  var NO_COLOUR = "#e5e7eb";
  var OUTSIDE = { fill: true, stroke: false, fillColor: "#f3f4f6", fillOpacity: 0.6 };
  var FILL_OPACITY = 0.82;
  var HOVER_PROMPT = "Hover over or click a ward (or Tab to it and press Enter) to see its figures";
  function t(english, values) { return window.assetmap.t(english, values); }

  var ab = {
    ctx: null,
    bridge: null,
    layer: null,      // the last layer the app sent
    shown: false,
    geo: null,        // L.geoJSON of the wards, in its own interactive pane
    renderer: null,
    legend: null,
    info: null,
    infoBox: null,
    legendBox: null,
    hovered: null,
    pinned: null      // the ward clicked or chosen from the keyboard: its figures stay after the hover
  };

  function el(tag, className, text) { return ab.ctx.element(tag, className, text); }

  function safeColour(colour) {
    return typeof colour === "string" && HEX_COLOUR.test(colour) ? colour : NO_COLOUR;
  }

  function text(value) {
    return value === undefined || value === null ? "" : String(value);
  }

  function entryOf(code) {
    var wards = ab.layer && ab.layer.wards;
    if (!wards || typeof wards !== "object" || !Object.prototype.hasOwnProperty.call(wards, code)) { return null; }
    var entry = wards[code];
    return entry && typeof entry === "object" ? entry : null;
  }

  // ---- the ward fill ---------------------------------------------------------------------------------

  function wardStyle(feature) {
    var entry = entryOf(feature.properties.code);
    if (!entry) { return OUTSIDE; }
    return { fill: true, stroke: false, fillColor: safeColour(entry.colour), fillOpacity: FILL_OPACITY };
  }

  function ensureGeo() {
    if (ab.geo) { return; }
    ab.geo = L.geoJSON(ab.ctx.wards, { renderer: ab.renderer, pane: "am-abundance", style: wardStyle });
    ab.geo.on("mouseover", function (event) { hover(event.layer); });
    ab.geo.on("mouseout", function () { unhover(); });
    ab.geo.on("click", function (event) { pin(event.layer); });
  }

  function layerOf(code) {
    var found = null;
    if (!ab.geo) { return null; }
    ab.geo.eachLayer(function (layer) { if (layer.feature.properties.code === code) { found = layer; } });
    return found;
  }

  // ---- hover -----------------------------------------------------------------------------------------

  function hover(layer) {
    var entry = entryOf(layer.feature.properties.code);
    unhover();
    if (!entry) { return; }
    ab.hovered = layer;
    layer.setStyle({ stroke: true, color: "#111827", weight: 3 });
    layer.bringToFront();
    showFigures(entry);
  }

  function unhover() {
    if (ab.hovered) { ab.geo.resetStyle(ab.hovered); ab.hovered = null; }
    if (ab.infoBox) { showFigures(null); }
    showPinned();
  }

  // ---- click and keyboard: a ward's figures that stay ---------------------------------------------------

  function pin(layer) {
    if (!layer || !entryOf(layer.feature.properties.code)) { return false; }
    if (ab.pinned && ab.pinned !== layer) { ab.geo.resetStyle(ab.pinned); }
    ab.pinned = layer;
    hover(layer);
    return true;
  }

  function showPinned() {
    if (!ab.pinned || !ab.infoBox) { return; }
    var entry = entryOf(ab.pinned.feature.properties.code);
    if (!entry) { ab.pinned = null; return; }
    ab.pinned.setStyle({ stroke: true, color: "#111827", weight: 3 });
    showFigures(entry);
  }

  function infoText() {
    var lines = [];
    ab.infoBox.childNodes.forEach(function (node) {
      if (node.classList.contains("am-info-figures")) {
        node.childNodes.forEach(function (row) {
          lines.push(row.childNodes[0].textContent + ": " + row.childNodes[1].textContent);
        });
      } else {
        lines.push(node.textContent);
      }
    });
    return lines.join("\n");
  }

  // Show a ward's figures as a click does (the ward keys call this on Enter); null when the layer is off.
  function showWard(code) {
    if (!ab.shown || !pin(layerOf(code))) { return null; }
    return infoText();
  }

  // As a click at the ward's centre, through Leaflet's own events (tests).
  function clickWard(code) {
    var layer = layerOf(code);
    if (!layer || !ab.shown) { return null; }
    layer.fire("click", { latlng: layer.getBounds().getCenter() }, true);
    layer.fire("mouseout", {}, true);
    return infoText();
  }

  function showFigures(entry) {
    var box = ab.infoBox;
    box.replaceChildren();
    if (!entry) {
      box.appendChild(el("div", "am-info-prompt", t(HOVER_PROMPT)));
      return;
    }
    box.appendChild(el("div", "am-info-name", text(entry.name)));
    box.appendChild(el("div", "am-info-district", text(entry.district)));
    var table = el("div", "am-info-figures");
    (Array.isArray(entry.figures) ? entry.figures : []).forEach(function (pair, i) {
      if (!Array.isArray(pair)) { return; }
      var row = el("div", i === 0 ? "am-info-row am-info-measure" : "am-info-row");
      row.appendChild(el("span", "am-info-label", text(pair[0])));
      row.appendChild(el("span", "am-info-value", text(pair[1])));
      table.appendChild(row);
    });
    box.appendChild(table);
  }

  // ---- legend and info box ---------------------------------------------------------------------------

  function boxControl(position, className, build) {
    var control = L.control({ position: window.assetmap.side(position) });
    control.onAdd = function () {
      var box = el("div", "am-box " + className);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      build(box);
      return box;
    };
    return control;
  }

  function fillLegend(box) {
    var layer = ab.layer;
    var body = ab.ctx.legendBody(box, text(layer.title));
    if (layer.subtitle) { body.appendChild(el("div", "am-abundance-subtitle", text(layer.subtitle))); }
    (Array.isArray(layer.legend) ? layer.legend : []).forEach(function (pair) {
      if (!Array.isArray(pair)) { return; }
      var colour = safeColour(pair[0]);
      var item = el("div", "am-abundance-item");
      item.setAttribute("data-colour", colour);
      var swatch = el("span", "am-abundance-swatch");
      swatch.style.backgroundColor = colour;
      item.appendChild(swatch);
      item.appendChild(el("span", "am-legend-label", text(pair[1])));
      body.appendChild(item);
    });
    body.appendChild(el("div", "am-abundance-scale", t("Darker means more")));
    if (layer.note) { body.appendChild(el("div", "am-abundance-note", text(layer.note))); }
    // The notice stays in sight with the entries folded away.
    if (layer.partner_notice) { box.appendChild(el("div", "am-partner-notice", text(layer.partner_notice))); }
  }

  // ---- showing and hiding ------------------------------------------------------------------------------

  function show() {
    var map = ab.ctx.map;
    ensureGeo();
    ab.pinned = null;
    unhover();
    ab.geo.setStyle(wardStyle);
    if (!map.hasLayer(ab.geo)) { ab.geo.addTo(map); }
    ab.ctx.setWardWash(false);
    ab.ctx.closeAssetOverlays();
    L.DomUtil.addClass(map.getContainer(), "am-abundance-mode");
    if (!ab.legend) {
      ab.legend = boxControl("bottomright", "am-abundance-legend", function (box) { ab.legendBox = box; });
      ab.info = boxControl("topright", "am-abundance-info", function (box) {
        ab.infoBox = box;
        box.setAttribute("aria-live", "polite");  // a screen reader reads the figures when they change
      });
    }
    if (!ab.legend.getContainer() || !ab.legend.getContainer().parentNode) {
      ab.legend.addTo(map);
      ab.info.addTo(map);
    }
    fillLegend(ab.legendBox);
    showFigures(null);
    ab.shown = true;
    ab.ctx.legendChanged();
  }

  function hide() {
    var map = ab.ctx.map;
    if (ab.geo && map.hasLayer(ab.geo)) { unhover(); map.removeLayer(ab.geo); }
    if (ab.legend) { ab.legend.remove(); ab.info.remove(); }
    ab.ctx.setWardWash(true);
    L.DomUtil.removeClass(map.getContainer(), "am-abundance-mode");
    if (ab.shown) { ab.shown = false; ab.ctx.legendChanged(); }
  }

  function apply(layer) {
    if (layer && typeof layer === "object") {
      ab.layer = layer;
      show();
    } else {
      hide();
    }
  }

  // ---- wiring into the map -----------------------------------------------------------------------------

  function drawn(ctx) {
    ab.ctx = ctx;
    var pane = ctx.map.createPane("am-abundance");
    pane.style.zIndex = "345";  // under the ward and district outlines, which stay visible on top
    ab.renderer = L.canvas({ pane: "am-abundance", padding: 0.5, tolerance: 0 });
  }

  function connected(bridge) {
    ab.bridge = bridge;
    bridge.abundance_layer_changed.connect(function (json) { apply(JSON.parse(json)); });
  }

  // ---- what tests may ask --------------------------------------------------------------------------------

  function describe() {
    var filled = 0;
    var colours = {};
    if (ab.geo && ab.shown) {
      ab.geo.eachLayer(function (layer) {
        var code = layer.feature.properties.code;
        if (entryOf(code) && layer.options.fill && layer.options.fillOpacity > 0) {
          filled++;
          colours[code] = layer.options.fillColor;
        }
      });
    }
    var legendBox = ab.shown ? ab.legendBox : null;
    var assetsPane = ab.ctx ? ab.ctx.map.getPane("am-assets") : null;
    return {
      shown: ab.shown,
      filled_wards: filled,
      colours: colours,
      legend: legendBox ? Array.prototype.map.call(legendBox.querySelectorAll(".am-abundance-item"), function (item) {
        return [item.getAttribute("data-colour"), item.textContent];
      }) : [],
      title: legendBox ? legendBox.querySelector(".am-legend-title").textContent : null,
      subtitle: legendBox && legendBox.querySelector(".am-abundance-subtitle") ?
        legendBox.querySelector(".am-abundance-subtitle").textContent : null,
      notice: legendBox && legendBox.querySelector(".am-partner-notice") ?
        legendBox.querySelector(".am-partner-notice").textContent : null,
      assets_shown: !!assetsPane && window.getComputedStyle(assetsPane).display !== "none",
      category_legend_shown: Array.prototype.some.call(document.querySelectorAll(".am-legend"), function (box) {
        return window.getComputedStyle(box).display !== "none";
      }),
      switches: document.querySelectorAll("input[type=radio], .am-layer-switch").length
    };
  }

  // The info box's text after hovering a ward, one line per row ("label: value").
  function hoverWard(code) {
    var layer = layerOf(code);
    if (!layer || !ab.shown) { return null; }
    layer.fire("mouseover", { latlng: layer.getBounds().getCenter() }, true);
    return infoText();
  }

  window.assetmap.use({ drawn: drawn, connected: connected });
  window.assetmap.abundance = describe;
  window.assetmap.hoverWard = hoverWard;
  window.assetmap.showWard = showWard;
  window.assetmap.clickWard = clickWard;
})();
