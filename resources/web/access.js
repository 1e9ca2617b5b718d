/*
 * Keyboard access and names for screen readers on the map page, the map's text zoom and its theme.
 *
 * The assets and wards are painted on canvases, which a keyboard or a screen reader cannot reach. So this
 * layer puts a small focusable element over each asset in view (up to a limit, nearest the centre first) and
 * over each ward's label point, named with aria-label and title. Each group is one Tab stop (a roving
 * tabindex): Tab goes map → assets → wards → legend; the arrow keys move to the nearest neighbour in that
 * direction; Enter or Space opens it (an asset's popup, and the app selects it; a ward's figures).
 * Names come from data and are set as attributes or textContent, never parsed as HTML.
 */
(function () {
  "use strict";

  var ASSET_LIMIT = 150;
  function t(english, values) { return window.assetmap.t(english, values); }
  var ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

  var ax = {
    ctx: null,
    assetPane: null,
    wardPane: null,
    assetKeys: null,   // L.layerGroup of the asset keys
    wardKeys: null,
    current: { asset: null, ward: null },  // the id (asset) or code (ward) holding the group's Tab stop
    stale: true
  };

  // ---- one focusable key over a painted thing ----------------------------------------------------------

  function key(latlng, pane, className, name, onEnter) {
    var marker = L.marker(latlng, {
      pane: pane,
      keyboard: false,
      interactive: false,
      icon: L.divIcon({ className: className, iconSize: [16, 16], iconAnchor: [8, 8], html: "" })
    });
    marker.on("add", function () {
      var node = marker.getElement();
      node.setAttribute("role", "button");
      node.setAttribute("aria-label", name);
      node.setAttribute("title", name);
      node.tabIndex = -1;
      node.addEventListener("keydown", function (event) { onKey(event, marker, onEnter); });
      // Reached by Tab off screen (or at its edge): bring it into view by moving the map, not by scrolling.
      node.addEventListener("focus", function () {
        ax.ctx.map.panInside(marker.getLatLng(), { padding: [40, 40] });
      });
    });
    return marker;
  }

  function onKey(event, marker, onEnter) {
    var step = ARROWS[event.key];
    if (step) {
      event.preventDefault();
      event.stopPropagation();
      var next = neighbour(marker, step);
      if (next) { focusKey(next); }
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      event.stopPropagation();
      onEnter();
    } else if (event.key === "Escape") {
      event.preventDefault();
      ax.ctx.map.getContainer().focus({ preventScroll: true });
    }
  }

  // The nearest key of the same group whose centre lies in the arrow's direction (within 60° of it).
  function neighbour(marker, step) {
    var map = ax.ctx.map;
    var group = marker.options.pane === "am-keys-assets" ? ax.assetKeys : ax.wardKeys;
    var from = map.latLngToContainerPoint(marker.getLatLng());
    var best = null;
    var bestScore = Infinity;
    group.eachLayer(function (other) {
      if (other === marker) { return; }
      var to = map.latLngToContainerPoint(other.getLatLng());
      var dx = to.x - from.x;
      var dy = to.y - from.y;
      var along = dx * step[0] + dy * step[1];
      var across = Math.abs(dx * step[1] - dy * step[0]);
      if (along <= 0 || across > along * 1.8) { return; }
      var score = along + 2 * across;
      if (score < bestScore) { bestScore = score; best = other; }
    });
    return best;
  }

  function focusKey(marker) {
    var group = marker.options.pane === "am-keys-assets" ? ax.assetKeys : ax.wardKeys;
    group.eachLayer(function (other) {
      var node = other.getElement();
      if (node) { node.tabIndex = other === marker ? 0 : -1; }
    });
    ax.current[marker.options.pane === "am-keys-assets" ? "asset" : "ward"] = marker.keyId;
    var node = marker.getElement();
    if (node) { node.focus({ preventScroll: true }); }
  }

  // Give the group's Tab stop to the remembered key, or to the one nearest the map's centre.
  function settleTabStop(group, currentId) {
    var chosen = null;
    var nearest = null;
    var best = Infinity;
    var centre = ax.ctx.map.getCenter();
    group.eachLayer(function (marker) {
      var distance = centre.distanceTo(marker.getLatLng());
      if (distance < best) { best = distance; nearest = marker; }
      if (marker.keyId === currentId) { chosen = marker; }
    });
    chosen = chosen || nearest;
    group.eachLayer(function (marker) {
      var node = marker.getElement();
      if (node) { node.tabIndex = marker === chosen ? 0 : -1; }
    });
  }

  // ---- the asset keys --------------------------------------------------------------------------------

  function rebuildAssets() {
    var map = ax.ctx.map;
    var focusedId = null;
    var active = document.activeElement;
    ax.assetKeys.eachLayer(function (marker) { if (marker.getElement() === active) { focusedId = marker.keyId; } });
    ax.assetKeys.clearLayers();
    ax.ctx.assetsInView(ASSET_LIMIT).forEach(function (asset) {
      var name = t("{name}, {kind}", { name: asset.name, kind: asset.kind });
      var marker = key(asset.latlng, "am-keys-assets", "am-asset-key", name, function () {
        ax.ctx.openAsset(asset.id);
      });
      marker.keyId = asset.id;
      marker.addTo(ax.assetKeys);
    });
    if (!map.hasLayer(ax.assetKeys)) { ax.assetKeys.addTo(map); }
    settleTabStop(ax.assetKeys, focusedId || ax.current.asset);
    if (focusedId) {
      ax.assetKeys.eachLayer(function (marker) {
        if (marker.keyId === focusedId) { marker.getElement().focus({ preventScroll: true }); }
      });
    }
    ax.stale = false;
  }

  function assetsChanged() {
    ax.stale = true;
    // After the page's own handler has drawn the change.
    setTimeout(function () { if (ax.stale) { rebuildAssets(); } }, 0);
  }

  // ---- the ward keys ---------------------------------------------------------------------------------

  function buildWards() {
    ax.wardKeys = L.layerGroup();
    (ax.ctx.wards && ax.ctx.wards.features || []).forEach(function (feature) {
      var p = feature.properties;
      var marker = key([p.label[1], p.label[0]], "am-keys-wards", "am-ward-key", t("Ward: {name}", { name: p.name }), function () {
        showWard(p.code, p.name, [p.label[1], p.label[0]]);
      });
      marker.keyId = p.code;
      marker.addTo(ax.wardKeys);
    });
    ax.wardKeys.addTo(ax.ctx.map);
    settleTabStop(ax.wardKeys, null);
  }

  // A ward's figures when the abundance layer is shown; otherwise its name and district in a popup.
  function showWard(code, name, latlng) {
    if (window.assetmap.showWard && window.assetmap.showWard(code) !== null) { return; }
    var box = ax.ctx.element("div", "am-popup");
    box.appendChild(ax.ctx.element("div", "am-name", name));
    L.popup({ autoPanPadding: [20, 20] }).setLatLng(latlng).setContent(box).openOn(ax.ctx.map);
  }

  // ---- focus ------------------------------------------------------------------------------------------

  function focusMapWhenThePageIsFocused() {
    // Tab into the web view focuses the document; the map itself should take it, with its ring showing.
    window.addEventListener("focus", function () {
      if (document.activeElement === document.body || !document.activeElement) {
        ax.ctx.map.getContainer().focus({ preventScroll: true });
      }
    });
    // Focus never scrolls the map's box: Leaflet places everything itself and a scrolled box shifts it all.
    var container = ax.ctx.map.getContainer();
    container.addEventListener("scroll", function () {
      container.scrollTop = 0;
      container.scrollLeft = 0;
    });
  }

  // ---- text zoom and theme ----------------------------------------------------------------------------

  function setTextScale(factor) {
    var value = Number(factor);
    if (!isFinite(value) || value < 0.5 || value > 4) { return false; }
    document.documentElement.style.setProperty("--am-text-scale", String(value));
    return true;
  }

  function setTheme(theme) {
    var body = document.body;
    ["light", "dark", "high-contrast"].forEach(function (name) { body.classList.remove("am-theme-" + name); });
    if (["light", "dark", "high-contrast"].indexOf(theme) >= 0) { body.classList.add("am-theme-" + theme); }
    return true;
  }

  // ---- wiring -----------------------------------------------------------------------------------------

  function drawn(ctx) {
    ax.ctx = ctx;
    var map = ctx.map;
    ["am-keys-assets", "am-keys-wards"].forEach(function (name) {
      var pane = map.createPane(name);
      pane.style.zIndex = "450";
    });
    var container = map.getContainer();
    container.setAttribute("role", "application");
    container.setAttribute("aria-label", t("Map of assets and wards. Arrow keys pan; Tab moves to the assets, " +
      "then the wards; on one, arrow keys move to the next and Enter opens it."));
    ax.assetKeys = L.layerGroup();
    buildWards();
    rebuildAssets();
    map.on("moveend zoomend", function () {
      rebuildAssets();
      // The wards' Tab stop stays on the ward chosen last, or moves to the one nearest the new centre.
      if (!ax.wardKeys.getLayers().some(function (m) { return m.getElement() === document.activeElement; })) {
        settleTabStop(ax.wardKeys, ax.current.ward);
      }
    });
    focusMapWhenThePageIsFocused();
  }

  function connected(bridge) {
    bridge.assets_upserted.connect(assetsChanged);
    bridge.assets_removed.connect(assetsChanged);
    bridge.visible_ids_changed.connect(assetsChanged);
  }

  // ---- what tests may ask --------------------------------------------------------------------------------

  function names(selector) {
    return Array.prototype.map.call(document.querySelectorAll(selector), function (node) {
      return { label: node.getAttribute("aria-label"), title: node.getAttribute("title"),
               tabindex: node.tabIndex, focused: document.activeElement === node };
    });
  }

  function focusFirst(selector) {
    var node = document.querySelector(selector + "[tabindex='0']");
    if (!node) { return null; }
    node.focus({ preventScroll: true });
    return node.getAttribute("aria-label");
  }

  function press(keyName) {
    var node = document.activeElement;
    if (!node) { return null; }
    node.dispatchEvent(new KeyboardEvent("keydown", { key: keyName, bubbles: true, cancelable: true }));
    return document.activeElement ? document.activeElement.getAttribute("aria-label") : null;
  }

  window.assetmap.use({ drawn: drawn, connected: connected });
  window.assetmap.setTextScale = setTextScale;
  window.assetmap.setTheme = setTheme;
  window.assetmap.access = {
    assets: function () { return names(".am-asset-key"); },
    wards: function () { return names(".am-ward-key"); },
    focusFirst: focusFirst,
    press: press,
    textScale: function () {
      return document.documentElement.style.getPropertyValue("--am-text-scale") || "1";
    },
    wardLabelSize: function () {
      var span = document.querySelector(".am-ward-label span, .am-district-label span");
      return span ? parseFloat(window.getComputedStyle(span).fontSize) : null;
    },
    theme: function () { return document.body.className; }
  };
})();
