/**
 * The squeeze calculator's figures for lesson notes: the text of each [data-readout] cell in
 * Readouts.svelte ("profit-after" …), formatted as that table formats it.
 */
import { usd } from '@lib/format';
import type { Figures } from '@lib/teach';
import { computeSqueeze, type Side, type SqueezeInput } from './model';

const ROWS: { key: string; label: string; value: (s: Side) => number; digits: number }[] = [
  { key: 'hashprice', label: 'Hashprice per PH/s a day', value: (s) => s.hashpriceUsdPerPhDay, digits: 2 },
  { key: 'revenue', label: 'Revenue a day', value: (s) => s.day.revenueUsd, digits: 2 },
  { key: 'power-cost', label: 'Power cost a day', value: (s) => s.day.powerCostUsd, digits: 2 },
  { key: 'profit', label: 'Profit a day', value: (s) => s.day.profitUsd, digits: 2 },
  { key: 'breakeven', label: 'Breakeven power price per kWh', value: (s) => s.breakevenUsdPerKwh, digits: 3 },
];

export function teachFigures(v: SqueezeInput): Figures {
  const s = computeSqueeze(v);
  if (!s.ok) return {};
  const out: Figures = {};
  for (const [id, side, when] of [['before', s.before, 'before the halving'], ['after', s.after, 'after the halving']] as const) {
    for (const r of ROWS) out[`${r.key}-${id}`] = { label: `${r.label}, ${when}`, text: usd(r.value(side), r.digits) };
  }
  return out;
}
