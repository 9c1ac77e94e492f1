/**
 * How each of the lease calculator's readouts was obtained: the core formula and the inputs it
 * used, with their sources and as-of dates from the schema.
 */
import { irrFormula, npvFormula, paybackFormula } from '@core/finance';
import { breakevenRentFormula } from '@core/leasing';
import { paramInputs, type Traced } from '@lib/widget/provenance';
import { schema } from './meta';
import type { LeaseInputs, LeaseView } from './model';

/** The inputs behind the yearly cash flows CFₜ. */
const CASH = [
  ['capexUsd', 'K'], ['rentUsdPerHour', 'r'], ['rentDeclinePct', 'd'], ['utilizationPct', 'u'], ['lifeYears', 'T'],
  ['powerDrawW', 'W'], ['pue', 'PUE'], ['powerPriceUsdPerKwh', 'c'], ['otherOpexUsdPerYear', 'O'],
] as const;

export type LeaseReadout = 'payback' | 'irr' | 'npv' | 'breakeven' | 'breakeven-zero';

export function leaseReadouts(view: LeaseView, v: LeaseInputs): Record<LeaseReadout, Traced> {
  const cash = paramInputs(schema, v, CASH);
  const rate = paramInputs(schema, v, [['discountPct', 'r']]);
  const exceptRent = cash.filter((_, i) => i !== 1);
  return {
    payback: { text: view.text.payback, provenance: { formula: paybackFormula, inputs: cash } },
    irr: { text: view.text.irr, provenance: { formula: irrFormula, inputs: cash } },
    npv: { text: view.text.npv, provenance: { formula: npvFormula, inputs: [...rate, ...cash] } },
    breakeven: { text: view.text.breakeven, provenance: { formula: breakevenRentFormula, inputs: [{ ...rate[0]!, label: 'Target return' }, ...exceptRent] } },
    'breakeven-zero': { text: view.text.breakevenZero, provenance: { formula: breakevenRentFormula, inputs: [{ label: 'Target return', value: '0', unit: '% a year', note: 'just the money back' }, ...exceptRent] } },
  };
}
