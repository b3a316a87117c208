/** Interface strings: The plan's full text. */
export const plan = {
  'plan.toc': '目录',
  'plan.targetsHere': '本条目标',
  'plan.unitsHere': '牵头单位',
  'plan.readClause': '在方案全文中阅读本条',
  'plan.clauseLink': '本条链接',
} as const;
