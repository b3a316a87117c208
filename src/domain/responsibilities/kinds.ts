import type { SiteContent } from '../../schemas/index';

const labels: Record<SiteContent['departments'][number]['kind'], string> = {
  'city-bureau': '市政府工作部门',
  'party-department': '市委部门',
  'financial-regulator': '金融管理机构',
  'vertical-agency': '垂直管理机构',
  'county-government': '县级党委政府',
  group: '泛称（多个单位）',
};

/** The kind of unit in plain Chinese. */
export const kindLabel = (kind: keyof typeof labels): string => labels[kind];
