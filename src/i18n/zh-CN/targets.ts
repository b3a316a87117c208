/** Interface strings: Targets, statuses and charts. */
export const targets = {
  'targets.deadline': '期限',
  'targets.scope': '范围',
  'targets.value': '目标值',
  'targets.target': '目标',
  'targets.clause': '出处',
  'targets.recurring': '每年',
  'targets.wording': '方案原文',
  'chart.source': '来源',
  'chart.data': '查看图表数据（表格）',
  'chart.csv': '下载数据（CSV）',
  'chart.svg': '下载图（SVG）',
  'chart.legend': '图例',
  'chart.undated': '年份未注明',
  'chart.boundLegend': '空心点加箭头：只公布了上限或下限，箭头指向真实数值所在的一侧',
  'chart.undatedLegend': '“年份未注明”一栏：来源没有说明统计年份的数字',
  'chart.noFigure': '暂无公开数据。',
} as const;
