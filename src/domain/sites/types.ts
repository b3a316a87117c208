import type { SiteLevel, SiteType } from '../../schemas/sites';

/** How a site of one type counts towards one of the plan's targets. */
export interface TargetCount {
  /** The target id in content/targets/. */
  target: string;
  /** Count only sites recognised at these levels (e.g. 省级 for "省级不少于3个"); all levels when absent. */
  levels?: readonly SiteLevel[];
  /** `site`: each site counts once; `county`: each county-level division counts once (the city as a whole never). */
  countBy?: 'site' | 'county';
}

/** A kind of site: its name on the site, one sentence on what it is, and the targets it counts towards. */
export interface SiteTypeInfo {
  /** Name shown in lists and filters. */
  label: string;
  /** What the plan means by it, in one sentence. */
  about: string;
  /** Targets that count sites of this type; empty for kinds the plan names but does not count. */
  counts: readonly TargetCount[];
}

/**
 * Every site type, in the order the plan introduces them. The labels follow the plan's own words;
 * `counts` ties each type to the targets in content/targets/ (checked by src/domain/sites/integrity.ts).
 */
export const SITE_TYPES: Record<SiteType, SiteTypeInfo> = {
  'demo-hotel': { label: '节水示范酒店', about: '方案任务10“开展节水标杆示范”要求打造的节水示范酒店。', counts: [{ target: 'demo-hotels-2022' }] },
  'demo-campus': { label: '节水示范校园', about: '方案任务10要求打造的节水示范校园。', counts: [{ target: 'demo-campuses-2022' }] },
  'demo-community': { label: '节水示范小区', about: '方案任务10要求打造的节水示范小区。', counts: [{ target: 'demo-communities-2022' }] },
  'demo-enterprise': { label: '节水示范企业', about: '方案任务10要求培育的节水示范企业。', counts: [{ target: 'demo-enterprises-2022' }] },
  'water-saving-public-institution': { label: '节水型公共机构', about: '方案任务10要求完成建设的节水型公共机构。', counts: [{ target: 'water-saving-public-institutions-2022' }] },
  'education-base': {
    label: '节水宣传教育基地',
    about: '方案任务10要求建成的节水宣传教育基地，其中省级不少于3个。',
    counts: [{ target: 'education-bases-2022' }, { target: 'provincial-education-bases-2022', levels: ['provincial'] }],
  },
  'irrigation-district': { label: '节水型灌区', about: '方案任务1“实施农业节水灌溉”要求累计创建的省级节水型灌区。', counts: [{ target: 'provincial-irrigation-districts-2022', levels: ['provincial'] }] },
  'leader-enterprise': { label: '水效领跑者（工业企业）', about: '方案任务11要求遴选的水效领跑者工业企业。', counts: [{ target: 'leader-enterprise-2022' }] },
  'leader-product': { label: '水效领跑者（用水产品）', about: '方案任务11要求遴选的水效领跑者用水产品型号（品牌）。', counts: [{ target: 'leader-product-2022' }] },
  'leader-public-institution': { label: '水效领跑者（公共机构）', about: '方案任务11要求遴选的水效领跑者公共机构。', counts: [{ target: 'leader-public-institution-2022' }] },
  'benchmark-park': { label: '节水标杆园区', about: '方案任务5“推行水循环梯级利用”要求力争创建的节水标杆园区。', counts: [{ target: 'benchmark-park-2022' }] },
  'industrial-water-plant': { label: '工业水厂（新建、扩建）', about: '方案任务5要求新（扩）建的、以河道（河网）水为水源的工业水厂。', counts: [{ target: 'industrial-water-plant-2022' }] },
  'dual-supply-model': { label: '分质供水示范', about: '方案任务5要求推广其水源分质供水模式的工业水厂。', counts: [] },
  'water-plant-carrier': { label: '工业水厂建设载体', about: '方案任务5所说建设工业水厂的主要载体：省级以上经济开发区。', counts: [] },
  'urban-reclaimed-project': { label: '城市再生水利用项目', about: '方案任务9“加强非常规水利用”要求全市建设的城市再生水利用项目。', counts: [{ target: 'urban-reclaimed-project-2022' }] },
  'industrial-reclaimed-project': { label: '工业再生水利用项目', about: '方案任务9要求建设的工业再生水利用（试点）项目。', counts: [{ target: 'industrial-reclaimed-pilots-2022' }] },
  'thermal-plant-reclaimed': { label: '热电厂配套再生水利用工程', about: '方案任务9点名的年用水量超过400万m³、要逐步建设污水厂配套再生水利用工程的热电厂。', counts: [] },
  'reclaimed-pilot-area': { label: '再生水利用配置试点', about: '国家或省级部门确定的再生水利用配置试点地区。', counts: [] },
  'contract-water-saving': { label: '合同节水试点', about: '方案机制“拓展节水融资模式”要求完成的合同节水管理试点。', counts: [{ target: 'contract-water-saving-pilots-2022' }] },
  'water-saving-city': {
    label: '节水型城市',
    about: '国家或省级节水型城市；方案任务6要求全部县（市、区）达到国家或省级节水型城市标准。',
    counts: [{ target: 'county-water-saving-city-2022', countBy: 'county' }],
  },
  'water-saving-society': {
    label: '县域节水型社会达标',
    about: '达到节水型社会评价标准的县（市、区）；方案要求全部县（市、区）达标。',
    counts: [{ target: 'county-water-saving-society-2022', countBy: 'county' }],
  },
  'aquaculture-demo-farm': { label: '水产健康养殖示范场', about: '方案任务2“发展节水畜牧渔业”要求达到150家的水产健康养殖示范场。', counts: [{ target: 'aquaculture-demo-farms-2022' }] },
  'provincial-green-demo-zone': { label: '省级绿色发展示范区', about: '方案任务1要求建成的省级绿色发展示范区。', counts: [{ target: 'provincial-green-demo-zones-2022', levels: ['provincial'] }] },
  'city-green-demo-zone': { label: '市级绿色发展示范区', about: '方案任务1要求建成的市级绿色发展示范区。', counts: [{ target: 'city-green-demo-zones-2022', levels: ['city'] }] },
  'green-agriculture-county': { label: '农业绿色发展先行县', about: '方案任务1要求建成的农业绿色发展先行县。', counts: [{ target: 'green-agriculture-pilot-counties-2022', countBy: 'county' }] },
};

/** Type ids in display order. */
export const siteTypeIds = Object.keys(SITE_TYPES) as SiteType[];
