import type { Observation } from '../../schemas/observations';

const PREFIX: Record<Observation['bound'], string> = { exact: '', below: '低于', above: '超过', 'at-least': '至少', about: '约' };
const SYMBOL: Record<Observation['bound'], string> = { exact: '', below: '<', above: '>', 'at-least': '≥', about: '≈' };

/** A published figure as words, keeping bounds as bounds: "低于5%", "超过5000万m³/年", "18.5619亿m³". */
export function formatObservedValue(o: Pick<Observation, 'value' | 'bound' | 'unit' | 'finding'>): string {
  if (o.value === null) return o.finding ?? '—';
  return `${PREFIX[o.bound]}${o.value}${o.unit}`;
}

/** The same figure in compact form for tables and downloads: "<5", ">5000", "≈13", "18.5619". */
export function formatObservedCompact(o: Pick<Observation, 'value' | 'bound'>): string {
  return o.value === null ? '' : `${SYMBOL[o.bound]}${o.value}`;
}
