/* Start a zonemap page: draw its map at once as a still SVG picture while Leaflet loads,
   then hand over to the interactive map. The picture uses Leaflet's own projection
   (EPSG:3857, 256 px per world at zoom 0) and fitBounds arithmetic, so the handover does not
   move. The shared script supplies the paths and the page the fitted frame, both projected
   at build time, and the base map's styles. */
(function (zonemap) {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  /* Every shape is stored once, in Google's Encoded Polyline format at precision 0: whole
     zoom-0 pixels times paths.units, x then y, each point after a run's first a step from the
     one before; runs (a polygon's rings, a line's parts) are parted by a space. Each path is
     decoded once, to whole units, which the picture draws as they are and Leaflet gets back
     in lon/lat, each ring its own polygon of one MultiPolygon: Leaflet draws those as one
     path with the even-odd rule, as the picture does, so a hole stays a hole. */
  var UNITS = zonemap.paths.units, COARSE = zonemap.paths.coarse, DEGREES = 180 / Math.PI;
  var COARSELY = {neighbours: true, lakes: true, rivers: true};  // paths in COARSE units
  var LINES = {rivers: true, roads: true};  // paths of open runs; the others' runs are rings
  var decoded = new Map();
  /* A path's runs, each an array of whole-unit coordinates x0, y0, x1, y1, … */
  function runs(path) {
    var found = decoded.get(path);
    if (found) { return found; }
    var all = [], run = [], x = 0, y = 0, value = 0, shift = 0, isY = false;
    for (var i = 0; i < path.length; i++) {
      var code = path.charCodeAt(i);
      if (code === 32) { all.push(run); run = []; x = 0; y = 0; continue; }
      var chunk = code - 63;
      value |= (chunk & 31) << shift;
      shift += 5;
      if (chunk < 32) {  // the last chunk of a number: its sign is in the lowest bit
        var step = value & 1 ? ~(value >> 1) : value >> 1;
        if (isY) { y += step; run.push(x, y); } else { x += step; }
        isY = !isY;
        value = 0;
        shift = 0;
      }
    }
    all.push(run);
    decoded.set(path, all);
    return all;
  }
  function lonLat(x, y, units) {
    var px = x / units / 256, py = y / units / 256;
    return [px * 360 - 180, (2 * Math.atan(Math.exp(Math.PI * (1 - 2 * py))) - Math.PI / 2) * DEGREES];
  }
  /* A path's rings become a MultiPolygon; its open runs, a MultiLineString. */
  function geometry(path, units, isLine) {
    var coordinates = runs(path).map(function (run) {
      var points = [];
      for (var i = 0; i < run.length; i += 2) { points.push(lonLat(run[i], run[i + 1], units)); }
      return isLine ? points : [points];
    });
    return {type: isLine ? "MultiLineString" : "MultiPolygon", coordinates: coordinates};
  }
  /* The popups of lost land and posts (popups.js, or inline) come as JSON text, parsed
     when first asked for; until a linked page has loaded them, a popup says so, and a popup
     open when they arrive is filled in then. */
  var popups = null;
  zonemap.popup = function (kind, key) {
    if (!popups && zonemap.popupText) { popups = JSON.parse(zonemap.popupText); }
    return popups ? popups[kind][key] : "<p>The details are still loading.</p>";
  };
  function loadPopups(leafletId, map) {
    var leaflet = document.getElementById(leafletId);
    if (zonemap.popupText || !leaflet || !leaflet.dataset.popups) { return; }
    var loader = document.createElement("script");
    loader.src = leaflet.dataset.popups;
    loader.onload = function () {
      // an open popup whose content is looked up asks again (Leaflet calls it on update)
      map.eachLayer(function (layer) {
        if (layer instanceof L.Popup && typeof layer.getContent() === "function") { layer.update(); }
      });
    };
    document.head.appendChild(loader);
  }
  var shapes = {};
  /* A zone shape's geometry, decoded on first use. */
  zonemap.shape = function (key) {
    if (!shapes[key]) { shapes[key] = geometry(zonemap.paths.shapes[key], UNITS, false); }
    return shapes[key];
  };
  /* A zone's feature, whose geometry is made when Leaflet first reads it: the still
     picture needs only the shape's runs. */
  zonemap.zoneFeature = function (key, properties) {
    var feature = {type: "Feature", properties: properties};
    Object.defineProperty(feature, "geometry", {
      enumerable: true, get: function () { return zonemap.shape(key); }
    });
    return feature;
  };
  function feature(name, properties, path) {
    var units = COARSELY[name] ? COARSE : UNITS;
    return {type: "Feature", properties: properties, geometry: geometry(path, units, LINES[name])};
  }
  /* The base map's features, made from their paths when Leaflet first asks for them: the
     still picture needs only the runs, so no lon/lat is worked out before it is painted. */
  function lazily(name, make) {
    var made = null;
    Object.defineProperty(zonemap, name, {
      get: function () { return made || (made = make()); }
    });
  }
  function collection(name) {
    var properties = zonemap[name];
    lazily(name, function () {
      return {
        type: "FeatureCollection",
        features: properties.map(function (props, i) {
          return feature(name, props, zonemap.paths[name][i]);
        })
      };
    });
  }
  ["governorates", "neighbours", "rivers", "roads"].forEach(collection);
  ["undof", "country"].forEach(function (name) {
    var properties = zonemap[name];
    lazily(name, function () { return feature(name, properties, zonemap.paths[name]); });
  });
  lazily("lakes", function () { return feature("lakes", {}, zonemap.paths.lakes); });

  /* What can wait until the interactive zones are on the screen: the base map's shapes and
     the names on the map, made in one task after the first frame that shows the zones, while
     the still picture stays under them (see zonemap.start). */
  var waiting = [], settled = false;
  var INPUTS = ["pointerdown", "keydown", "wheel", "focusin"];
  function later(job) {
    if (settled) { job(); } else { waiting.push(job); }
  }

  /* The base map of every page (basemap.py's BASE_LAYERS): each layer in its pane, the
     listed ones returned by name for the layer control, the online tiles not added. The
     layers are on the map, and in the control, at once; their shapes come later. */
  var POINTER = {
    tip: function (feature, layer) {
      if (feature.properties.tip) { layer.bindTooltip(feature.properties.tip, {sticky: true}); }
    },
    hover: function (feature, layer) {
      POINTER.tip(feature, layer);
      layer.on("mouseover", function () { layer.setStyle(zonemap.styles.hover); });
      layer.on("mouseout", function () { layer.setStyle(zonemap.styles.governorates); });
    }
  };
  zonemap.baseMap = function (map) {
    var base = zonemap.base, listed = {};
    base.layers.forEach(function (spec) {
      var style = zonemap.styles[spec.style];
      var layer = L.geoJson(null, {
        style: function () { return style; },
        onEachFeature: POINTER[spec.pointer],
        interactive: !!spec.pointer,
        pane: spec.pane,
        smoothFactor: 0.5
      }).addTo(map);
      later(function () { layer.addData(zonemap[spec.data]); });
      if (spec.name) { listed[spec.name] = layer; }
    });
    listed[base.towns] = zonemap.labels(zonemap.places, base.labelPane).addTo(map);
    var tiles = base.tiles;
    listed[tiles.name] = L.tileLayer(tiles.url, {
      attribution: tiles.attribution, maxZoom: tiles.maxZoom, pane: tiles.pane
    });
    return listed;
  };

  /* Names on the map: layers of text labels that give way to each other. A label is
     [name, lon, lat, rank, kind]; after every zoom the labels of all shown label layers are
     placed in rank order (zone names 0, seats and neighbours 1, towns 2, villages 3), and a
     label that would touch one already placed, or whose rank needs a closer zoom, is hidden.
     So no two names overlap. The labels are made, and placed, only with the base map. */
  var labelLayers = [], MIN_ZOOM = [0, 0, 8, 9.5];
  zonemap.labels = function (items, pane) {
    var group = L.layerGroup();
    group.zmItems = items;
    group.zmLabels = [];
    function make() {
      group.clearLayers();
      group.zmLabels = group.zmItems.map(function (item) {
        var text = document.createElement("span");
        text.textContent = item[0];
        var marker = L.marker([item[2], item[1]], {
          pane: pane, interactive: false, keyboard: false,
          icon: L.divIcon({className: "zm-label zm-label-" + item[4], html: text, iconSize: null})
        });
        marker.zmRank = item[3];
        marker.zmBeside = item[4] === "seat" || item[4] === "town" || item[4] === "village";
        group.addLayer(marker);
        return marker;
      });
    }
    group.setItems = function (list) {
      group.zmItems = list;
      if (!settled) { return; }
      make();
      if (group.zmMap) { declutter(group.zmMap); }
    };
    group.on("add", function (event) {
      group.zmMap = event.target._map;
      labelLayers.push(group);
      declutter(group.zmMap);
    });
    group.on("remove", function () {
      labelLayers.splice(labelLayers.indexOf(group), 1);
      group.zmMap = null;
    });
    later(make);
    return group;
  };
  /* The names of the zones a zone layer shows, at each shape's label point; refresh() after
     the layer's shapes change (the timeline does at every step). */
  zonemap.zoneNames = function (zoneLayer, pane) {
    var group = zonemap.labels([], pane);
    group.refresh = function () {
      var items = [], seen = {};
      zoneLayer.eachLayer(function (path) {
        var props = path.feature.properties, at = zonemap.paths.labels[props.shape];
        if (props.role === "lost" || seen[props.zone_id] || !at) { return; }
        seen[props.zone_id] = true;
        items.push([props.name, at[0], at[1], 0, "zone"]);
      });
      group.setItems(items);
    };
    group.refresh();
    zonemap.zoneLabels = group;
    return group;
  };
  function declutter(map) {
    if (!settled) { return; }  // no label yet
    var zoom = map.getZoom(), size = map.getSize(), placed = [], all = [];
    labelLayers.forEach(function (group) { all = all.concat(group.zmLabels); });
    all.sort(function (a, b) { return a.zmRank - b.zmRank; });
    // A name's size never changes: measured once, all together (one layout, not one each),
    // when its zoom first comes; until then it stays out of the layout (most towns at first).
    var fresh = all.filter(function (marker) { return marker.getElement() && !marker.zmSize; });
    fresh.forEach(function (marker) {
      marker.zmDue = zoom >= MIN_ZOOM[marker.zmRank];
      marker.getElement().style.display = marker.zmDue ? "" : "none";
    });
    fresh.forEach(function (marker) {
      if (!marker.zmDue) { return; }
      var text = marker.getElement().firstChild;
      marker.zmSize = [text.offsetWidth, text.offsetHeight];
    });
    all.forEach(function (marker) {
      var element = marker.getElement();
      if (!element) { return; }
      var show = zoom >= MIN_ZOOM[marker.zmRank];
      if (show) {
        // from the map's own arithmetic, not the page's boxes, which lag behind an animation
        var at = map.latLngToContainerPoint(marker.getLatLng());
        var w = marker.zmSize[0], h = marker.zmSize[1];
        var left = marker.zmBeside ? at.x - 3 : at.x - w / 2;
        var room = {l: left - 3, r: left + w + (marker.zmBeside ? 8 : 0) + 3,
                    t: at.y - h / 2 - 1, b: at.y + h / 2 + 1};
        // a name cut by the map's edge is not shown
        show = room.l >= 0 && room.t >= 0 && room.r <= size.x && room.b <= size.y;
        show = show && !placed.some(function (o) {
          return room.l < o.r && o.l < room.r && room.t < o.b && o.t < room.b;
        });
        if (show) { placed.push(room); }
      }
      element.style.display = show ? "" : "none";
    });
  }


  /* A phone-sized screen: panels fold into a sheet at the bottom, the layer control folds.
     Asked as the stylesheet asks it (page.css), which lays nothing out, as reading the
     window's width would while the page is loading. */
  var COMPACT = window.matchMedia("(max-width: 699px)");
  zonemap.compact = function () { return COMPACT.matches; };

  /* The panels' column (or sheet, when compact): the map is fitted beside it, so no panel
     covers a zone at the first view, and popups open clear of it. */
  function side() { return document.getElementById("zm-side"); }
  // Measured once, then told by the browser whenever the panels change size (a fold, the
  // window, the layer control joining them): every popup asks, and a measure after the page
  // has changed costs a layout.
  var size = null, watched = false;
  function clearance() {
    var panels = side();
    if (!panels) { return {topLeft: [10, 10], bottomRight: [10, 10]}; }
    if (!watched && window.ResizeObserver) {
      new ResizeObserver(function (entries) {
        var box = entries[entries.length - 1].borderBoxSize[0];
        size = {width: Math.round(box.inlineSize), height: Math.round(box.blockSize)};
      }).observe(panels);
      watched = true;
    }
    if (!size || !watched) { size = {width: panels.offsetWidth, height: panels.offsetHeight}; }
    return zonemap.compact()
      ? {topLeft: [10, 10], bottomRight: [10, size.height + 10]}
      : {topLeft: [10, 10], bottomRight: [size.width + 20, 10]};
  }
  zonemap.fitOptions = function () {
    var room = clearance();
    return {animate: false, paddingTopLeft: room.topLeft, paddingBottomRight: room.bottomRight};
  };
  zonemap.popupOptions = function () {
    var room = clearance();
    return {
      // the popup's frame adds about 45 px to its content: it fits between the margins
      maxWidth: Math.max(200, Math.min(380, window.innerWidth - 80)),
      maxHeight: Math.max(160, Math.min(330, Math.round(window.innerHeight * 0.5))),
      // clear of the zoom buttons (and, on a phone, of the scale under them)
      autoPanPaddingTopLeft: zonemap.compact() ? [10, 130] : [60, 10],
      autoPanPaddingBottomRight: room.bottomRight
    };
  };

  /* Keyboard and screen readers: a shape takes focus, says what it is, and opens its popup
     on Enter or Space; Escape closes it (see make below). */
  zonemap.focusable = function (layer, label) {
    layer.on("add", function () {
      var element = layer.getElement && layer.getElement();
      if (!element) { return; }
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-label", label || "");
      element.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") { return; }
        event.preventDefault();
        layer.openPopup(layer.getLatLng ? layer.getLatLng() : layer.getBounds().getCenter());
      });
    });
    layer.on("popupopen", function (event) {
      // a popup long enough to scroll can be scrolled from the keyboard
      var content = event.popup.getElement().querySelector(".leaflet-popup-content");
      if (content && content.scrollHeight > content.clientHeight) { content.setAttribute("tabindex", "0"); }
    });
  };

  /* A round map's link to a zone (round.html#idlib) opens that zone's popup. */
  function openFromLink(map) {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) { return; }
    var found = {};
    map.eachLayer(function (layer) {
      var props = layer.feature && layer.feature.properties;
      if (props && props.zone_id === id && layer.getPopup()) { found[props.role] = layer; }
    });
    var layer = found.held || found.agreed;
    if (layer) { layer.openPopup(layer.getBounds().getCenter()); }
  }

  /* Printed, every panel is open and the map is fitted to the page's paper. */
  function printable(map, bounds) {
    var folded = [];
    window.addEventListener("beforeprint", function () {
      folded = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
      folded.forEach(function (details) { details.setAttribute("open", ""); });
      map.invalidateSize({animate: false});
      map.fitBounds(bounds, zonemap.fitOptions());
    });
    window.addEventListener("afterprint", function () {
      folded.forEach(function (details) { details.removeAttribute("open"); });
      map.invalidateSize({animate: false});
      map.fitBounds(bounds, zonemap.fitOptions());
    });
  }

  /* The zoom and pixel origin Leaflet's fitBounds gives a map of this size with this padding;
     the frame is the fitted extent's south-west and north-east corners in zoom-0 pixels. */
  function view(width, height, frame, zoomSnap, room) {
    var sw = frame[0], ne = frame[1];
    var padX = room.topLeft[0] + room.bottomRight[0], padY = room.topLeft[1] + room.bottomRight[1];
    var zoom = Math.log(Math.min((width - padX) / (ne[0] - sw[0]), (height - padY) / (sw[1] - ne[1]))) / Math.LN2;
    zoom = Math.round(zoom / (zoomSnap / 100)) * (zoomSnap / 100);  // as Leaflet: within 1 %
    zoom = Math.floor(zoom / zoomSnap) * zoomSnap;
    var scale = Math.pow(2, zoom);
    var offX = (room.bottomRight[0] - room.topLeft[0]) / 2, offY = (room.bottomRight[1] - room.topLeft[1]) / 2;
    return {
      scale: scale,
      left: Math.round((sw[0] + ne[0]) / 2 * scale + offX - width / 2),
      top: Math.round((sw[1] + ne[1]) / 2 * scale + offY - height / 2)
    };
  }

  /* SVG path data of a polygon's runs in whole units: each point after a ring's first a
     step from the one before, a minus sign parting two numbers as a space would. Made once
     a path: the governorates are drawn twice, filled and as borders. */
  var svgPaths = new Map();
  function svgPath(path) {
    var d = svgPaths.get(path);
    if (d) { return d; }
    d = "";
    runs(path).forEach(function (run) {
      d += "M" + run[0] + " " + run[1] + "l";
      for (var i = 2; i < run.length; i += 2) {
        var dx = run[i] - run[i - 2], dy = run[i + 1] - run[i - 1];
        d += dx < 0 ? dx : " " + dx;
        d += dy < 0 ? dy : " " + dy;
      }
      d += "z";
    });
    svgPaths.set(path, d);
    return d;
  }

  /* A polygon path in Leaflet's default style, overridden by the layer's own (as L.Path
     does); a coarse one is scaled to the picture's units. Its line is as wide, and its
     dashes as long, in screen pixels as Leaflet draws them: set in the path's own units
     from the fitted scale (perPixel, the picture's units per pixel), since a non-scaling
     stroke would cost the layout a transformed copy of every path. */
  function draw(svg, path, style, className, perPixel, coarse) {
    var element = document.createElementNS(SVG, "path");
    var perLinePixel = perPixel;  // the path's own units per screen pixel
    if (coarse) {
      element.setAttribute("transform", "scale(" + UNITS / COARSE + ")");
      perLinePixel = perPixel * COARSE / UNITS;
    }
    var dashes = style.dashArray && style.dashArray.split(" ").map(function (v) { return v * perLinePixel; });
    var attributes = {
      d: svgPath(path),
      "class": className,
      stroke: style.stroke === false ? "none" : style.color || "#3388ff",
      "stroke-width": (style.weight === undefined ? 3 : style.weight) * perLinePixel,
      "stroke-opacity": style.opacity === undefined ? 1 : style.opacity,
      "stroke-linecap": "round",
      "stroke-linejoin": "round",
      "stroke-dasharray": dashes ? dashes.join(" ") : "none",
      fill: style.fill === false ? "none" : style.fillColor || style.color || "#3388ff",
      "fill-opacity": style.fillOpacity === undefined ? 0.2 : style.fillOpacity,
      "fill-rule": "evenodd"
    };
    Object.keys(attributes).forEach(function (name) { element.setAttribute(name, attributes[name]); });
    svg.appendChild(element);
  }

  /* On the timeline, the step a link names (timeline.html#astana-11), or the first. */
  zonemap.linkedStep = function (steps) {
    var id = window.location.hash.slice(1);
    for (var i = 0; i < steps.length; i++) { if (steps[i].id === id) { return i; } }
    return 0;
  };

  /* The still picture's style of each zone feature: its own on a round's map; on the
     timeline, the one it has at the step the page opens on (none: not shown then). */
  function pictureStyles() {
    var timeline = document.getElementById("zm-steps");
    if (!timeline) {
      return function (props) { return props.style || zonemap.styles[props.role]; };
    }
    var steps = JSON.parse(timeline.textContent);
    var named = JSON.parse(document.getElementById("zm-style").textContent);
    var shapes = steps[zonemap.linkedStep(steps)].shapes;  // shape key: style name
    return function (props) { return named[shapes[props.shape]]; };
  }

  /* The still picture of a map: neighbours, lakes, governorates, the page's zones, then
     the borders, UNDOF area and outline over them, or null for a hidden map.
     The paths are in whole units, fractions of a zoom-0 pixel; the view box zooms as
     fitBounds will. Called from the page's last script, so the page is parsed: the one
     layout the measure costs is the one its first frame needs anyway, done before that
     frame rather than in it, and the picture is laid out once, with its scale. */
  zonemap.drawPreview = function (container, zones, options) {
    var width = container.clientWidth, height = container.clientHeight;
    if (!width || !height) { return null; }  // a hidden map: nothing to see
    var at = view(width, height, options.frame, options.zoomSnap, clearance());
    var perPixel = UNITS / at.scale;
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "zm-preview");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("viewBox", [at.left * perPixel, at.top * perPixel, width * perPixel, height * perPixel].join(" "));
    var paths = zonemap.paths, styles = zonemap.styles;
    function drawn(path, style, className, coarse) { draw(svg, path, style, className, perPixel, coarse); }
    paths.neighbours.forEach(function (path) { drawn(path, styles.neighbours, "zm-preview-neighbour", true); });
    drawn(paths.lakes, styles.lakes, "zm-preview-lakes", true);
    paths.governorates.forEach(function (path) { drawn(path, styles.governorates, "zm-preview-governorate"); });
    var styleOf = pictureStyles();
    zones.features.forEach(function (feature) {
      var id = feature.properties.zone_id, style = styleOf(feature.properties);
      if (style) {
        drawn(paths.shapes[feature.properties.shape], style,
              "zm-preview-zone zm-preview-zone-" + id + " zm-preview-" + feature.properties.role);
      }
    });
    // the lines over the zones, in Leaflet's order (the zm-lines pane)
    paths.governorates.forEach(function (path) { drawn(path, styles.borders, "zm-preview-border"); });
    drawn(paths.undof, styles.undof, "zm-preview-undof");
    drawn(paths.country, styles.country, "zm-preview-country");
    container.appendChild(svg);
    return svg;
  };

  /* Run the page's map script, which returns the map, once Leaflet is there. A linked page
     draws the picture first and makes the map once the picture has been painted and Leaflet
     (an async script in the page's head, which may run before or after this one) has run; a
     standalone page carries Leaflet already and makes the map at once. */
  zonemap.start = function (mapId, zones, options, init) {
    zonemap.round = zones;
    var panels = side();
    if (panels && zonemap.compact()) {
      // on a phone the panels start folded to their titles, leaving the map to the zones
      Array.prototype.slice.call(panels.querySelectorAll("details")).forEach(
        function (details) { details.removeAttribute("open"); });
    }
    var preview = null, map = null;
    /* The map with its zones, controls and posts; the base map's shapes and the names come
       with settle. */
    function make() {
      map = zonemap.map = init();
      // the layer control joins the panels, so that it covers no zone either
      var control = document.querySelector("#" + mapId + " .leaflet-control-layers");
      if (control && panels) { panels.appendChild(control); }
      // What the reader does cannot wait for the rest: a press, a key, a wheel, a move of the
      // map (which the still picture would not follow), a popup opening, a print. Listened
      // for in the capture phase, so that the rest is there before the page answers.
      INPUTS.forEach(function (type) { document.addEventListener(type, settle, {capture: true, once: true}); });
      window.addEventListener("beforeprint", settle);
      map.once("movestart zoomstart resize popupopen", settle);
      printable(map, options.bounds);
      map.on("zoomend", function () { declutter(map); });
      // Leaflet closes a popup on Escape only while the map itself has the focus
      document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { map.closePopup(); }
      });
      openFromLink(map);
      window.addEventListener("hashchange", function () { openFromLink(map); });
    }
    /* The rest of the map, then the picture under it goes: no frame shows the zones without
       the base map. */
    function settle() {
      if (settled) { return; }
      settled = true;
      INPUTS.forEach(function (type) { document.removeEventListener(type, settle, {capture: true}); });
      waiting.forEach(function (job) { job(); });
      waiting = [];
      declutter(map);
      if (preview) { preview.remove(); }
      loadPopups(options.leafletId, map);  // after the map, so they do not delay it
    }
    // a linked page's Leaflet may have run before this (deferred) script: it has its element
    var leaflet = document.getElementById(options.leafletId);
    if (!leaflet) { make(); settle(); return; }
    preview = zonemap.drawPreview(document.getElementById(mapId), zones, options);
    function run() {
      make();
      if (settled) { return; }  // a link to a zone opened its popup
      // Leaflet's zones cover the picture's from now on, over its base map (page.css)
      if (preview) { preview.classList.add("zm-preview-covered"); }
      requestAnimationFrame(function () { setTimeout(settle, 0); });
    }
    requestAnimationFrame(function () {
      setTimeout(function () {
        // if Leaflet never loads, the picture stays
        if (window.L) { run(); } else { leaflet.onload = run; }
      }, 0);
    });
  };
})(window.zonemap);
