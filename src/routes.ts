/**
 * Every internal address of the site, in one place. Each helper mirrors a file in src/pages/;
 * tests/built/routes.test.ts builds every helper from the real content and checks that the page
 * (and, for anchors, the id on it) exists in dist/. Components and domain code never type a path.
 */

/** The kinds of plan entity, as src/schemas/shared.ts names them. */
type EntityKind = 'principle' | 'goal' | 'measure' | 'project' | 'task' | 'mechanism' | 'safeguard';

/** Plan entities that have a page of their own, and the folder it lives in. */
const ENTITY_FOLDERS: Record<EntityKind, string | null> = {
  principle: null,
  goal: null,
  measure: 'measures',
  project: 'projects',
  task: 'tasks',
  mechanism: 'mechanisms',
  safeguard: 'safeguards',
};

const enc = (segment: string) => encodeURIComponent(segment);

export const routes = {
  home: () => '/',
  about: (anchor?: string) => (anchor ? `/about/#${anchor}` : '/about/'),
  /** The draft-status explanation on /about/. */
  draftNotice: () => '/about/#draft',
  /** A bibliography entry on /about/. */
  source: (id: string) => `/about/#source-${enc(id)}`,
  accessibility: (anchor?: string) => (anchor ? `/accessibility/#${anchor}` : '/accessibility/'),
  methods: (anchor?: string) => (anchor ? `/methods/#${anchor}` : '/methods/'),
  search: () => '/search/',
  sitemap: () => '/sitemap-index.xml',

  /** The full text, or one clause in it. */
  plan: () => '/plan/',
  clause: (clauseId: string) => `/plan/#${enc(clauseId)}`,
  /** The contents of the full text, where each part's "回到目录" link leads. */
  planContents: () => '/plan/#contents',
  /** An entity's page, or its clause in the full text where it has no page. */
  entity: (ref: { kind: EntityKind; id: string }, clauseId?: string) => {
    const folder = ENTITY_FOLDERS[ref.kind];
    return folder ? `/${folder}/${enc(ref.id)}/` : `/plan/#${enc(clauseId ?? ref.id)}`;
  },
  /** The index page of one kind of entity (measures, projects …); null for kinds without one. */
  entityIndex: (kind: EntityKind) => (ENTITY_FOLDERS[kind] ? `/${ENTITY_FOLDERS[kind]}/` : null),

  targets: () => '/targets/',
  target: (id: string) => `/targets/${enc(id)}/`,
  /** One row of the dashboard table. */
  targetRow: (id: string) => `/targets/#target-${enc(id)}`,
  targetFilter: (facet: 'deadline' | 'section' | 'status', key: string) => `/targets/${facet}/${enc(key)}/`,
  indicators: () => '/indicators/',
  indicator: (id: string) => `/indicators/${enc(id)}/`,

  responsibilities: () => '/responsibilities/',
  /** The annex as published: its tables, one per part. */
  annex: () => '/plan/annex/',
  /** An annex row in the annex tables on /plan/annex/. */
  annexRow: (rowId: string) => `/plan/annex/#row-${enc(rowId)}`,
  /** Where one part of the annex starts on /plan/annex/. */
  annexGroup: (kind: string) => `/plan/annex/#group-${enc(kind)}`,
  matrix: () => '/responsibilities/#matrix-title',
  matrixStylesheet: () => '/responsibilities/matrix.css',
  departments: () => '/departments/',
  department: (id: string) => `/departments/${enc(id)}/`,

  sites: () => '/sites/',
  site: (id: string) => `/sites/${enc(id)}/`,
  /** Page n of a list whose first page is `base` ("/sites/" → "/sites/page/2/"). */
  sitesPage: (base: string, n: number) => (n <= 1 ? base : `${base}page/${n}/`),
  siteFacet: (facet: 'type' | 'county' | 'level' | 'status', value: string) => `/sites/${facet}/${enc(value)}/`,
  siteProgress: () => '/sites/progress/',
  siteFilterIndex: () => '/sites/filter-index.json',

  tips: () => '/tips/',
  tipsByPlace: (place: string) => `/tips/place/${enc(place)}/`,
  tipsFor: (audience: string) => `/tips/for/${enc(audience)}/`,
  tipsPrint: () => '/tips/print/',
  tip: (id: string) => `/tips/#tip-${enc(id)}`,
  calculator: () => '/calculator/',
  labels: () => '/labels/',
  labelProduct: (id: string) => `/labels/#product-${enc(id)}`,

  learn: () => '/learn/',
  lesson: (id: string) => `/learn/${enc(id)}/`,
  worksheet: (id: string) => `/learn/${enc(id)}/worksheet/`,
  lessonStage: (stage: string) => `/learn/stage/${enc(stage)}/`,
  lessonSubject: (subject: string) => `/learn/subject/${enc(subject)}/`,
  teachers: () => '/learn/teachers/',

  data: () => '/data/',
  /** A download: /data/targets.csv, /data/sites.json … */
  dataFile: (dataset: string, format: 'csv' | 'json') => `/data/${enc(dataset)}.${format}`,

  /** The city and its six county-level divisions: the index with the schematic map, and each one's page. */
  counties: () => '/counties/',
  county: (id: string) => `/counties/${enc(id)}/`,
  /** What changed on the site, newest first; one update; the RSS feed of updates. */
  updates: () => '/updates/',
  update: (id: string) => `/updates/${enc(id)}/`,
  feed: () => '/rss.xml',
  /** One published figure in the table of its indicator's page. */
  observation: (indicatorId: string, observationId: string) => `/indicators/${enc(indicatorId)}/#obs-${enc(observationId)}`,
  /** An indicator's chart alone, made to be shown inside other sites (iframe). */
  embed: (indicatorId: string) => `/embed/${enc(indicatorId)}/`,
  /** A chart's data (CSV) or picture (standalone SVG), built by src/pages/charts/[file].ts. */
  chartFile: (chartId: string, format: 'csv' | 'svg') => `/charts/${enc(chartId)}.${format}`,
  /** The 1,200 × 630 link-preview image of the site, a target or an indicator. */
  shareImage: (page?: { kind: 'target' | 'indicator'; id: string }) => (page ? `/og/${page.kind}s/${enc(page.id)}.png` : '/og/site.png'),
  /** How to ask for government information, once for the whole site; a part of that page. */
  request: (anchor?: string) => (anchor ? `/request/#${anchor}` : '/request/'),
  /** A printable request for disclosure of the figure a target needs. */
  targetRequest: (id: string) => `/targets/${enc(id)}/request/`,
} as const;

export type Routes = typeof routes;
