// Both points of a facility match on the shipped region polygons (no tile server).
(function () {
  'use strict';
  var element = document.getElementById('match-map');
  if (!element || typeof L === 'undefined') { return; }
  function point(value) {
    if (!value) { return null; }
    var parts = value.split(',').map(Number);
    return parts.length === 2 && !isNaN(parts[0]) && !isNaN(parts[1]) ? parts : null;
  }
  var a = point(element.dataset.a);
  var b = point(element.dataset.b);
  var map = L.map(element).setView(a || b || [14.4, -14.5], a || b ? 11 : 6);
  map.attributionControl.setPrefix(false);
  fetch(element.dataset.regions, { credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (shapes) {
      L.geoJSON(shapes, { style: { color: '#4d6780', weight: 2, fillColor: '#f4f1e8', fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
    });
  var layers = [];
  if (a) { layers.push(L.circleMarker(a, { radius: 8, color: '#0f3d5e', fillColor: '#2e7bb8', fillOpacity: 0.9, className: 'match-point' }).bindTooltip(element.dataset.aLabel, { permanent: true })); }
  if (b) { layers.push(L.circleMarker(b, { radius: 8, color: '#7a3d00', fillColor: '#f39c34', fillOpacity: 0.9, className: 'match-point' }).bindTooltip(element.dataset.bLabel, { permanent: true, direction: 'bottom' })); }
  if (layers.length > 0) {
    var group = L.featureGroup(layers).addTo(map);
    if (layers.length === 2) { map.fitBounds(group.getBounds(), { padding: [40, 40], maxZoom: 14 }); }
  } else {
    element.hidden = true;
  }
})();
