import type { SiteModel } from '../site-model';
import { figuresView, type FiguresView } from '../targets/views';
import { overdueSummary, tellingFigures, verdictSummary, type OverdueSummary, type TellingFigureView, type VerdictSummary } from '../targets/story';
import type { StatusResult } from '../targets/status-rules';
import { countyMapView, type CountyMapView } from '../counties/views';
import { planTitleOf, type PlanTitle } from '../plan/title';
import { routes } from '../../routes';

type Site = Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence' | 'asOf'>;

/** One headline target (the plan's 主要目标) with its latest figure and status. */
export interface HeadlineTargetView {
  id: string;
  href: string;
  title: string;
  figures: FiguresView;
  result: StatusResult;
}

/** Everything the home page shows. */
export interface HomeView {
  /** The plan's title, from its source entry: the page's h1 and description. */
  planTitle: PlanTitle;
  /** The story of the first screen: verdicts, the most telling known figures, what is overdue without figures. */
  verdicts: VerdictSummary;
  telling: TellingFigureView[];
  overdue: OverdueSummary;
  /** The plan's quantified headline targets, by deadline. */
  headline: Array<{ key: string; heading: string; targets: HeadlineTargetView[] }>;
  map: CountyMapView;
  counts: { responsibilities: number; departments: number; tips: number; lessons: number; sites: number };
  projects: Array<{ title: string; href: string; tasks: number; targets: number }>;
  mechanisms: Array<{ title: string; href: string }>;
}

/** The home page's view: the story first, then the headline targets, the map and the ways onward. */
export function homeView(site: Site): HomeView {
  const { content, index } = site;
  const goals = index.inPlanOrder(content.targets.filter((t) => t.parent.kind === 'goal' && t.kind === 'quantitative'));
  const groups = [...new Set(goals.map((t) => t.parent.id))].map((goal) => {
    const targets = goals.filter((t) => t.parent.id === goal);
    return {
      key: goal,
      heading: `到 ${Math.max(...targets.map((t) => t.deadline ?? 0))} 年的主要目标`,
      targets: targets.map((t) => ({ id: t.id, href: routes.target(t.id), title: t.title, figures: figuresView(site, t), result: site.statuses.get(t.id)! })),
    };
  });
  return {
    planTitle: planTitleOf(site),
    verdicts: verdictSummary(site),
    telling: tellingFigures(site),
    overdue: overdueSummary(site),
    headline: groups,
    map: countyMapView(site),
    counts: { responsibilities: content.responsibilities.length, departments: content.departments.length, tips: content.tips.length, lessons: content.lessons.length, sites: content.sites.length },
    projects: index.inPlanOrder(content.projects).map((project) => ({
      title: project.title,
      href: routes.entity({ kind: 'project', id: project.id }),
      tasks: content.tasks.filter((task) => task.project === project.id).length,
      targets: index.targetsOf({ kind: 'project', id: project.id }).length,
    })),
    mechanisms: index.inPlanOrder(content.mechanisms).map((mechanism) => ({ title: mechanism.title, href: routes.entity({ kind: 'mechanism', id: mechanism.id }) })),
  };
}
