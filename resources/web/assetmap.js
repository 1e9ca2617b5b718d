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
    rows: new Map(),        // asset id -> row object
    markers: new Map(),     // asset id -> L.circleMarker
    markerOptions: new Map(), // category code -> options for its new markers
    colours: new Map(),     // category code -> colour
    labels: new Map(),      // category code -> label
    group: null,
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
    plugins: []             // extra layers (abundance.js), told when the map is drawn and connected
  };

  var FALLBACK_COLOUR = "#777777";
  var WARD_FILL = { fillColor: "#f3f4f6", fillOpacity: 0.35 };
  var BOUNDARY_ATTRIBUTION =
    "Boundaries: ONS, Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2023";

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

  function rowObjects(payload) {
    var fields = payload.fields;
    return payload.rows.map(function (values) {
      var row = {};
      for (var i = 0; i < fields.length; i++) { row[fields[i]] = values[i]; }
      return row;
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

  function colourOf(code) {
    return state.colours.get(code) || FALLBACK_COLOUR;
  }

  function markerStyle(row) {
    var colour = colourOf(row.category);
    return { color: "#ffffff", weight: 1, fillColor: colour, fillOpacity: 0.9, radius: 5 };
  }

  // ---- many markers at once ----------------------------------------------------------------------------
  //
  // Leaflet adds a layer to a map one at a time: a redraw request, bounds and events for each. With tens of
  // thousands of markers on the one canvas renderer, showMarkers and hideMarkers do the same bookkeeping
  // as the group's addLayer and removeLayer (Leaflet 1.9, the bundled copy) in one pass, and ask for one
  // redraw of the whole canvas. Nothing listens to the per-marker add and remove events, so none are fired.
  // Single changes (upsert, remove) still go through the group.

  function canBatch() {
    var renderer = state.assetRenderer;
    return !!(state.map && state.map._loaded && state.map.hasLayer(state.group) && renderer &&
              renderer._initPath && renderer._layers && state.group._layers);
  }

  function redrawAllMarkers(renderer) {
    if (!renderer._map) { return; }
    // The whole canvas: redraw requests that follow in the same frame only widen this.
    if (renderer._bounds) {
      renderer._redrawBounds = new L.Bounds(renderer._bounds.min, renderer._bounds.max);
    }
    renderer._redrawRequest = renderer._redrawRequest || L.Util.requestAnimFrame(renderer._redraw, renderer);
  }

  function showMarkers(markers) {
    var group = state.group;
    if (!markers.length) { return; }
    if (!canBatch()) {
      markers.forEach(function (marker) { group.addLayer(marker); });
      return;
    }
    var map = state.map;
    var renderer = map.getRenderer(markers[0]);  // puts the renderer on the map if it is not yet
    for (var i = 0; i < markers.length; i++) {
      var marker = markers[i];
      var id = L.stamp(marker);
      if (group._layers[id]) { continue; }
      group._layers[id] = marker;
      marker.addEventParent(group);
      map._layers[id] = marker;
      marker._mapToAdd = map;
      marker._map = map;
      marker._zoomAnimated = map._zoomAnimated;
      marker._renderer = renderer;
      renderer._initPath(marker);
      marker._project();
    }
    redrawAllMarkers(renderer);
  }

  function hideMarkers(markers) {
    var group = state.group;
    if (!markers.length) { return; }
    if (!canBatch()) {
      markers.forEach(function (marker) { group.removeLayer(marker); });
      return;
    }
    var map = state.map;
    var renderer = state.assetRenderer;
    for (var i = 0; i < markers.length; i++) {
      var marker = markers[i];
      var id = L.stamp(marker);
      if (!group._layers[id]) { continue; }
      delete group._layers[id];
      marker.removeEventParent(group);
      if (map._layers[id]) {
        var order = marker._order;
        if (order) {
          if (order.next) { order.next.prev = order.prev; } else { renderer._drawLast = order.prev; }
          if (order.prev) { order.prev.next = order.next; } else { renderer._drawFirst = order.next; }
          delete marker._order;
        }
        delete renderer._layers[id];
        delete map._layers[id];
      }
      marker._map = marker._mapToAdd = null;
    }
    if (renderer._hoveredLayer && !group.hasLayer(renderer._hoveredLayer)) { renderer._hoveredLayer = null; }
    redrawAllMarkers(renderer);
  }

  function isVisible(id) {
    return state.visible === null || state.visible.has(id);
  }

  function createMarker(row) {
    // One options object per category, shared as the template (Leaflet copies it into each marker).
    var options = state.markerOptions.get(row.category);
    if (!options) {
      options = markerStyle(row);
      options.renderer = state.assetRenderer;
      options.pane = "am-assets";
      state.markerOptions.set(row.category, options);
    }
    var marker = new L.CircleMarker(new L.LatLng(row.lat, row.lon), options);
    marker.assetId = row.id;
    return marker;
  }

  function drawAssets(rows) {
    var shown = [];
    rows.forEach(function (row) {
      var marker = createMarker(row);
      state.rows.set(row.id, row);
      state.markers.set(row.id, marker);
      if (isVisible(row.id)) { shown.push(marker); }
    });
    showMarkers(shown);
  }

  function drawLegend(categories) {
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var box = element("div", "am-legend");
      box.appendChild(element("div", "am-legend-title", "Categories"));
      categories.forEach(function (category) {
        var item = element("div", "am-legend-item");
        item.setAttribute("data-category", category.code);
        var swatch = element("span", "am-swatch");
        swatch.style.backgroundColor = category.colour;
        item.appendChild(swatch);
        item.appendChild(element("span", "am-legend-label", category.label));
        box.appendChild(item);
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
      state.labels.set(category.code, category.label);
    });
    state.wardData = wards;
    drawBasemap(config.basemap);
    drawBoundaries(wards, districts);
    if (!config.view && state.districts) {
      // First view: the whole area, as large as the window allows. Set before the assets are drawn, so
      // each marker is placed once, at this zoom.
      state.map.fitBounds(state.districts.getBounds(), { padding: [12, 12], animate: false });
    }
    drawLegend(config.categories);
    drawAssets(rowObjects(assets));
    state.drawn = true;
    state.plugins.forEach(function (plugin) { if (plugin.drawn) { plugin.drawn(pluginContext()); } });
    console.info("map drawn: " + state.markers.size + " assets, " + wards.features.length + " wards");
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
    field(box, "ward", row.ward ? "Ward: " + row.ward : null);
    field(box, "status", row.status && row.status !== "active" ? "Status: " + row.status : null, "am-status");
    field(box, "description", row.description, "am-description");
    return box;
  }

  function tooltipContent(row) {
    var box = element("div", "am-tooltip");
    field(box, "name", row.name, "am-name");
    return box;
  }

  function openPopup(id) {
    var row = state.rows.get(id);
    var marker = state.markers.get(id);
    if (!row || !marker) { return false; }
    if (!state.popup) {
      state.popup = L.popup({ maxWidth: 320, autoPanPadding: [20, 20] });
      state.popup.on("remove", function () { state.popupId = null; });
    }
    state.popup.setLatLng(marker.getLatLng()).setContent(popupContent(row));
    state.popupId = id;
    state.popup.openOn(state.map);
    return true;
  }

  function openTooltip(id) {
    var row = state.rows.get(id);
    var marker = state.markers.get(id);
    if (!row || !marker) { return false; }
    if (!state.tooltip) { state.tooltip = L.tooltip({ direction: "top", offset: [0, -6] }); }
    state.tooltip.setContent(tooltipContent(row));
    state.tooltipId = id;
    state.map.openTooltip(state.tooltip, marker.getLatLng());
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
    var marker = state.selected && state.markers.get(state.selected);
    if (!marker) { return; }
    var latlng = marker.getLatLng();
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
  }

  function setPlaceMode(on) {
    state.placeMode = !!on;
    var container = state.map.getContainer();
    if (state.placeMode) { L.DomUtil.addClass(container, "am-place-mode"); }
    else { L.DomUtil.removeClass(container, "am-place-mode"); }
  }

  // ---- deltas from the app ---------------------------------------------------------------------------

  function upsert(payload) {
    rowObjects(payload).forEach(function (row) {
      var marker = state.markers.get(row.id);
      if (marker) {
        marker.setLatLng([row.lat, row.lon]);
        marker.setStyle(markerStyle(row));
      } else {
        marker = createMarker(row);
        state.markers.set(row.id, marker);
        if (isVisible(row.id)) { state.group.addLayer(marker); }
      }
      state.rows.set(row.id, row);
      if (state.popupId === row.id) { openPopup(row.id); }
      if (state.tooltipId === row.id) { openTooltip(row.id); }
      if (state.selected === row.id) { placeSelection(false); }
    });
  }

  function remove(ids) {
    ids.forEach(function (id) {
      var marker = state.markers.get(id);
      if (!marker) { return; }
      state.group.removeLayer(marker);
      state.markers.delete(id);
      state.rows.delete(id);
      if (state.popupId === id) { state.map.closePopup(state.popup); }
      if (state.tooltipId === id) { closeTooltip(); }
      if (state.selected === id) { state.selected = null; clearSelection(); }
    });
  }

  function setVisible(ids) {
    state.visible = ids === null ? null : new Set(ids);
    var toShow = [];
    var toHide = [];
    state.markers.forEach(function (marker, id) {
      var shown = state.group.hasLayer(marker);
      var wanted = isVisible(id);
      if (wanted && !shown) { toShow.push(marker); }
      if (!wanted && shown) { toHide.push(marker); }
    });
    hideMarkers(toHide);
    showMarkers(toShow);
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
      setWardWash: function (on) {
        state.wards.setStyle({ fillOpacity: on ? WARD_FILL.fillOpacity : 0 });
      },
      closeAssetOverlays: function () {
        if (state.popup) { state.map.closePopup(state.popup); }
        closeTooltip();
      }
    };
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
    map.attributionControl.addAttribution(BOUNDARY_ATTRIBUTION);
    addPane("am-boundaries", 350, false);
    addPane("am-assets", 420, true);
    addPane("am-labels", 430, false);
    addPane("am-selection", 440, false);
    addPane("am-handle", 620, true);
    state.assetRenderer = L.canvas({ pane: "am-assets", padding: 0.5, tolerance: 3 });
    state.selectionRenderer = L.canvas({ pane: "am-selection", padding: 0.5 });
    state.group = L.featureGroup().addTo(map);
    state.group.on("click", onMarkerClick);
    state.group.on("mouseover", function (event) { openTooltip(event.layer.assetId); });
    state.group.on("mouseout", closeTooltip);
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
    var drawn = 0;
    if (state.group) { state.markers.forEach(function (marker) { if (state.group.hasLayer(marker)) { drawn++; } }); }
    var centre = state.map ? state.map.getCenter() : null;
    return {
      wards: state.wards ? state.wards.getLayers().length : 0,
      districts: state.districts ? state.districts.getLayers().length : 0,
      assets_drawn: drawn,
      assets_known: state.markers.size,
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
    var marker = state.markers.get(id);
    if (!marker) { return null; }
    var point = state.map.latLngToContainerPoint(marker.getLatLng());
    var box = state.map.getContainer().getBoundingClientRect();
    return [point.x + box.left, point.y + box.top];
  }

  function clickAsset(id) {
    var marker = state.markers.get(id);
    if (!marker) { return false; }
    marker.fire("click", { latlng: marker.getLatLng() }, true);
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
    use: use,
    stats: stats,
    popupText: function (id) { return openPopup(id) ? overlayFields(state.popup.getElement()) : null; },
    tooltipText: function (id) { return openTooltip(id) ? overlayFields(state.tooltip.getElement()) : null; },
    markerPoint: markerPoint,
    bridgeForTests: function () { return state.bridge; },
    assetPosition: function (id) {
      var marker = state.markers.get(id);
      return marker ? [marker.getLatLng().lng, marker.getLatLng().lat] : null;
    },
    inView: function (id) {
      var marker = state.markers.get(id);
      return !!marker && state.map.getBounds().contains(marker.getLatLng());
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
        bounds: [box.getWest(), box.getSouth(), box.getEast(), box.getNorth()]
      };
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
