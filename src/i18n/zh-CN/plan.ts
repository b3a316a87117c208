/** Interface strings: The plan's full text. */
export const plan = {
  'plan.toc': '目录',
  'plan.tocHint': '点按展开',
  'plan.backToContents': '回到目录',
  'plan.targetsHere': '本条目标',
  'plan.unitsHere': '牵头单位',
  'plan.clausePage': '本条专页：目标、分工与责任单位',
  'plan.readClause': '在方案全文中阅读本条',
  'plan.annexElsewhere': '附件逐项列出每项具体工作的原文、牵头单位和参与单位，表格另页登载，见',
  'plan.annexPage': '附件全文',
  'plan.clauseLink': '本条链接',
} as const;
