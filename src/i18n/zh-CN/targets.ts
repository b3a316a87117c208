/** Interface strings: Targets, statuses and charts. */
export const targets = {
  'targets.deadline': '期限',
  'targets.scope': '范围',
  'targets.value': '目标值',
  'targets.target': '目标',
  'targets.clause': '出处',
  'targets.latest': '数字与目标',
  'targets.status': '状态',
  'targets.recurring': '每年',
  'targets.wording': '方案原文',
  'chart.source': '资料来源',
  'chart.data': '查看图表数据（表格）',
} as const;
