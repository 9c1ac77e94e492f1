/**
 * One site, three businesses: figures for lesson notes. The table cells ("profit-hosting" …) are
 * formatted as Readouts.svelte does (money, costs with a minus sign), the whisker ends as the key.
 */
import type { Figures } from '@lib/teach/teach';
import { money } from '@lib/widget/format';
import { computeSite, type BusinessRow, type SiteValues } from './model';

const LINES: { key: string; label: string; value: (r: BusinessRow) => number; cost?: boolean }[] = [
  { key: 'revenue', label: 'revenue a year', value: (r) => r.revenueUsd },
  { key: 'power', label: 'power a year', value: (r) => r.powerCostUsd, cost: true },
  { key: 'other', label: 'other costs a year', value: (r) => r.otherCostUsd, cost: true },
  { key: 'capex', label: 'refit and hardware, a year', value: (r) => r.capexAmortizationUsd, cost: true },
  { key: 'profit', label: 'profit a year', value: (r) => r.profitUsd },
  { key: 'upfront', label: 'spent up front', value: (r) => r.upfrontUsd },
];

export function teachFigures(v: SiteValues): Figures {
  const view = computeSite(v);
  if (!view.ok) return {};
  const out: Figures = {};
  for (const r of view.rows) {
    for (const l of LINES) {
      const n = l.value(r);
      out[`${l.key}-${r.id}`] = { label: `${r.label}: ${l.label}`, text: `${l.cost && n > 0 ? '−' : ''}${money(n)}` };
    }
  }
  const mining = view.rows[0]!;
  out['mining-low'] = { label: 'Mining profit, low end (1 year in 20 below)', text: money(mining.lowUsd) };
  out['mining-high'] = { label: 'Mining profit, high end (1 year in 20 above)', text: money(mining.highUsd) };
  return out;
}
