import { unitRolesModel, type UnitRolesInput, type UnitRolesModel } from './model';
import { unitRolesSvg } from './render';
import type { RenderedVariant } from '../shared/variants';

/** The layouts of the unit roles chart: one plain drawing for every screen, and 关怀模式's two. */
export const ROLES_LAYOUTS = {
  /** Drawn for a 360 px column: on 320 px screens it shrinks a little, on wide screens it grows a little (the component caps it at 26rem). */
  plain: { width: 360, rowHeight: 28, fontSize: 15 },
  /** 关怀模式 on a wide screen: about 24 px text in the 32rem figure. */
  careWide: { width: 600, rowHeight: 36, fontSize: 19 },
  /** 关怀模式 on a phone: each name on a line of its own above its bar. */
  careNarrow: { width: 270, rowHeight: 26, fontSize: 18, stacked: true },
} as const;

/** The chart laid out for one of its layouts. */
export const rolesModel = (units: readonly UnitRolesInput[], layout: (typeof ROLES_LAYOUTS)[keyof typeof ROLES_LAYOUTS]): UnitRolesModel => unitRolesModel(units, layout);

/** The chart in its layouts. */
export function renderRolesVariants(units: readonly UnitRolesInput[], label: string): RenderedVariant[] {
  return [
    { keys: ['wide', 'narrow'], svg: unitRolesSvg(rolesModel(units, ROLES_LAYOUTS.plain), label) },
    { keys: ['care-wide'], svg: unitRolesSvg(rolesModel(units, ROLES_LAYOUTS.careWide), label) },
    { keys: ['care-narrow'], svg: unitRolesSvg(rolesModel(units, ROLES_LAYOUTS.careNarrow), label) },
  ];
}
