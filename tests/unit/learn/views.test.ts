import { describe, expect, it } from 'vitest';
import { lessonIndexView, lessonPageView, quizView, teachersView, worksheetView } from '../../../src/domain/learn/views';
import { tableStackBelow, STACK_RANGE } from '../../../src/domain/learn/worksheet-table';
import { STATUS_STYLE } from '../../../src/domain/targets/status';
import { STAGES, SUBJECTS } from '../../../src/schemas/lessons';
import { realSite } from '../../helpers/site';

const site = realSite();
const { lessons } = site.content;
const lessonOf = (id: string) => lessons.find((lesson) => lesson.id === id)!;

describe('lessonPageView', () => {
  it('gives every fact its citation number in the source list and the targets it states with their status', () => {
    for (const lesson of lessons) {
      const view = lessonPageView(site, lesson.id);
      expect(view.facts.map((f) => f.text)).toEqual(lesson.facts.map((f) => f.text));
      view.facts.forEach((fact, i) => {
        const source = view.sources[fact.cite.n - 1];
        expect(source.anchor, `${lesson.id} facts[${i}]`).toBe(`source-${lesson.facts[i].source}`);
        expect(fact.cite.href).toBe(`#${source.anchor}`);
        expect(fact.targets.map((t) => t.href)).toEqual(lesson.facts[i].targets.map((id) => `/targets/${id}/`));
        for (const target of fact.targets) expect(target.statusText).toBe(STATUS_STYLE[site.statuses.get(target.id)!.status].label);
      });
    }
  });
  it('links the plan’s passed targets of the school lesson to their pages, with what is known', () => {
    const view = lessonPageView(site, 'school-water-saving-plan');
    expect(view.facts[0]).toMatchObject({ text: '方案要求到2022年打造10个节水示范校园。', cite: { n: 1, href: '#source-plan-draft', label: '出处 1' } });
    expect(view.facts[0].targets).toEqual([{ id: 'demo-campuses-2022', href: '/targets/demo-campuses-2022/', title: '打造10个节水示范校园', deadline: '2022年', status: site.statuses.get('demo-campuses-2022')!.status, statusText: STATUS_STYLE[site.statuses.get('demo-campuses-2022')!.status].label, counties: [] }]);
    expect(view.local.clauses.map((c) => c.href)).toEqual(lessonOf('school-water-saving-plan').local.clauses.map((id) => `/plan/#${id}`));
    expect(view.local.targets.map((t) => t.id)).toEqual(lessonOf('school-water-saving-plan').local.targets);
    expect(view.worksheetHref).toBe('/learn/school-water-saving-plan/worksheet/');
  });
  it('lists places and the safety checklist in the on-page menu only where the lesson has them', () => {
    const trip = lessonPageView(site, 'field-trip-education-base');
    expect(trip.sections.map(([id]) => id)).toEqual(['objectives', 'activities', 'venues', 'safety', 'local', 'worksheet', 'quiz', 'facts']);
    expect(trip.venues[0]).toMatchObject({ name: '越城区节水宣传教育基地', designation: '区级，2019年', source: { url: 'http://m.shaoxing.com.cn/news/content/2019-03/28/content_2697795.htm' } });
    expect(lessonPageView(site, 'tap-detectives').sections.map(([id]) => id)).not.toContain('venues');
  });
  it('names the goals clause by its year where it has no heading', () => {
    expect(lessonPageView(site, 'where-water-comes-from').local.clauses[0]).toEqual({ label: '主要目标（2022年）', href: '/plan/#goals-2022' });
  });
  it('throws for a lesson that does not exist', () => {
    expect(() => lessonPageView(site, 'no-such-lesson')).toThrow('unknown lesson "no-such-lesson"');
  });
});

describe('quizView', () => {
  it('letters the choices, names the right one and the targets the question is about', () => {
    const lesson = lessonOf('leaky-pipes');
    const quiz = quizView(site, lesson);
    expect(quiz.map((q) => q.n)).toEqual(lesson.quiz.map((_, i) => i + 1));
    expect(quiz[1]).toMatchObject({ answer: 'A', rightChoice: '降至10%以内', choices: [{ letter: 'A', text: '降至10%以内' }, { letter: 'B', text: '降至5%以内' }, { letter: 'C', text: '保持不变' }] });
    expect(quiz[1].targets.map((t) => t.href)).toEqual(['/targets/county-leakage-2022/']);
    // A target of particular counties names them, each a link to its county page.
    expect(quiz[1].targets[0].counties.map((c) => [c.name, c.href])).toEqual([['诸暨市', '/counties/zhuji/'], ['新昌县', '/counties/xinchang/']]);
    expect(quiz[0].targets).toEqual([]);
  });
});

describe('lessonIndexView', () => {
  it('the hub lists every lesson once, by stage, and offers the stage × subject filter', () => {
    const view = lessonIndexView(site, null);
    expect(view.groups.flatMap((g) => g.cards.map((c) => c.id)).sort()).toEqual(lessons.map((l) => l.id).sort());
    expect(view.groups.map((g) => g.stage)).toEqual(STAGES.filter((s) => lessons.some((l) => l.stage === s)));
    for (const group of view.groups) expect(group.cards.every((card) => card.stage === group.stage)).toBe(true);
    expect(view.combine?.stages.map((s) => s.value)).toEqual([...STAGES]);
    expect(view.combine?.subjects.map((s) => s.value)).toEqual([...SUBJECTS]);
    expect(view.combine?.total).toBe(lessons.length);
    expect(view.filterLinks[0].links.filter((l) => l.current).map((l) => l.href)).toEqual(['/learn/']);
    expect(view.breadcrumbs).toEqual([{ label: '节水课堂' }]);
    expect(view.intro).toContain(`${lessons.length} 课`);
  });
  it('a card carries the lesson’s stage and subjects for the island, and its facts in words', () => {
    const card = lessonIndexView(site, null).groups.flatMap((g) => g.cards).find((c) => c.id === 'home-water-audit')!;
    const lesson = lessonOf('home-water-audit');
    expect(card).toMatchObject({ href: '/learn/home-water-audit/', stage: lesson.stage, subjects: lesson.subjects });
    expect(card.facts).toContain(`${lesson.duration}分钟`);
  });
  it('a stage page lists that stage only, marks its link, and leaves combining to the hub', () => {
    const view = lessonIndexView(site, { stage: 'junior' });
    expect(view.groups.flatMap((g) => g.cards).map((c) => c.id).sort()).toEqual(lessons.filter((l) => l.stage === 'junior').map((l) => l.id).sort());
    expect(view.combine).toBeNull();
    expect(view.filterLinks.flatMap((g) => g.links).filter((l) => l.current).map((l) => l.href)).toEqual(['/learn/stage/junior/']);
    expect(view.breadcrumbs).toEqual([{ label: '节水课堂', href: '/learn/' }, { label: '初中' }]);
  });
  it('a subject page lists the lessons of that subject, with counts that add up', () => {
    const view = lessonIndexView(site, { subject: 'geography' });
    expect(view.groups.flatMap((g) => g.cards).map((c) => c.id).sort()).toEqual(lessons.filter((l) => l.subjects.includes('geography')).map((l) => l.id).sort());
    const [byStage, bySubject] = view.filterLinks;
    expect(byStage.links.slice(1).reduce((sum, l) => sum + l.count, 0)).toBe(byStage.links[0].count);
    expect(bySubject.links.map((l) => l.count)).toEqual(SUBJECTS.map((s) => lessons.filter((l) => l.subjects.includes(s)).length));
  });
});

describe('worksheetView', () => {
  it('numbers the items, gives tables their stacking width, and puts every answer in the key', () => {
    for (const lesson of lessons) {
      const view = worksheetView(site, lesson.id);
      expect(view.items.map((item) => item.n)).toEqual(lesson.worksheet.items.map((_, i) => i + 1));
      view.items.forEach((item, i) => expect(item.stackBelow === null).toBe(lesson.worksheet.items[i].columns.length === 0));
      expect(view.answerKey.sheet).toEqual(lesson.worksheet.items.map((item) => item.answer));
      expect(view.answerKey.quiz.map((q) => q.answer.slice(0, 1))).toEqual(lesson.quiz.map((q) => q.answer));
      expect(view.breadcrumbs.map((b) => b.href)).toEqual(['/learn/', `/learn/${lesson.id}/`, undefined]);
    }
    expect(worksheetView(site, 'tap-detectives').answerKey.quiz[1].answer).toBe('A. 马上告诉老师或报修');
  });
});

describe('tableStackBelow', () => {
  it('adds up what each column needs: two characters of its heading (one for a one-character heading) and the padding', () => {
    expect(tableStackBelow(['好习惯', '一', '二', '三', '四', '五', '六', '日'])).toBe(14);
    expect(tableStackBelow(['我知道了', '在哪里看到或听到的'])).toBe(6);
    expect(tableStackBelow(['第几次', '日期', '水表读数（立方米）', '这一天用了（立方米）', '折合（升）'])).toBe(13);
  });
  it('stays within the widths the stylesheet has classes for', () => {
    expect(tableStackBelow(['一'])).toBe(STACK_RANGE.min);
    expect(tableStackBelow(Array.from({ length: 12 }, () => '很长的列标题'))).toBe(STACK_RANGE.max);
  });
});

describe('teachersView', () => {
  it('maps every lesson to its clauses and lists the places with their sources', () => {
    const view = teachersView(site);
    expect(view.lessonCount).toBe(lessons.length);
    expect(view.planMap.flatMap((g) => g.lessons).length).toBe(lessons.length);
    expect(view.venueLists.flat().map((v) => v.name)).toEqual(lessons.flatMap((l) => l.venues.map((v) => v.name)));
    expect(view.venueLists[0][0].source.text).toContain('《');
    expect(view.baseTargets.map((t) => t.href)).toEqual(['/targets/education-bases-2022/', '/targets/provincial-education-bases-2022/']);
  });
});
