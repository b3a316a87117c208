import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { loadContent } from '../../../src/content/load';
import { CONTENT_DIR, ContentCopy, problemsAfter } from '../../helpers/content-copy';
import { today } from '../../../src/schemas/checks/dates';

/**
 * Damages a copy of the real content in one way at a time, as a careless editor or a hostile
 * file would, and checks that the build's content check stops with the exact message: the file
 * (and entry), the field, what was expected and what was found. Rendering of hostile text that
 * the checks let through is covered by fault-injection-render.test.ts.
 */

const TARGET = 'targets/total-water-use-2022.yaml';
const OBS = 'observations/total-water-use.yaml';
const OBS0 = `${OBS} [total-water-use-2009]`;
const ANNEX = 'responsibilities/annex.yaml';
const SOURCE = 'sources/bulletin-2016.yaml';
const SITE = 'sites/yuecheng-xixiaolu-education-base.yaml';
const PROJECT_SITE = 'sites/keqiao-reclaimed-water-project.yaml';
const TIP = 'tips/collect-cold-water.yaml';
const LESSON = 'lessons/tap-detectives.yaml';
const UPDATE = 'updates/2026-12-02.mdx';
const OLDER_UPDATE = 'updates/2026-11-29.mdx';
/** Rewrites the date in an update's frontmatter. */
/** How many ids the older update lists under `changes` (its first review of all the data). */
const CHANGED_IN_OLDER = (() => {
  const older = loadContent(CONTENT_DIR).updates.find((u) => u.id === '2026-11-29')!;
  return Object.values(older.changes).reduce((n, ids) => n + ids.length, 0);
})();
const NO_REVIEW = 'updates/: no entry reviews the data (every entry has dataReviewed: false, or the folder is empty); add one with the date the data was reviewed (every status is computed "as of" the latest)';
const updateDated = (date: string): Damage => (c) => c.write(UPDATE, c.read(UPDATE).replace('date: "2026-12-02"', `date: "${date}"`));
const REUSE = 'targets/industrial-water-reuse-2022.yaml';
const HOTELS = 'targets/demo-hotels-2022.yaml';
const GDP = 'targets/gdp-water-intensity-2022.yaml';
const COUNTY_CITY = 'targets/county-water-saving-city-2022.yaml';
const TOILET = 'coefficients/toilet-water-saving.yaml';
const TOILET_HE = 'coefficients/toilet-high-efficiency.yaml';

type Damage = (c: ContentCopy) => void;
type Case = [name: string, damage: Damage, problem: string];

const edit = (file: string, change: (data: any) => void): Damage => (c) => c.edit(file, change);
const firstObservation = (change: (o: any) => void): Damage => edit(OBS, (list) => change(list[0]));
const setUrl = (url: string) => edit(SOURCE, (s) => { s.url = url; });
const relatedHref = (href: string) => edit(LESSON, (l) => { l.related = [{ label: '链接', href }]; });
const tipBody = (body: string) => edit(TIP, (t) => { t.body = body; });
const HUGE = `title: "x"\nnote: "${'水'.repeat(400_000)}"\n`;
const TODAY = today();
const MIRROR = `${SOURCE}: url points to a copy on a document-sharing site (www.gcs66.com); cite the original and keep the copy only in an observation's retrievedFrom`;

const files: Case[] = [
  ['broken YAML', (c) => c.write(TARGET, 'title: [unclosed\nvalue: 20\n'), `${TARGET}: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (line 2, column 1)`],
  ['a key written twice', (c) => c.write(SOURCE, `${c.read(SOURCE)}title: again\n`), `${SOURCE}: is not valid YAML: Map keys must be unique (line 9, column 1)`],
  ['tab-indented YAML', (c) => c.write(TARGET, c.read(TARGET).replace('parent: { kind: "goal", id: "goals-2022" }', 'parent:\n\tkind: goal')), `${TARGET}: is not valid YAML: Tabs are not allowed as indentation (line 16, column 1)`],
  ['a list file that is not a list', (c) => c.write(ANNEX, 'id: measure-dual-control-1\n'), `${ANNEX}: must be a list of entries (each starting with "- id: …")`],
  ['an empty list file', (c) => c.write(OBS, '[]\n'), `${OBS}: list is empty; add entries or delete the file`],
  ['a list file with only comments', (c) => c.write(OBS, '# figures to come\n'), `${OBS}: file is empty or holds only comments; add the list of entries or delete the file`],
  ['an empty file', (c) => c.write(TARGET, ''), `${TARGET}: file is empty or holds only comments; add the entry's fields or delete the file`],
  ['a file with only comments', (c) => c.write(TARGET, '# TODO\n# later\n'), `${TARGET}: file is empty or holds only comments; add the entry's fields or delete the file`],
  ['a file that is one word, not fields', (c) => c.write(TARGET, 'hello\n'), `${TARGET}: must be a set of fields (key: value), got "hello"`],
  ['a list entry that is not a set of fields', (c) => c.write(OBS, `- just a sentence\n${c.read(OBS)}`), `${OBS} [#1]: must be a set of fields (key: value), got "just a sentence"`],
  ['invalid UTF-8 bytes', (c) => c.write(TARGET, Buffer.concat([Buffer.from('title: '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')])), `${TARGET}: file is not valid UTF-8 text (save it as UTF-8)`],
  ['a file over 1 MiB', (c) => c.write(TARGET, HUGE), `${TARGET}: file is ${Buffer.byteLength(HUGE)} bytes; a content file must be at most 1048576 bytes`],
  ['a !!binary tag', (c) => c.write(TARGET, c.read(TARGET).replace('note: null', 'note: !!binary aGVsbG8=')), `${TARGET}: uses the YAML tag !!binary (line 17); content files hold plain values only`],
  ['a custom !js/function tag', (c) => c.write(TARGET, c.read(TARGET).replace('note: null', 'note: !js/function "function () {}"')), `${TARGET}: uses the YAML tag !js/function (line 17); content files hold plain values only`],
  ['an anchor and an alias', (c) => c.write(TARGET, c.read(TARGET).replace('title: "全市', 'title: &t "全市').replace('note: null', 'note: *t')), `${TARGET}: uses an anchor &t (line 1); write the value out`],
  ['NaN as a value (.nan)', (c) => c.write(TARGET, c.read(TARGET).replace('value: 20', 'value: .nan')), `${TARGET}: value must be a number or null (got .nan, not a number)`],
  ['infinity as a value (.inf)', (c) => c.write(TARGET, c.read(TARGET).replace('value: 20', 'value: .inf')), `${TARGET}: value must be a number or null (got .inf, infinity)`],
  ['negative infinity (-.inf)', firstObservation((o) => { o.value = -Infinity; }), `${OBS0}: value must be a number or null (got -.inf, infinity)`],
  ['lists nested 10,000 deep', (c) => c.write(TARGET, `note: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`), `${TARGET}: is not valid YAML: lists or maps are nested too deeply`],
  ['no update entry at all (no as-of date)', (c) => { c.delete(UPDATE); c.delete(OLDER_UPDATE); }, NO_REVIEW],
  ['no update entry that reviewed the data', (c) => { for (const file of [UPDATE, OLDER_UPDATE]) c.write(file, c.read(file).replace(/^date: /m, 'dataReviewed: false\ndate: ')); }, NO_REVIEW],
  ['a file name that cannot be a URL', (c) => c.write('targets/Total Water.yaml', c.read(TARGET)), 'targets/Total Water.yaml: file name must be a lowercase slug (a-z, 0-9, -) because it becomes the URL'],
  ['two YAML documents in one file', (c) => c.write(TARGET, `${c.read(TARGET)}---\ntitle: second\n`), `${TARGET}: is not valid YAML: a line "---" at line 18 starts a second document; a content file holds one`],
  ['a folder named like a content file', (c) => mkdirSync(c.path('targets/extra.yaml')), 'targets/extra.yaml: is not a file (a folder or link named like a content file); rename or remove it'],
  ['a misspelt field 900 KB long, with an invisible character', edit(TARGET, (t) => { t[`\u200b${'x'.repeat(900_000)}`] = 1; }), `${TARGET}: \\u200B${'x'.repeat(56)}… is not a known field (check its spelling)`],
];

const shape: Case[] = [
  ['a required field missing', edit(TARGET, (t) => { delete t.title; }), `${TARGET}: title is missing; it must be text`],
  ['a number written as a word', edit(TARGET, (t) => { t.value = 'twenty'; }), `${TARGET}: value must be a number or null (got "twenty")`],
  ['one value where a list belongs', edit(TARGET, (t) => { t.scope = 'shaoxing'; }), `${TARGET}: scope must be a list of county ids (got "shaoxing")`],
  ['a misspelt field', edit(TARGET, (t) => { t.dealine = t.deadline; }), `${TARGET}: dealine is not a known field (check its spelling)`],
  ['a value outside a closed list', edit(TARGET, (t) => { t.kind = 'goal'; }), `${TARGET}: kind must be quantitative, milestone or vision (got "goal")`],
  ['a year written in Chinese numerals', firstObservation((o) => { o.year = '二〇〇九'; }), `${OBS0}: year must be a year between 1949 and 2100 (got "二〇〇九")`],
  ['a year with a letter O for a zero', edit(TARGET, (t) => { t.deadline = '2O22'; }), `${TARGET}: deadline must be a year between 1949 and 2100 (got "2O22")`],
  ['a year out of range', edit(TARGET, (t) => { t.deadline = 20222; }), `${TARGET}: deadline must be a year between 1949 and 2100 (got 20222)`],
  ['a number too large to print (1e21)', edit(TARGET, (t) => { t.value = 1e21; }), `${TARGET}: value must be a number or null below 10^15 in size (got 1e+21)`],
  ['a number too small to print as written (1e-7)', firstObservation((o) => { o.value = 1e-7; }), `${OBS0}: value must be a number or null written with at most 6 decimal places (got 1e-7)`],
  ['the same id twice in a list file', edit(OBS, (list) => { list[1].id = list[0].id; }), `${OBS0}: id "total-water-use-2009" is used twice (also in ${OBS0}); ids must be unique`],
  ['a slug with capitals', edit(TARGET, (t) => { t.indicator = 'Total-Water-Use'; }), `${TARGET}: indicator must be a lowercase slug (a-z, 0-9, -) (got "Total-Water-Use")`],
];

const text: Case[] = [
  ['an empty title', edit(TARGET, (t) => { t.title = ''; }), `${TARGET}: title must not be empty (got "")`],
  ['wording of only spaces and line breaks', edit(TARGET, (t) => { t.wording = '  \n  '; }), `${TARGET}: wording must not be empty (got "  \\n  ")`],
  ['a NUL character', edit(TARGET, (t) => { t.title = '全市\u0000用水'; }), `${TARGET}: title must not contain a control character (found U+0000 at character 3); retype the text around it (got "全市\\u0000用水")`],
  ['an ESC character', edit(SOURCE, (s) => { s.note = '见\u001b[31m红字'; }), `${SOURCE}: note must not contain a control character (found U+001B at character 2); retype the text around it (got "见\\u001b[31m红字")`],
  ['a tab inside text', edit(SITE, (s) => { s.name = '教育\t基地'; }), `${SITE}: name must not contain a control character (found U+0009 at character 3); retype the text around it (got "教育\\t基地")`],
  ['a C1 control character (NEL)', edit(SITE, (s) => { s.note = '第一行\u0085第二行'; }), `${SITE}: note must not contain a C1 control character (found U+0085 at character 4); retype the text around it (got "第一行\\u0085第二行")`],
  ['a zero-width space inside a title', edit(TARGET, (t) => { t.title = '全市用\u200b水总量'; }), `${TARGET}: title must not contain a zero-width or invisible character (found U+200B at character 4); retype the text around it (got "全市用\\u200B水总量")`],
  ['a title of only zero-width spaces', edit(TARGET, (t) => { t.title = '\u200b\u200b\u200b'; }), `${TARGET}: title must not contain a zero-width or invisible character (found U+200B at character 1); retype the text around it (got "\\u200B\\u200B\\u200B")`],
  ['a byte-order mark inside text', edit(TIP, (t) => { t.title = '接住\ufeff冷水'; }), `${TIP}: title must not contain a zero-width or invisible character (found U+FEFF at character 3); retype the text around it (got "接住\\uFEFF冷水")`],
  ['a soft hyphen', edit(LESSON, (l) => { l.title = '水龙头\u00ad侦探'; }), `${LESSON}: title must not contain a zero-width or invisible character (found U+00AD at character 4); retype the text around it (got "水龙头\\u00AD侦探")`],
  ['a right-to-left override', edit(SOURCE, (s) => { s.title = '公报\u202efdp.exe'; }), `${SOURCE}: title must not contain a bidirectional control character (found U+202E at character 3); retype the text around it (got "公报\\u202Efdp.exe")`],
  ['a bidi isolate', edit('departments/water.yaml', (d) => { d.name = '\u2066水利局\u2069'; }), 'departments/water.yaml: name must not contain a bidirectional control character (found U+2066 at character 1); retype the text around it (got "\\u2066水利局\\u2069")'],
  ['a replacement character from a damaged copy', edit(TARGET, (t) => { t.note = '用水总量\ufffd亿'; }), `${TARGET}: note must not contain a replacement or object character (the text was damaged when it was copied) (found U+FFFD at character 5); retype the text around it (got "用水总量\\uFFFD亿")`],
  ['a 900 KB title (under the file limit)', edit(TARGET, (t) => { t.title = 'a'.repeat(900_000); }), `${TARGET}: title must be at most 200 characters long (got "${'a'.repeat(56)}…)`],
  ['a note longer than 2,000 characters', edit(TARGET, (t) => { t.note = '水'.repeat(2001); }), `${TARGET}: note must be at most 2000 characters long (got "${'水'.repeat(56)}…)`],
  ['a unit longer than 40 characters', edit(TARGET, (t) => { t.unit = '亿'.repeat(41); }), `${TARGET}: unit must be at most 40 characters long (got "${'亿'.repeat(41)}")`],
  ['a search term list of 31 words', edit('indicators/total-water-use.yaml', (i) => { i.searchTerms = Array.from({ length: 31 }, (_, n) => `词${n}`); }), 'indicators/total-water-use.yaml: searchTerms must list at most 30 words (got ["词0","词1","词2","词3","词4","词5","词6","词7","词8","词9","词10",…)'],
  ['a line separator (U+2028)', edit(TARGET, (t) => { t.note = '第一行\u2028第二行'; }), `${TARGET}: note must not contain a line or paragraph separator (use an ordinary line break) (found U+2028 at character 4); retype the text around it (got "第一行\\u2028第二行")`],
  ['a private-use character', edit(TARGET, (t) => { t.note = '用水\ue000总量'; }), `${TARGET}: note must not contain a private-use character (it shows as a box or a wrong glyph) (found U+E000 at character 3); retype the text around it (got "用水\\uE000总量")`],
  ['an invisible tag character (U+E0041)', edit(TARGET, (t) => { t.note = '用水\u{E0041}总量'; }), `${TARGET}: note must not contain a zero-width or invisible character (found U+E0041 at character 3); retype the text around it (got "用水\\uE0041总量")`],
  ['a variation selector', edit(TIP, (t) => { t.title = '接住冷水\ufe0f'; }), `${TIP}: title must not contain a zero-width or invisible character (found U+FE0F at character 5); retype the text around it (got "接住冷水\\uFE0F")`],
  ['a noncharacter (U+FFFF)', edit(TARGET, (t) => { t.note = '用水\uffff'; }), `${TARGET}: note must not contain a noncharacter (the text was damaged when it was copied) (found U+FFFF at character 3); retype the text around it (got "用水\\uFFFF")`],
  ['a title of ideographic spaces', edit(TIP, (t) => { t.title = '\u3000\u3000'; }), `${TIP}: title must not be empty (got "\u3000\u3000")`],
];

const figures: Case[] = [
  ['a figure in another unit (195000万m³ for 亿m³)', edit(OBS, (list) => { list.push({ ...list.at(-1), id: 'total-water-use-2022', year: 2022, value: 195000, unit: '万m³' }); }),
    `${OBS} [total-water-use-2022]: unit must be "亿m³", the unit of indicators/total-water-use.yaml (convert the value if the source uses another unit) (got "万m³")`],
  ['a full-width ％ figure of 120 for a % indicator', edit('observations/public-supply-leakage-rate.yaml', (list) => { list[0].unit = '％'; list[0].value = 120; }),
    'observations/public-supply-leakage-rate.yaml [leakage-rate-city-2025]: unit must be "%", the unit of indicators/public-supply-leakage-rate.yaml (convert the value if the source uses another unit) (got "％")'],
  ['an observed percentage of 150', edit('observations/reclaimed-water.yaml', (list) => { list.find((o: { unit: string }) => o.unit === '%').value = 150; }),
    'observations/reclaimed-water.yaml [reclaimed-rate-keqiao-2024]: value must be a percentage between 0 and 100 (indicator urban-reclaimed-water-use-rate is a rate in %) (got 150)'],
  ['a negative volume', firstObservation((o) => { o.value = -22.2; }), `${OBS0}: value must be a volume above 0 (indicator total-water-use is a total in 亿m³) (got -22.2)`],
  ['an implausible volume (5000亿m³ for one city)', firstObservation((o) => { o.value = 5000; }), `${OBS0}: value must be a volume of at most 100亿m³ (100亿m³, five times the city's largest yearly total) (indicator total-water-use is a total in 亿m³) (got 5000)`],
  ['a second, different figure for the same year', edit(OBS, (list) => { list.push({ ...list[0], id: 'total-water-use-2009-again', value: 21 }); }),
    `${OBS} [total-water-use-2009-again]: year 2009 already has a figure for total-water-use in shaoxing (${OBS0}); one value per indicator, year, scope and quantity: keep one and explain the other in its note`],
  ['a figure dated after the data\'s as-of date', firstObservation((o) => { o.year = 2031; }), `${OBS0}: year must not be after the data's as-of date 2026-12-02 (the latest entry in content/updates/ that reviewed the data) (got 2031)`],
  ['a figure published before the year it describes', firstObservation((o) => { o.published = '2008-05'; }), `${OBS0}: published must not come before the year the figure describes, 2009 (got "2008-05")`],
  ['a figure with neither value nor finding', firstObservation((o) => { o.value = null; }), `${OBS0}: value is missing; give the published number, or a finding when the source gives none`],
  ['a figure with no year and no reason', firstObservation((o) => { o.year = null; }), `${OBS0}: yearNote is missing; say why the year is unknown`],
  ['an observation without a source', firstObservation((o) => { delete o.source; }), `${OBS0}: source is missing; it must be a lowercase slug (a-z, 0-9, -)`],
  ['an unknown source', firstObservation((o) => { o.source = 'hearsay'; }), `${OBS0}: source names unknown source "hearsay" (expected one of the ids in content/sources/)`],
  ['an unknown indicator', firstObservation((o) => { o.indicator = 'water-use-total'; }), `${OBS0}: indicator names unknown indicator "water-use-total" (expected one of the ids in content/indicators/)`],
  ['a GDP intensity without its price basis', edit('observations/intensity.yaml', (list) => { delete list[1].priceBasis; }), 'observations/intensity.yaml [withdrawal-gdp-shengzhou-2019]: priceBasis is missing; a figure per 万元 of GDP or value added must say current, comparable or unstated'],
  ['a publication date that disagrees with the source', edit('observations/intensity.yaml', (list) => { list[0].published = '2024-06'; }), 'observations/intensity.yaml [gdp-intensity-change-2025]: published must agree with the date of sources/shaoxing-daily-2025-12.yaml, 2025-12 (got "2024-06")'],
  ['a number for a milestone', edit(OBS, (list) => { list.push({ ...list[0], id: 'caoe-plan-number', indicator: 'caoe-river-allocation-plan', unit: '', value: 1 }); }), `${OBS} [caoe-plan-number]: value must be null for a milestone (indicators/caoe-river-allocation-plan.yaml): give a finding instead (got 1)`],
];

const targets: Case[] = [
  ['a target value that its wording does not state', edit(TARGET, (t) => { t.value = 25; }), `${TARGET}: value must be a number the wording states (20) (got 25)`],
  ['a target pointed at the preamble', edit(TARGET, (t) => { t.clause = 'preamble'; }), `${TARGET}: wording must be found, word for word, in the text of clause "preamble" (got "全市用水总量控制在20亿立方米以内")`],
  ['wording that the plan does not say', edit(TARGET, (t) => { t.wording = '全市用水总量控制在25亿立方米以内'; t.value = 25; }), `${TARGET}: wording must be found, word for word, in the text of clause "goals-2022" (got "全市用水总量控制在25亿立方米以内")`],
  ['a deadline the clause does not name', edit(TARGET, (t) => { t.deadline = 2023; }), `${TARGET}: deadline must be a year that clause "goals-2022" names (2015, 2022) (got 2023)`],
  ['a baseline year the clause does not name', edit(GDP, (t) => { t.baseline = { year: 2016 }; }), `${GDP}: baseline.year must be a year that clause "goals-2022" names (2015, 2022) (got 2016)`],
  ['a deadline before the baseline', edit('targets/gdp-water-intensity-2025.yaml', (t) => { t.deadline = 2014; }), 'targets/gdp-water-intensity-2025.yaml: deadline must come after baseline.year 2015 (got 2014)'],
  ['a scope listing 诸暨 twice', edit('targets/county-leakage-2022.yaml', (t) => { t.scope = ['zhuji', 'zhuji']; }), 'targets/county-leakage-2022.yaml: scope[1] must not repeat an earlier entry; list each of the county ids once (got "zhuji")'],
  ['"all counties" that are not all', edit(COUNTY_CITY, (t) => { t.value = 5; }), `${COUNTY_CITY}: value must be 6, the number of county-level divisions in content/counties/, because the wording says 全部县（市、区） (got 5)`],
  ['a full-width ％ target of 120', edit(REUSE, (t) => { t.unit = '％'; t.value = 120; }), `${REUSE}: value must be a percentage between 0 and 100 (got 120)`],
  ['a target percentage of 150', edit(REUSE, (t) => { t.value = 150; }), `${REUSE}: value must be a percentage between 0 and 100 (got 150)`],
  ['a target in another unit than its indicator', edit(TARGET, (t) => { t.unit = '万m³'; }), `${TARGET}: unit must be "亿m³", the unit of indicators/total-water-use.yaml (got "万m³")`],
  ['a reduce-by target not in per cent', edit(GDP, (t) => { t.unit = 'm³/万元'; }), `${GDP}: unit must be "%", a reduce-by target is a reduction in per cent (got "m³/万元")`],
  ['a negative count target', edit(HOTELS, (t) => { t.value = -10; }), `${HOTELS}: value must be a whole number of at least 0 for a count (indicator demo-hotels-count is a count) (got -10)`],
  ['a count target with a fraction', edit(HOTELS, (t) => { t.value = 10.5; }), `${HOTELS}: value must be a whole number of at least 0 for a count (indicator demo-hotels-count is a count) (got 10.5)`],
  ['a coefficient target above 1', edit('targets/irrigation-coefficient-2022.yaml', (t) => { t.value = 6.01; }), 'targets/irrigation-coefficient-2022.yaml: value must be a coefficient above 0 and at most 1 (indicator irrigation-water-use-coefficient is a coefficient) (got 6.01)'],
  ['a milestone carrying a number', edit('targets/caoe-river-allocation-2022.yaml', (t) => { t.value = 1; }), 'targets/caoe-river-allocation-2022.yaml: value and comparator must be null for a milestone'],
  ['a reduce-by target without a baseline', edit(GDP, (t) => { t.baseline = null; }), `${GDP}: baseline is missing; a reduce-by target needs the year it is measured from`],
  ['a range whose top is not above its bottom', edit('targets/cross-county-river-allocation-2022.yaml', (t) => { t.valueMax = 1; }), 'targets/cross-county-river-allocation-2022.yaml: valueMax must be larger than value for a "between" target (got 1)'],
  ['an unknown clause', edit(TARGET, (t) => { t.clause = 'goals-2023'; }), `${TARGET}: clause names unknown clause "goals-2023" (expected one of the ids in content/plan/)`],
  ['a clause listed twice in alsoIn', edit(TARGET, (t) => { t.alsoIn = ['goals-2022', 'goals-2022']; }), `${TARGET}: alsoIn[1] must not repeat an earlier entry; list each of the clause ids once (got "goals-2022")`],
  ['a scope of the whole city and a county at once', edit(TARGET, (t) => { t.scope = ['shaoxing', 'zhuji']; }), `${TARGET}: scope must be either [shaoxing] (the whole city) or a list of county-level divisions, not both (got ["shaoxing","zhuji"])`],
  ['an upper end on a target that is no range', edit(TARGET, (t) => { t.valueMax = 25; }), `${TARGET}: valueMax must be null unless comparator is "between" (comparator is "at-most") (got 25)`],
  ['the same target twice', (c) => c.write('targets/total-water-use-2022-copy.yaml', c.read(TARGET)), `${TARGET}: repeats targets/total-water-use-2022-copy.yaml (same indicator, deadline, scope, comparator and value); a commitment the plan states twice is one target with alsoIn`],
];

const dates: Case[] = [
  ['30 February', edit(SOURCE, (s) => { s.date = '2022-02-30'; }), `${SOURCE}: date must be a real calendar date: 2022-02 has 28 days (got "2022-02-30")`],
  ['29 February in a year that is not a leap year (2100)', edit(PROJECT_SITE, (s) => { s.started = '2100-02-29'; }), `${PROJECT_SITE}: started must be a real calendar date: 2100-02 has 28 days (got "2100-02-29")`],
  ['month 13', edit(SOURCE, (s) => { s.date = '2022-13'; }), `${SOURCE}: date must be a real calendar date: the month must be 01 to 12 (got "2022-13")`],
  ['a date written with slashes', edit(SOURCE, (s) => { s.date = '2022/01/05'; }), `${SOURCE}: date must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "2022/01/05")`],
  ['an update dated 2099', updateDated('2099-01-01'), `${UPDATE}: date must not be later than today, ${TODAY} (a date in the future cannot have been published or checked) (got "2099-01-01")`],
  ['an update with only a month', updateDated('2026-11'), `${UPDATE}: date must be a full date YYYY-MM-DD (got "2026-11")`],
  ['a site-only update (dataReviewed: false) that lists changed data', (c) => c.write(OLDER_UPDATE, c.read(OLDER_UPDATE).replace(/^date: /m, 'dataReviewed: false\ndate: ')), `${OLDER_UPDATE}: changes must be empty when dataReviewed is false (an entry that did not review the data cannot list data it changed; got ${CHANGED_IN_OLDER} ids)`],
  ['dataReviewed written as a word', (c) => c.write(UPDATE, c.read(UPDATE).replace(/^date: /m, 'dataReviewed: no\ndate: ')), `${UPDATE}: dataReviewed must be true or false (got "no")`],
  ['a source published in the future', edit(SOURCE, (s) => { s.date = '2099-05'; }), `${SOURCE}: date must not be later than today, ${TODAY} (a date in the future cannot have been published or checked) (got "2099-05")`],
  ['a source read in the future', edit(SOURCE, (s) => { s.accessed = '2098-12-31'; }), `${SOURCE}: accessed must not be later than today, ${TODAY} (a date in the future cannot have been published or checked) (got "2098-12-31")`],
  ['a source dated after it was read', edit(SOURCE, (s) => { s.date = '2025-06'; s.accessed = '2025-05-20'; }), `${SOURCE}: date must not be after accessed 2025-05-20 (a document cannot be read before it is published) (got "2025-06")`],
  ['a figure published in the future', firstObservation((o) => { o.published = '2097'; }), `${OBS0}: published must not be later than today, ${TODAY} (a date in the future cannot have been published or checked) (got "2097")`],
  ['a project completed before it started', edit(PROJECT_SITE, (s) => { s.completed = '2021-12'; }), `${PROJECT_SITE}: completed must not come before started 2022-04 (got 2021-12)`],
  ['a project completed in the future', edit(PROJECT_SITE, (s) => { s.completed = '2099-12'; }), `${PROJECT_SITE}: completed must not be later than today, ${TODAY} (a date in the future cannot have been published or checked) (got "2099-12")`],
  ['a site recognised after the as-of date', edit(SITE, (s) => { s.year = 2030; }), `${SITE}: year must not be after the data's as-of year 2026 (the latest entry in content/updates/ that reviewed the data) (got 2030)`],
  ['a venue designated after the as-of date', edit('lessons/field-trip-education-base.yaml', (l) => { l.venues[0].since = 2030; }), 'lessons/field-trip-education-base.yaml: venues[0].since must not be after the data\'s as-of year 2026 (the latest entry in content/updates/ that reviewed the data) (got 2030)'],
];

const links: Case[] = [
  ['a javascript: link', setUrl('javascript:alert(document.cookie)'), `${SOURCE}: url must be an http(s) address (got "javascript:alert(document.cookie)")`],
  ['a data: link', setUrl('data:text/html,<script>alert(1)</script>'), `${SOURCE}: url must be an http(s) address (got "data:text/html,<script>alert(1)</script>")`],
  ['a malformed URL (bad IPv6 host)', setUrl('http://[::1/x'), `${SOURCE}: url must be a valid http(s) address (the browser cannot read it) (got "http://[::1/x")`],
  ['a URL with a space in the host', setUrl('https://www.sx gov.cn/'), `${SOURCE}: url must be a web address without spaces or line breaks (got "https://www.sx gov.cn/")`],
  ['a URL with a user name before the host', setUrl('https://www.sx.gov.cn@evil.example/'), `${SOURCE}: url must not carry a user name or password before the host (…@host hides where the link goes) (got "https://www.sx.gov.cn@evil.example/")`],
  ['a link to a document-sharing mirror', setUrl('https://www.gcs66.com/document_detail/78688.html'), MIRROR],
  ['a mirror written with a trailing dot', setUrl('https://www.gcs66.com./document_detail/78688.html'), MIRROR],
  ['a mirror written in capitals', setUrl('https://WWW.GCS66.COM/document_detail/78688.html'), MIRROR],
  ['a mirror written in full-width letters', setUrl('https://ｗｗｗ.ｇｃｓ６６.ｃｏｍ/document_detail/78688.html'), MIRROR],
  ['a mirror on a subdomain with a port', setUrl('http://m.360elib.com:2027/detail.aspx'), `${SOURCE}: url points to a copy on a document-sharing site (m.360elib.com); cite the original and keep the copy only in an observation's retrievedFrom`],
  ['an IPv4 address', setUrl('http://127.0.0.1/bulletin.pdf'), `${SOURCE}: url must name the publisher's web host, not an IP address (got 127.0.0.1)`],
  ['an IPv4 address written as one decimal number', setUrl('http://2130706433/bulletin.pdf'), `${SOURCE}: url must name the publisher's web host, not an IP address (got 127.0.0.1)`],
  ['an IPv4 address written in hexadecimal', setUrl('http://0x7f.0x0.0x0.0x1/bulletin.pdf'), `${SOURCE}: url must name the publisher's web host, not an IP address (got 127.0.0.1)`],
  ['an IPv6 address', setUrl('http://[::1]/bulletin.pdf'), `${SOURCE}: url must name the publisher's web host, not an IP address (got [::1])`],
  ['a host without a domain', setUrl('http://intranet/bulletin.pdf'), `${SOURCE}: url must name a public web host with a domain (got intranet)`],
  ['a malformed copy address in retrievedFrom', firstObservation((o) => { o.retrievedFrom = 'https://'; }), `${OBS0}: retrievedFrom must be a valid http(s) address (the browser cannot read it) (got "https://")`],
  ['a lesson link to //host', relatedHref('//evil.example/'), `${LESSON}: related[0].href must be a path on this site, like /calculator/ ("//host" would lead to another site) (got "//evil.example/")`],
  ['a lesson link to /\\host', relatedHref('/\\evil.example/'), `${LESSON}: related[0].href must be a path on this site, like /calculator/ ("//host" would lead to another site) (got "/\\\\evil.example/")`],
  ['a lesson link over plain http', relatedHref('http://www.sx.gov.cn/'), `${LESSON}: related[0].href must be a path on this site (starting with one "/") or an https: address (got "http://www.sx.gov.cn/")`],
  ['a lesson link to a page that does not exist', relatedHref('/calculater/'), `${LESSON}: related[0].href must be a page this site builds (see src/routes.ts), like /calculator/ (got "/calculater/")`],
  ['a lesson link to an anchor that does not exist', relatedHref('/plan/#no-such-clause'), `${LESSON}: related[0].href must point at an anchor that exists on /plan/ (got "/plan/#no-such-clause")`],
  ['the same document linked twice, written differently', edit('sources/zjol-2011-11-03.yaml', (s) => { s.url = 'HTTPS://SZNEWS.ZJOL.COM.CN.:443/sznews/system/2020/04/07/032398293.shtml#top'; }), 'sources/zjol-2011-11-03.yaml: url is the same document as sources/sznews-2020-04-07.yaml; cite that entry instead of adding a second one'],
];

const citizens: Case[] = [
  ['"约省三成" in a qualitative saving', edit(TIP, (t) => { t.saving.text = '约省三成'; }), `${TIP}: saving.text must state no quantity in a qualitative tip; found "三成" (got "约省三成")`],
  ['"每次可省 100 升" in a tip body', tipBody('每次可省 100 升'), `${TIP}: body must state no quantity in a qualitative tip; found "100" (got "每次可省 100 升")`],
  ['full-width digits', tipBody('每次可省１００升'), `${TIP}: body must state no quantity in a qualitative tip; found "１００" (got "每次可省１００升")`],
  ['a Chinese numeral with a unit', tipBody('洗澡少开三分钟'), `${TIP}: body must state no quantity in a qualitative tip; found "三分钟" (got "洗澡少开三分钟")`],
  ['倍 as an amount', tipBody('省水效果翻倍'), `${TIP}: body must state no quantity in a qualitative tip; found "翻倍" (got "省水效果翻倍")`],
  ['半 as an amount', tipBody('用水量减半'), `${TIP}: body must state no quantity in a qualitative tip; found "减半" (got "用水量减半")`],
  ['a circled number', tipBody('①关紧水龙头'), `${TIP}: body must state no quantity in a qualitative tip; found "①" (got "①关紧水龙头")`],
  ['financial numerals', tipBody('可省水叁成'), `${TIP}: body must state no quantity in a qualitative tip; found "叁" (got "可省水叁成")`],
  ['百分之 written out', edit(TIP, (t) => { t.title = '省下百分之十'; }), `${TIP}: title must state no quantity in a qualitative tip; found "百分之" (got "省下百分之十")`],
  ['a number in the body of a quantified tip', edit('tips/high-efficiency-toilet.yaml', (t) => { t.body = '选每次不大于3升的产品。'; }), 'tips/high-efficiency-toilet.yaml: body must state no quantity in a tip (its figure belongs in saving.amount and saving.text); found "3" (got "选每次不大于3升的产品。")'],
  ['a quantified saving without its figure', edit(TIP, (t) => { t.saving.kind = 'quantified'; }), `${TIP}: saving.amount and saving.unit are required for a quantified saving (got null, null)`],
  ['two identical quiz choices', edit(LESSON, (l) => { l.quiz[0].choices = ['不管它', '把它关好', '不管它']; }), `${LESSON}: quiz[0].choices[2] must differ from choice A ("不管它"); two identical choices make the question unfair (got "不管它")`],
  ['quiz choices that differ only in width and spaces', edit(LESSON, (l) => { l.quiz[0].choices = ['把它关好', '把它 关好。', '开得更大']; }), `${LESSON}: quiz[0].choices[1] must differ from choice A ("把它关好"); two identical choices make the question unfair (got "把它 关好。")`],
  ['a subject listed twice', edit(LESSON, (l) => { l.subjects = ['science', 'science']; }), `${LESSON}: subjects[1] must not repeat an earlier entry; list each of the subjects once (got "science")`],
  ['a toilet coefficient in 立方米/次', edit(TOILET, (c) => { c.unit = '立方米/次'; c.value = 0.005; }), `${TOILET}: unit must be "升/次", as the calculator uses it (toiletWaterSaving) (got "立方米/次")`],
  ['a coefficient for the wrong fixture', edit(TOILET, (c) => { c.fixture = 'shower'; }), `${TOILET}: fixture must be "toilet", as the calculator uses it (toiletWaterSaving) (got "shower")`],
  ['a reference range with low above high', edit('coefficients/reference-zone3-low.yaml', (c) => { c.value = 200; }), 'coefficients/reference-zone3-low.yaml: value must be less than 180 in coefficients/reference-zone3-high.yaml: the low end of a range must be below its high end (got 200)'],
  ['a high-efficiency toilet using more than a water-saving one', edit(TOILET_HE, (c) => { c.value = 6; }), `${TOILET_HE}: value must be less than 5 in ${TOILET}: a high-efficiency toilet uses less water per flush than a water-saving one (got 6)`],
  ['a coefficient of 0', edit('coefficients/habit-tap-off.yaml', (c) => { c.value = 0; }), 'coefficients/habit-tap-off.yaml: value must be more than 0 for the calculator (got 0)'],
  ['a coefficient file the calculator needs, deleted', (c) => c.delete(TOILET), `${TOILET}: file is missing; the household calculator needs it`],
  ['a saving of less than nothing', edit('tips/high-efficiency-toilet.yaml', (t) => { t.saving.amount = -1; }), 'tips/high-efficiency-toilet.yaml: saving.amount must be more than 0 (a saving saves something) (got -1)'],
  ['a label grade given twice for one edition', edit('labelled-products/toilet.yaml', (p) => { p.limits.push({ ...p.limits[0] }); }), 'labelled-products/toilet.yaml: limits[1].grade must differ from limits[0]: one limit per grade and edition (got 2)'],
];

const relations: Case[] = [
  ['an unknown department', edit(ANNEX, (rows) => { rows[3].participants[0] = 'forestry'; }), `${ANNEX} [measure-basin-allocation-1]: participants[0] names unknown department "forestry" (expected one of the ids in content/departments/)`],
  ['a lead unit listed twice', edit(ANNEX, (rows) => { rows[0].lead = ['water', 'water']; }), `${ANNEX} [measure-dual-control-1]: lead[1] must not repeat an earlier entry; list each of the department ids once (got "water")`],
  ['an annex row without a lead unit', edit(ANNEX, (rows) => { rows[0].lead = []; rows[0].leadText = '水利局'; }), `${ANNEX} [measure-dual-control-1]: lead must name at least one lead unit (the annex gives one for every row)`],
  ['an unknown target in an annex row', edit(ANNEX, (rows) => { rows[2].targets = ['all-counties-2022']; }), `${ANNEX} [measure-dual-control-3]: targets[0] names unknown target "all-counties-2022" (expected one of the ids in content/targets/)`],
  ['a site without a county', edit(SITE, (s) => { delete s.county; }), `${SITE}: county is missing; it must be a lowercase slug (a-z, 0-9, -)`],
  ['a site in an unknown county', edit(SITE, (s) => { s.county = 'hangzhou'; }), `${SITE}: county names unknown county "hangzhou" (expected one of the ids in content/counties/)`],
  ['a unit that both leads and takes part', edit(ANNEX, (rows) => { rows[0].participants[0] = rows[0].lead[0]; }), `${ANNEX} [measure-dual-control-1]: participants[0] "water" is also a lead unit; a unit either leads a row or takes part in it`],
  ['the plan\'s source entry, deleted', (c) => { c.delete('sources/plan-draft.yaml'); }, "sources/plan-draft.yaml: file is missing; the site takes the plan's title from it"],
  ['an index page\'s file, deleted', (c) => c.delete('index-pages/mechanism.yaml'), 'index-pages/mechanism.yaml: file is missing; the /mechanisms/ page takes its title and introduction from it'],
  ['an index page for a kind without a page', (c) => c.write('index-pages/principle.yaml', c.read('index-pages/measure.yaml')), 'index-pages/principle.yaml: file name must be one of measure, project, task, mechanism, safeguard, the kinds with an index page (got "principle")'],
  ['an index page pointing at an unknown clause', edit('index-pages/task.yaml', (p) => { p.clause = 'eleven-tasks'; }), 'index-pages/task.yaml: clause names unknown clause "eleven-tasks" (expected one of the ids in content/plan/)'],
];

const categories = { files, shape, text, figures, targets, dates, links, citizens, relations };
const all = Object.values(categories).flat();

describe('fault injection', () => {
  it(`covers at least 70 kinds of damage (has ${all.length})`, () => expect(all.length).toBeGreaterThanOrEqual(70));
  it('gives every kind of damage its own name', () => expect(new Set(all.map(([name]) => name)).size).toBe(all.length));
});

describe.each(Object.entries(categories))('%s: each kind of damage stops the build with the exact file, field and message', (_category, cases) => {
  it.each(cases)('%s', (_name, damage, problem) => {
    const problems = problemsAfter(damage);
    expect(problems, `got:\n${problems.join('\n')}`).toContain(problem);
  }, 20_000);
});

const copies: ContentCopy[] = [];
afterEach(() => copies.splice(0).forEach((c) => c.remove()));
const copy = () => {
  const c = new ContentCopy();
  copies.push(c);
  return c;
};

describe('harmless damage loads, and nothing is silently dropped', () => {
  it('a byte-order mark at the start of a file is ignored', () => {
    const c = copy();
    c.write(TARGET, `\uFEFF${c.read(TARGET)}`);
    const content = loadContent(c.dir);
    const target = content.targets.find((t) => t.id === 'total-water-use-2022')!;
    expect(target.title.startsWith('\uFEFF')).toBe(false);
  });
  it('Windows line endings load the same text', () => {
    const c = copy();
    c.write(TARGET, c.read(TARGET).replace(/\n/g, '\r\n'));
    expect(loadContent(c.dir).targets.find((t) => t.id === 'total-water-use-2022')!.wording).not.toContain('\r');
  });
  it('raw HTML in a text field loads as text, unchanged (it is escaped when rendered)', () => {
    const c = copy();
    c.edit(TARGET, (t) => { t.note = '<script>alert(1)</script><b>粗体</b>'; });
    expect(loadContent(c.dir).targets.find((t) => t.id === 'total-water-use-2022')!.note).toBe('<script>alert(1)</script><b>粗体</b>');
  });
  it('words that only contain a numeral (一起, 统一, 同一, 进一步, 一体化) are not quantities', () => {
    const c = copy();
    c.edit(TIP, (t) => { t.body = '和家人一起统一用水习惯，同一份水进一步一体化利用。'; });
    expect(() => loadContent(c.dir)).not.toThrow();
  });
});
