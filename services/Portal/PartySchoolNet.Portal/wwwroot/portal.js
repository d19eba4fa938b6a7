// Saves bytes the portal fetched for the person (evidence, an export) as a file: the browser never needs the person's token.
window.portalSaveFile = async (fileName, contentType, stream) => {
  const url = URL.createObjectURL(new Blob([await stream.arrayBuffer()], { type: contentType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
};

// Draws or redraws an ECharts chart in the element (the element itself carries the chart's description for screen readers).
window.portalChart = {
  render: (element, option) => {
    const chart = echarts.getInstanceByDom(element) ?? echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(option, true);
  },
  dispose: (element) => echarts.getInstanceByDom(element)?.dispose(),
};
