/** Every interface string of the site, keyed `area.key`. Plan facts never live here: they come from content/. */
export const ui = {
  'site.name': '绍兴节水',
  'site.tagline': '《绍兴市节水行动实施方案》公众网站',
  'site.draftNotice': '本站呈现的是方案的征求意见稿，并非最终印发文本。',
  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.plan': '方案全文',
  'nav.targets': '目标',
  'nav.projects': '五大工程',
  'nav.mechanisms': '八项机制',
  'nav.responsibilities': '任务分工',
  'nav.about': '关于',
  'nav.skip': '跳到正文',
  'nav.breadcrumb': '当前位置',
  'footer.source': '内容依据',
  'footer.madeBy': '本站为静态网站：不使用 Cookie，不做访问统计，不从其他网站加载任何资源。',
  'footer.sitemap': '网站地图',
  'plan.toc': '目录',
  'plan.targetsHere': '本条目标',
  'plan.unitsHere': '牵头单位',
  'plan.readClause': '在方案全文中阅读本条',
  'plan.clauseLink': '本条链接',
  'targets.deadline': '期限',
  'targets.scope': '范围',
  'targets.value': '目标值',
  'targets.target': '目标',
  'targets.clause': '出处',
  'targets.recurring': '每年',
  'targets.wording': '方案原文',
  'annex.workItem': '具体工作',
  'annex.lead': '牵头单位',
  'annex.participants': '参与单位',
  'annex.belongsTo': '所属条目',
  'annex.none': '（无）',
  'annex.difference': '附件与正文表述不同',
  'annex.body': '正文',
  'annex.annex': '附件',
} as const;

export type UiKey = keyof typeof ui;

/** Looks up an interface string. */
export const t = (key: UiKey): string => ui[key];
