/**
 * The search page's interface strings (src/components/search/). [COUNT] is a number; [TERMS],
 * [ALL] and [USED] are lists of words, each in quotation marks (“洗澡”“省水”).
 */
export const searchStrings = {
  label: '搜索本站',
  hint: '可以输入问题或关键词，如：洗澡怎么省水、漏损率、诸暨的目标。',
  placeholder: '输入问题或关键词',
  submit: '搜索',
  filters: '筛选',
  filtersSelected: '（已选 [COUNT] 项）',
  filtersClear: '清除筛选',
  loading: '正在加载搜索……',
  searching: '正在搜索……',
  results: '找到 [COUNT] 条与[TERMS]相关的结果',
  fallback: '未找到同时包含[ALL]的结果，以下是包含[USED]的结果（[COUNT] 条）',
  partial: '找到 [COUNT] 条与[TERMS]相关的结果；其后 [MORE] 条只包含[USED]',
  zero: '没有找到与[TERMS]相关的内容。可以换个说法，或从下面的栏目查找：',
  error: '搜索出错，请稍后再试，或从下面的栏目查找：',
  more: '显示更多结果',
  results_label: '搜索结果',
  sectionsTitle: '主要栏目',
  noScript: '搜索需要浏览器启用 JavaScript。也可以从下面的栏目查找：',
  inPage: '页内：',
} as const;

export type SearchStrings = typeof searchStrings;
