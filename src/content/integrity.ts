import type { SiteContent } from '../schemas/index';
import { referenceChecker } from './references';
import { checkPlan } from '../domain/plan/integrity';
import { checkTargets } from '../domain/targets/integrity';
import { checkResponsibilities } from '../domain/responsibilities/integrity';
import { checkSources } from '../domain/sources/integrity';
import { checkCitizens } from '../domain/citizens/integrity';
import { checkLessons } from '../domain/learn/integrity';
import { checkSites } from '../domain/sites/integrity';
import { checkUpdates } from '../domain/updates/integrity';

/**
 * Checks the rules that span fields and collections, area by area (each area's rules live in its
 * src/domain/<area>/integrity.ts). Each problem names the file (and entry), the field and what was expected.
 */
export function checkIntegrity(content: SiteContent): string[] {
  const problems: string[] = [];
  const expectKnown = referenceChecker(content, problems);
  problems.push(...checkPlan(content, expectKnown));
  problems.push(...checkTargets(content, expectKnown));
  problems.push(...checkResponsibilities(content, expectKnown));
  problems.push(...checkSources(content));
  problems.push(...checkCitizens(content));
  problems.push(...checkLessons(content));
  problems.push(...checkSites(content));
  problems.push(...checkUpdates(content, expectKnown));
  return problems;
}
