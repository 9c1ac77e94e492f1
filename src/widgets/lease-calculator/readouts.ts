/**
 * The lease calculator's readouts: payback, internal rate of return, value today and the two
 * breakeven rents, each with the core formula and the inputs it used (their sources and as-of
 * dates from the schema). The labels name the reader's discount rate, as the view shows them.
 */
import { irrFormula, npvFormula, paybackFormula } from '@core/finance';
import { breakevenRentFormula } from '@core/leasing';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { paramInputs } from '@lib/widget/provenance';
import { schema } from './meta';
import { text } from './i18n';
import type { LeaseError, LeaseInputs, LeaseView } from './model';

/** The inputs behind the yearly cash flows CFₜ. */
const CASH = [
  ['capexUsd', 'K'], ['rentUsdPerHour', 'r'], ['rentDeclinePct', 'd'], ['utilizationPct', 'u'], ['lifeYears', 'T'],
  ['powerDrawW', 'W'], ['pue', 'PUE'], ['powerPriceUsdPerKwh', 'c'], ['otherOpexUsdPerYear', 'O'],
] as const;

export function readouts(view: LeaseView | LeaseError, v: LeaseInputs): Readout[] {
  if (!view.ok) return [];
  const cash = paramInputs(schema, v, CASH);
  const rate = paramInputs(schema, v, [['discountPct', 'r']]);
  const exceptRent = cash.filter((_, i) => i !== 1);
  const target = num(v.discountPct, 1);
  const words = text.readouts;
  return [
    { id: 'payback', label: words.payback, tone: view.tone.payback, text: view.text.payback, provenance: { formula: paybackFormula, inputs: cash } },
    { id: 'irr', label: words.irr, tone: view.tone.irr, text: view.text.irr, provenance: { formula: irrFormula, inputs: cash } },
    { id: 'npv', label: words.npv(target), tone: view.tone.npv, text: view.text.npv, provenance: { formula: npvFormula, inputs: [...rate, ...cash] } },
    {
      id: 'breakeven', label: words.breakeven(target), text: view.text.breakeven,
      provenance: { formula: breakevenRentFormula, inputs: [{ ...rate[0]!, label: words.targetReturn }, ...exceptRent] },
    },
    {
      id: 'breakeven-zero', label: words.breakevenZero, text: view.text.breakevenZero,
      provenance: { formula: breakevenRentFormula, inputs: [{ label: words.targetReturn, value: '0', unit: words.targetUnit, note: words.justMoneyBack }, ...exceptRent] },
    },
  ];
}
