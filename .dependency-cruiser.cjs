// The layering of src/, checked by `npm run layers` (scripts/check-layers.mjs) in `npm test`.
// Data flows one way: schemas → content (reading, checking) → domain (rules, view models) →
// charts → components → layouts → pages. Each rule says why it exists; a broken rule fails the
// run with its name and the import that breaks it.

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules that import each other cannot be understood or tested one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schemas-are-the-bottom',
      comment: 'Schemas describe content; they depend on nothing else in src/ (shared field types only).',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(content|domain|charts|components|layouts|pages|lib|routes)' },
    },
    {
      name: 'routes-are-a-leaf',
      comment: 'src/routes.ts only builds addresses; it must not pull content or code into every caller.',
      severity: 'error',
      from: { path: '^src/routes\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'Domain code is plain TypeScript tested without a build: no Astro, no components, no charts, no pages, no Astro content binding.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '(^astro:|\\.astro(\\.ts)?$|^src/(charts|components|layouts|pages)/|^src/content/(site-content|astro-loader|check-integration|prose)\\.ts$)' },
    },
    {
      name: 'chart-models-are-pure',
      comment: 'A chart model turns data, size and labels into a plain model: no Astro, no content loading, no components.',
      severity: 'error',
      from: { path: '^src/charts/[^/]+/(model|render)\\.ts$' },
      to: { path: '(^astro:|\\.astro(\\.ts)?$|^src/(content|components|layouts|pages)/)' },
    },
    {
      name: 'components-are-presentational',
      comment: 'Components, charts and page shells get their data as props from the page; they never load content (src/content/).',
      severity: 'error',
      from: { path: '^src/(components|charts|layouts)/' },
      to: { path: '^src/content/' },
    },
    {
      name: 'nothing-imports-pages',
      comment: 'Pages are the top of the tree: thin, and never imported by anything, each other included.',
      severity: 'error',
      from: {},
      to: { path: '^src/pages/' },
    },
    {
      name: 'islands-stay-small',
      comment: 'Browser islands must not bundle content, schemas, Node modules or the route table; they read what they need from data-* attributes.',
      severity: 'error',
      from: { path: '^src/(components|charts)/.+-(element|filter|quiz|mode|aloud|enhance)\\.ts$|^src/charts/[^/]+/enhance\\.ts$' },
      to: { path: '(^node:|^src/(content|schemas|routes)|^astro)' },
    },
    {
      name: 'lib-is-a-leaf',
      comment: 'src/lib holds the few truly cross-cutting helpers; they depend on nothing but interface strings.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(content|domain|charts|components|layouts|pages|schemas)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.test\\.ts$|__snapshots__)' },
    tsPreCompilationDeps: true,
    moduleSystems: ['es6'],
  },
};
