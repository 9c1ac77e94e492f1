/**
 * The squeeze calculator's readouts: for each side of the halving, the chosen machine's
 * hashprice, revenue, power cost, profit and breakeven power price, each with the core formula
 * and every input (the schema's labels, units, sources and as-of dates). Ids are "<row>-<side>".
 */
import { hashpriceFormula } from '@core/bitcoin';
import type { AsicModel } from '@core/catalog';
import { breakevenPowerPriceFormula, minerDayFormula } from '@core/mining';
import type { Readout } from '@lib/widget/define';
import { btc, num, usd } from '@lib/widget/format';
import { paramInput, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { meta } from './meta';
import { text } from './i18n';
import type { Side, Squeeze, SqueezeInput } from './model';

/** The table's rows, in order: key (the readout id's first part) and label. */
export const READOUT_ROWS = [
  { key: 'hashprice', label: text.rows.hashprice },
  { key: 'revenue', label: text.rows.revenue },
  { key: 'power-cost', label: text.rows['power-cost'] },
  { key: 'profit', label: text.rows.profit, strong: true },
  { key: 'breakeven', label: text.rows.breakeven },
] as const;

export const SIDES = ['before', 'after'] as const;

function sideReadouts(m: AsicModel, side: Side, v: SqueezeInput, when: (typeof SIDES)[number]): Readout[] {
  const { schema } = meta;
  const t = text.inputs;
  const subsidy: ProvenanceInput = {
    label: t.subsidy, value: btc(side.subsidyBtc), unit: t.subsidyUnit, sourceId: 'bitcoin-core-validation',
    note: t.subsidyNote(when),
  };
  const hashprice: ProvenanceInput = { label: t.hashprice, value: usd(side.hashpriceUsdPerPhDay, 2), unit: t.hashpriceUnit, note: t.hashpriceNote };
  const pool = paramInput(schema.pool, v.pool, t.pool);
  const power = paramInput(schema.power, v.power, t.power);
  const machine = (label: string, value: string, unit: string): ProvenanceInput => ({ label, value, unit, sourceId: m.sourceId, note: m.name });
  const hashrate = machine(t.machineHashrate, num(m.hashrateThs), 'TH/s');
  const watts = machine(t.machinePower, num(m.powerW), t.watts);
  const cells = {
    hashprice: traced(usd(side.hashpriceUsdPerPhDay, 2), hashpriceFormula, [
      subsidy,
      paramInput(schema.fees, v.fees, t.fees),
      paramInput(schema.btc, v.btc, t.btc),
      paramInput(schema.hashrate, v.hashrate, t.hashrate),
    ]),
    revenue: traced(usd(side.day.revenueUsd, 2), minerDayFormula, [hashrate, hashprice, pool]),
    'power-cost': traced(usd(side.day.powerCostUsd, 2), minerDayFormula, [watts, power]),
    profit: traced(usd(side.day.profitUsd, 2), minerDayFormula, [hashrate, watts, hashprice, pool, power]),
    breakeven: traced(usd(side.breakevenUsdPerKwh, 3), breakevenPowerPriceFormula, [machine(t.efficiency, num(m.efficiencyJPerTh, 1), 'J/TH'), hashprice, pool]),
  };
  return READOUT_ROWS.map((r) => ({
    id: `${r.key}-${when}`,
    label: text.readoutLabel(r.label, when),
    ...cells[r.key],
    ...(r.key === 'profit' && side.day.profitUsd < 0 ? { tone: 'bad' as const } : {}),
  }));
}

export function readouts(s: Squeeze, v: SqueezeInput): Readout[] {
  if (!s.ok) return [];
  return [...sideReadouts(s.model, s.before, v, 'before'), ...sideReadouts(s.model, s.after, v, 'after')];
}
