// Draws a board's chart from the data the page already shows in its table (data-names, data-values):
// without JavaScript the table is the page; with it, the clerk also sees the season at a glance.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.chart[data-names]').forEach(function (el) {
    var names = el.dataset.names.split('|').filter(Boolean);
    var values = el.dataset.values.split('|').filter(Boolean).map(Number);
    if (!window.echarts || names.length === 0) {
      el.remove();
      return;
    }
    echarts.init(el).setOption({
      title: { text: el.dataset.title, textStyle: { fontSize: 14 } },
      tooltip: {},
      grid: { left: 40, right: 10, bottom: 60 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', max: 100 },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#8b1e1e' } }]
    });
  });
});
