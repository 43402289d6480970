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
        options: { responsive: true, maintainAspectRatio: false, animation: false, locale: document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR', scales: { y: { min: 0, max: 100 } } }
      });
    })
    .catch(function () { canvas.hidden = true; });
})();
// Overview trend: monthly service volumes per data element (data from /api/trends), names in the page's language.
(function () {
  'use strict';
  var canvas = document.getElementById('trend-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  var english = canvas.dataset.lang === 'en';
  var colours = ['#0f3d5e', '#2e9e55', '#d98b2b', '#8a4fb3', '#2e7bb8', '#b3261e'];
  fetch(canvas.dataset.source, { credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function (trends) {
      var months = trends.months || [];
      if (months.length === 0) { canvas.hidden = true; return; }
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: months.map(function (m) { return m.slice(0, 4) + '-' + m.slice(4); }),
          datasets: (trends.volumes || []).map(function (s, i) {
            return { label: english ? s.english : s.french, data: s.values, borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length], spanGaps: false, tension: 0.2 };
          })
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false, locale: english ? 'en-GB' : 'fr-FR', scales: { y: { beginAtZero: true } } }
      });
      canvas.dataset.series = String((trends.volumes || []).length);
    })
    .catch(function () { canvas.hidden = true; });
})();
