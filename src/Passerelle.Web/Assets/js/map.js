// Facility map: region and department polygons shipped with Passerelle (no tile server), one marker per facility
// coloured by norm compliance. Data from /api/boundaries/* and /api/facilities.
(function () {
  'use strict';
  var element = document.getElementById('map');
  if (!element || typeof L === 'undefined') { return; }
  var map = L.map(element, { preferCanvas: false, zoomSnap: 0.25 }).setView([14.4, -14.5], 6.5);
  map.attributionControl.setPrefix(false);
  function json(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); });
  }
  function colour(f) { return f.meetsNorm === true ? '#2e9e55' : f.meetsNorm === false ? '#d93a2b' : '#8a96a3'; }
  function text(value) { var span = document.createElement('span'); span.textContent = value; return span.innerHTML; }

  Promise.all([json(element.dataset.departments), json(element.dataset.regions), json(element.dataset.facilities)])
    .then(function (data) {
      L.geoJSON(data[0], { style: { color: '#9fb3c8', weight: 0.8, fillColor: '#f4f1e8', fillOpacity: 1 }, interactive: false }).addTo(map);
      var regions = L.geoJSON(data[1], {
        style: { color: '#4d6780', weight: 2, fill: false },
        onEachFeature: function (feature, layer) { layer.bindTooltip(feature.properties.nom, { sticky: true }); }
      }).addTo(map);
      var markers = [];
      data[2].forEach(function (f) {
        if (f.latitude === null || f.longitude === null) { return; }
        var marker = L.circleMarker([f.latitude, f.longitude], {
          radius: 5, color: '#ffffff', weight: 1, fillColor: colour(f), fillOpacity: 0.95, className: 'facility-marker'
        });
        marker.bindPopup('<div class="map-popup"><strong>' + text(f.name) + '</strong><br>' + text(f.districtCode || '') +
          ' · ' + f.workers + ' ' + text(element.dataset.workers) + '<br><a href="/facilities/' + encodeURIComponent(f.id) + '">' +
          text(element.dataset.open) + '</a></div>');
        marker.addTo(map);
        markers.push(marker);
      });
      var bounds = markers.length > 0 ? L.featureGroup(markers).getBounds() : regions.getBounds();
      if (bounds.isValid()) { map.fitBounds(bounds, { padding: [20, 20] }); }
      element.dataset.markers = String(markers.length);
    })
    .catch(function (status) { element.textContent = 'Erreur / error ' + status; });
})();
