/* The shareable AssetMap abundance map: builds every layer from the embedded JSON; text only via textContent.
   Every word it shows comes from the data, in the document's language (data.words for its own). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("assetmap-data").textContent);
  var words = data.words || {};

  function t(english) {
    // The page's own words, translated with the document; the English key is never shown otherwise.
    var said = words[english];
    return typeof said === "string" ? said : "";
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function escapeHtml(text) {
    // Leaflet's layer control writes names as HTML; ours are plain text.
    var div = document.createElement("div");
    div.textContent = String(text);
    return div.innerHTML;
  }

  var map = L.map("map", {
    preferCanvas: true, zoomSnap: 0.25, minZoom: 8, maxZoom: 18, attributionControl: false, zoomControl: false
  });
  L.control.zoom({ position: "topleft", zoomInTitle: t("Zoom in"), zoomOutTitle: t("Zoom out") }).addTo(map);
  map.on("popupopen", function (event) {
    var shown = event.popup.getElement();
    var close = shown ? shown.querySelector(".leaflet-popup-close-button") : null;
    if (close) { close.setAttribute("aria-label", t("Close")); close.setAttribute("title", t("Close")); }
  });

  var wardsDrawn = 0;
  var choropleth = L.geoJSON(data.wards, {
    style: function (feature) {
      return { fillColor: feature.properties.colour, fillOpacity: 0.85, color: "#ffffff", weight: 1 };
    },
    onEachFeature: function (feature, layer) {
      wardsDrawn += 1;
      layer.on("mouseover", function () { showWard(feature.properties.code); layer.setStyle({ weight: 3, color: "#1f2937" }); });
      layer.on("mouseout", function () { showWard(null); choropleth.resetStyle(layer); });
      layer.on("click", function () { showWard(feature.properties.code); });
    }
  });
  var districts = L.geoJSON(data.districts, {
    style: { fill: false, color: "#1f2937", weight: 2 }, interactive: false
  });
  var markers = data.assets.map(function (a) {
    return L.circleMarker([a.lat, a.lon], {
      radius: 4, fillColor: a.colour, fillOpacity: 0.95, color: "#ffffff", weight: 1
    }).bindPopup(function () { return popup(a); });
  });
  var assets = L.layerGroup(markers);

  function popup(a) {
    var box = el("div", "am-popup");
    box.appendChild(el("strong", null, a.name));
    box.appendChild(el("div", "am-muted", a.category));
    if (a.address) { box.appendChild(el("div", null, a.address)); }
    if (a.when) { box.appendChild(el("div", null, a.when)); }
    (a.stories || []).forEach(function (s) {
      var story = el("blockquote", "am-story");
      story.appendChild(el("div", "am-story-text", s.text));
      story.appendChild(el("div", "am-muted", s.teller + (s.told_on ? " \u00b7 " + s.told_on : "")));
      (s.photos || []).forEach(function (p) {
        if (typeof p.src !== "string" || p.src.indexOf("data:image/") !== 0) { return; }
        var figure = el("figure", "am-photo");
        var img = el("img");
        img.src = p.src;
        img.alt = String(p.alt || "");
        figure.appendChild(img);
        figure.appendChild(el("figcaption", "am-muted", p.alt));
        story.appendChild(figure);
      });
      if (s.morePhotos) {
        story.appendChild(el("div", "am-muted", s.morePhotosText));
      }
      box.appendChild(story);
    });
    if (a.moreStories) {
      box.appendChild(el("div", "am-muted", a.moreStoriesText));
    }
    return box;
  }

  choropleth.addTo(map);
  districts.addTo(map);
  // The assets are what the map is for: shown from the start, and can be hidden in the layer control.
  assets.addTo(map);
  map.fitBounds(choropleth.getBounds(), { padding: [12, 12] });

  var overlays = {};
  overlays[escapeHtml(data.measureLabel)] = choropleth;
  overlays[escapeHtml(t("Assets"))] = assets;
  overlays[escapeHtml(t("District boundaries"))] = districts;
  L.control.layers(null, overlays, { collapsed: false, position: "topright" }).addTo(map);
  L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = el("div", "am-box am-legend");
    box.appendChild(el("div", "am-title", data.measureLabel));
    data.legend.forEach(function (entry) {
      var row = el("div", "am-legend-row");
      var chip = el("span", "am-chip");
      chip.style.background = entry.colour;
      row.appendChild(chip);
      row.appendChild(el("span", null, entry.label));
      box.appendChild(row);
    });
    box.appendChild(el("div", "am-title am-gap", t("Assets")));
    data.categories.forEach(function (entry) {
      var row = el("div", "am-legend-row");
      var dot = el("span", "am-dot");
      dot.style.background = entry.colour;
      row.appendChild(dot);
      row.appendChild(el("span", null, entry.label));
      box.appendChild(row);
    });
    return box;
  };
  legend.addTo(map);

  var info = L.control({ position: "topleft" });
  var infoBox = el("div", "am-box am-info");
  info.onAdd = function () { return infoBox; };
  info.addTo(map);

  function showWard(code) {
    infoBox.textContent = "";
    var f = code ? data.figures[code] : null;
    if (!f) {
      infoBox.appendChild(el("div", "am-muted", t("Hover over a ward to see its figures")));
      return;
    }
    infoBox.appendChild(el("div", "am-title", f.name));
    infoBox.appendChild(el("div", "am-muted", f.district));
    var rows = [[t("Residents"), f.population], [t("Assets"), f.total], [t("Per 1,000 residents"), f.per1000],
                [t("Categories present"), f.diversity], [t("Variety (Shannon)"), f.shannon], [t("Reach"), f.reach],
                [t("Assets with a link"), f.linked], [t("Groups linked to spaces"), f.groups]];
    f.categories.forEach(function (c) { rows.push([c.label, c.count]); });
    if (f.withheld) { rows.push([data.withheldText, data.withheldLabel]); }
    var table = el("table");
    rows.forEach(function (r) {
      var tr = el("tr");
      tr.appendChild(el("td", null, r[0]));
      tr.appendChild(el("td", "am-n", r[1]));
      table.appendChild(tr);
    });
    infoBox.appendChild(table);
    var named = data.connectors[code] || [];
    if (named.length) {
      infoBox.appendChild(el("div", "am-title am-gap", t("Connectors")));
      named.forEach(function (c) {
        var line = el("div", "am-connector");
        line.appendChild(el("b", null, c.name));
        line.appendChild(document.createTextNode(": " + c.gifts));
        infoBox.appendChild(line);
      });
    }
  }
  showWard(null);

  document.getElementById("am-title").textContent = data.title;
  document.getElementById("am-subtitle").textContent = data.subtitle;
  document.getElementById("am-attribution").textContent = data.attribution;
  if (data.partnerNotice) {
    var notice = document.getElementById("am-partner");
    notice.textContent = data.partnerNotice;
    notice.hidden = false;
  }

  function markersDrawn() {
    var count = 0;
    map.eachLayer(function (layer) { if (layer instanceof L.CircleMarker) { count += 1; } });
    return count;
  }

  window.assetmapReport = {
    stats: function () {
      return {
        markersDrawn: markersDrawn(),
        assetsOn: map.hasLayer(assets),
        wardsDrawn: wardsDrawn,
        assetsDrawn: data.assets.length,
        legend: data.legend.map(function (e) { return e.label; }),
        layers: Object.keys(overlays).length,
        choroplethOn: map.hasLayer(choropleth)
      };
    },
    figuresText: function (code) { showWard(code); return infoBox.textContent; },
    popupText: function (index) { return popup(data.assets[index]).textContent; },
    openPopup: function (index) {
      markers[index].openPopup();
      var shown = markers[index].getPopup().getElement();
      return shown ? shown.querySelector(".leaflet-popup-content").textContent : null;
    },
    storyPhotos: function (index) {
      var box = popup(data.assets[index]);
      return Array.prototype.map.call(box.querySelectorAll(".am-photo img"), function (n) {
        var caption = n.parentNode.querySelector("figcaption");
        return { alt: n.getAttribute("alt"), src: n.getAttribute("src").slice(0, 30),
                 caption: caption ? caption.textContent : null, width: n.naturalWidth };
      });
    },
    storyTexts: function (index) {
      var box = popup(data.assets[index]);
      return Array.prototype.map.call(box.querySelectorAll(".am-story-text"), function (n) { return n.textContent; });
    }
  };
})();
