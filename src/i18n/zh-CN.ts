import { site } from './zh-CN/site';
import { care } from './zh-CN/care';
import { plan } from './zh-CN/plan';
import { targets } from './zh-CN/targets';
import { responsibilities } from './zh-CN/responsibilities';
import { citizens } from './zh-CN/citizens';
import { learn } from './zh-CN/learn';
import { sites } from './zh-CN/sites';
import { counties } from './zh-CN/counties';

/**
 * Every interface string the site shares between components, islands and tests, keyed `area.key`
 * and kept in one file per area under src/i18n/zh-CN/. Plan facts never live here: they come from content/.
 */
export const ui = { ...site, ...care, ...plan, ...targets, ...responsibilities, ...citizens, ...learn, ...sites, ...counties } as const;

export type UiKey = keyof typeof ui;

/** Looks up an interface string. */
export const t = (key: UiKey): string => ui[key];
