// Draws each figure table of the statistics page as a chart. The table stays the source and stays on the
// page (readers without JavaScript, screen readers and the CSV link use it); the chart only shows it.
(function () {
  'use strict';
  if (!window.echarts) { return; }
  document.querySelectorAll('.chart[data-table]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-table'));
    if (!table) { return; }
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent; });
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      return {
        label: tr.querySelector('th').textContent,
        values: Array.prototype.map.call(tr.querySelectorAll('td'), function (td) { return Number(td.textContent); })
      };
    });
    var labels = rows.map(function (r) { return r.label; });
    var series;
    if (table.getAttribute('data-chart') === 'stacked') {
      // every column but the first (the month) and the last (the total) is a channel
      series = heads.slice(1, heads.length - 1).map(function (name, i) {
        return { name: name, type: 'bar', stack: 'total', data: rows.map(function (r) { return r.values[i]; }) };
      });
    } else {
      series = [{ name: heads[1], type: 'bar', data: rows.map(function (r) { return r.values[0]; }) }];
    }
    box.classList.add('drawn');
    var chart = window.echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 45 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
