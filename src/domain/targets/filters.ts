import type { SiteContent } from '../../schemas/index';
import type { ContentIndex } from '../plan/relations';
import type { StatusResult } from './status-rules';
import { groupTargets, sectionOf } from './groups';
import { routes } from '../../routes';
import { STATUS_STYLE, STATUSES, type Status } from './status';

type TargetEntry = SiteContent['targets'][number];

/** One way to narrow the dashboard: by deadline, by section of the plan, or by status. */
export interface TargetFilter {
  facet: 'deadline' | 'section' | 'status';
  key: string;
  label: string;
  href: string;
  matches: (target: TargetEntry) => boolean;
}

/** Every filter the dashboard offers as a plain link, with the targets it keeps. */
export function targetFilters(content: SiteContent, index: ContentIndex, statuses: Map<string, StatusResult>): TargetFilter[] {
  const deadlineKey = (t: TargetEntry) => (t.recurring ? 'recurring' : String(t.deadline));
  const deadlines = groupTargets(content, index).map((g) => ({ key: g.key, label: g.title }));
  const sections = [...new Map(index.inPlanOrder(content.targets).map((t) => [sectionOf(t, content).key, sectionOf(t, content).title])).entries()];
  const present = STATUSES.filter((status) => content.targets.some((t) => statuses.get(t.id)?.status === status));
  return [
    ...deadlines.map(({ key, label }) => ({ facet: 'deadline' as const, key, label, href: routes.targetFilter('deadline', key), matches: (t: TargetEntry) => deadlineKey(t) === key })),
    ...sections.map(([key, label]) => ({ facet: 'section' as const, key, label, href: routes.targetFilter('section', key), matches: (t: TargetEntry) => sectionOf(t, content).key === key })),
    ...present.map((status: Status) => ({ facet: 'status' as const, key: status, label: STATUS_STYLE[status].label, href: routes.targetFilter('status', status), matches: (t: TargetEntry) => statuses.get(t.id)?.status === status })),
  ];
}
