// Draws each transparency chart from the JSON block its canvas names (data-chart). The table next
// to every chart holds the same figures; this script only adds the picture.
(function () {
  'use strict';
  var palette = ['#00558c', '#c8102e', '#1a6b2f', '#7a4d00', '#6a3d9a', '#008080', '#b15928', '#4a5361',
    '#e6a000', '#2f4b7c'];

  function draw(canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source || typeof Chart === 'undefined') {
      return;
    }
    var spec = JSON.parse(source.textContent);
    spec.datasets.forEach(function (dataset, i) {
      dataset.backgroundColor = palette[i % palette.length];
      dataset.borderColor = palette[i % palette.length];
    });
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: spec.datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: spec.stacked },
          y: { stacked: spec.stacked, beginAtZero: true }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  });
}());
