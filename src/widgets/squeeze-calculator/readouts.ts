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
import type { Side, Squeeze, SqueezeInput } from './model';

/** The table's rows, in order: key (the readout id's first part) and label. */
export const READOUT_ROWS = [
  { key: 'hashprice', label: 'Hashprice, per PH/s' },
  { key: 'revenue', label: 'Revenue' },
  { key: 'power-cost', label: 'Power cost' },
  { key: 'profit', label: 'Profit', strong: true },
  { key: 'breakeven', label: 'Breakeven, per kWh' },
] as const;

export const SIDES = ['before', 'after'] as const;

function sideReadouts(m: AsicModel, side: Side, v: SqueezeInput, when: (typeof SIDES)[number]): Readout[] {
  const { schema } = meta;
  const subsidy: ProvenanceInput = {
    label: 'Block subsidy (S)', value: btc(side.subsidyBtc), unit: 'BTC per block', sourceId: 'bitcoin-core-validation',
    note: `${when} the April 2024 halving`,
  };
  const hashprice: ProvenanceInput = { label: 'Hashprice (H)', value: usd(side.hashpriceUsdPerPhDay, 2), unit: 'per PH/s per day', note: 'computed by hashpriceUsdPerPhDay' };
  const pool = paramInput(schema.pool, v.pool, 'Pool fee (f)');
  const power = paramInput(schema.power, v.power, 'Power price (c)');
  const machine = (label: string, value: string, unit: string): ProvenanceInput => ({ label, value, unit, sourceId: m.sourceId, note: m.name });
  const hashrate = machine('Machine hashrate (h)', num(m.hashrateThs), 'TH/s');
  const watts = machine('Machine power (W)', num(m.powerW), 'W');
  const cells = {
    hashprice: traced(usd(side.hashpriceUsdPerPhDay, 2), hashpriceFormula, [
      subsidy,
      paramInput(schema.fees, v.fees, 'Transaction fees (F)'),
      paramInput(schema.btc, v.btc, 'BTC price (P)'),
      paramInput(schema.hashrate, v.hashrate, 'Network hashrate (N)'),
    ]),
    revenue: traced(usd(side.day.revenueUsd, 2), minerDayFormula, [hashrate, hashprice, pool]),
    'power-cost': traced(usd(side.day.powerCostUsd, 2), minerDayFormula, [watts, power]),
    profit: traced(usd(side.day.profitUsd, 2), minerDayFormula, [hashrate, watts, hashprice, pool, power]),
    breakeven: traced(usd(side.breakevenUsdPerKwh, 3), breakevenPowerPriceFormula, [machine('Efficiency (e)', num(m.efficiencyJPerTh, 1), 'J/TH'), hashprice, pool]),
  };
  return READOUT_ROWS.map((r) => ({
    id: `${r.key}-${when}`,
    label: `${r.label}, ${when} the halving`,
    ...cells[r.key],
    ...(r.key === 'profit' && side.day.profitUsd < 0 ? { tone: 'bad' as const } : {}),
  }));
}

export function readouts(s: Squeeze, v: SqueezeInput): Readout[] {
  if (!s.ok) return [];
  return [...sideReadouts(s.model, s.before, v, 'before'), ...sideReadouts(s.model, s.after, v, 'after')];
}
