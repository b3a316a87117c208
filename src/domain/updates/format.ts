/** "2026-12-02" → "2026年12月2日"; "2021-04" → "2021年4月"; "2021" → "2021年". */
export const chineseDate = (date: string): string =>
  date
    .split('-')
    .map((part, i) => `${Number(part)}${'年月日'[i]}`)
    .join('');
