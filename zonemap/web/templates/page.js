/* Start a zonemap page: draw its map at once as a still SVG picture while Leaflet loads,
   then hand over to the interactive map. The picture uses Leaflet's own projection
   (EPSG:3857, 256 px per world at zoom 0) and fitBounds arithmetic, so the handover does not
   move. The shared script supplies the paths and the page the fitted frame, both projected
   at build time, and the base map's styles. */
(function (zonemap) {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  /* The zoom and pixel origin Leaflet's fitBounds gives a map of this size; the frame is the
     fitted extent's south-west and north-east corners in zoom-0 pixels. */
  function view(width, height, frame, zoomSnap) {
    var sw = frame[0], ne = frame[1];
    var zoom = Math.log(Math.min(width / (ne[0] - sw[0]), height / (sw[1] - ne[1]))) / Math.LN2;
    zoom = Math.round(zoom / (zoomSnap / 100)) * (zoomSnap / 100);  // as Leaflet: within 1 %
    zoom = Math.floor(zoom / zoomSnap) * zoomSnap;
    var scale = Math.pow(2, zoom);
    return {
      scale: scale,
      left: Math.round((sw[0] + ne[0]) / 2 * scale - width / 2),
      top: Math.round((sw[1] + ne[1]) / 2 * scale - height / 2)
    };
  }

  /* A path in Leaflet's default style, overridden by the layer's own (as L.Path does). */
  function draw(svg, d, style, className) {
    var path = document.createElementNS(SVG, "path");
    var attributes = {
      d: d,
      "class": className,
      stroke: style.color || "#3388ff",
      "stroke-width": style.weight === undefined ? 3 : style.weight,
      "stroke-opacity": style.opacity === undefined ? 1 : style.opacity,
      "stroke-linecap": "round",
      "stroke-linejoin": "round",
      "stroke-dasharray": style.dashArray || "none",
      fill: style.fill === false ? "none" : style.fillColor || style.color || "#3388ff",
      "fill-opacity": style.fillOpacity === undefined ? 0.2 : style.fillOpacity,
      "fill-rule": "evenodd",
      "vector-effect": "non-scaling-stroke"  // widths in screen pixels, as Leaflet draws them
    };
    Object.keys(attributes).forEach(function (name) { path.setAttribute(name, attributes[name]); });
    svg.appendChild(path);
  }

  /* The still picture of a map: governorates, UNDOF area, outline, then the page's zones.
     The paths are in fractions of a zoom-0 pixel; the view box zooms as fitBounds will. */
  zonemap.drawPreview = function (container, zones, options) {
    var width = container.clientWidth, height = container.clientHeight;
    if (!width || !height) { return null; }  // a hidden map: nothing to see, nothing to fit
    var at = view(width, height, options.frame, options.zoomSnap);
    var svg = document.createElementNS(SVG, "svg");
    var units = zonemap.paths.units / at.scale;
    var box = [at.left * units, at.top * units, width * units, height * units];
    svg.setAttribute("class", "zm-preview");
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("viewBox", box.join(" "));
    svg.setAttribute("aria-hidden", "true");
    var paths = zonemap.paths, styles = zonemap.styles;
    paths.governorates.forEach(function (d) {
      draw(svg, d, styles.governorates, "zm-preview-governorate");
    });
    draw(svg, paths.undof, styles.undof, "zm-preview-undof");
    draw(svg, paths.country, styles.country, "zm-preview-country");
    zones.features.forEach(function (feature) {
      var id = feature.properties.zone_id;
      var style = feature.properties.style || styles[feature.properties.role];
      if (style) {
        draw(svg, paths.shapes[feature.properties.shape], style,
             "zm-preview-zone zm-preview-zone-" + id + " zm-preview-" + feature.properties.role);
      }
    });
    container.appendChild(svg);
    return svg;
  };

  /* Run the page's map script, which returns the map, once Leaflet is there. A linked page
     draws the picture first and makes the map once the picture has been painted and Leaflet
     (an async script in the page's head) has run; a standalone page carries Leaflet already
     and makes the map at once. */
  zonemap.start = function (mapId, zones, options, init) {
    zonemap.round = zones;
    if (window.L) { zonemap.map = init(); return; }
    var preview = zonemap.drawPreview(document.getElementById(mapId), zones, options);
    function run() {
      // the picture goes first, so that Leaflet's layout does not lay it out again
      if (preview) { preview.remove(); }
      zonemap.map = init();
    }
    requestAnimationFrame(function () {
      setTimeout(function () {
        // if Leaflet never loads, the picture stays
        if (window.L) { run(); } else { document.getElementById(options.leafletId).onload = run; }
      }, 0);
    });
  };
})(window.zonemap);
