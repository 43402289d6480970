// Overview chart: share of facilities meeting their norm, by region (data from /api/summary).
(function () {
  'use strict';
  var canvas = document.getElementById('region-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  fetch(canvas.dataset.source, { credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function (summary) {
      var regions = summary.regions || [];
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: regions.map(function (r) { return r.name; }),
          datasets: [{
            label: canvas.dataset.label,
            data: regions.map(function (r) { return r.share === null ? 0 : Math.round(r.share * 1000) / 10; }),
            backgroundColor: '#2e7bb8'
          }]
        },
        options: { responsive: true, maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } } }
      });
    })
    .catch(function () { canvas.hidden = true; });
})();
