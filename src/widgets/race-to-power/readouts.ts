/**
 * The race to power's readouts: the head start in months, the rent those months bring and a
 * year's rent, each with the settings behind it (and their sources) and the core formula.
 */
import { hostingRentFormula } from '@core/hosting';
import { earlierEnergizationFormula } from '@core/power';
import { monthsSavedFormula } from '@core/siteChoice';
import type { Readout } from '@lib/widget/define';
import { money, num } from '@lib/widget/format';
import { paramInputs, traced } from '@lib/widget/provenance';
import { meta } from './meta';
import type { RaceValues, RaceView } from './model';

export function readouts(view: RaceView, v: RaceValues): Readout[] {
  if (!view.ok) return [];
  const { schema } = meta;
  const timing = paramInputs(schema, v, ['wait', 'convert']);
  const rent = paramInputs(schema, v, [['mw', 'MW'], ['rate', 'r']]);
  const months = `${num(view.monthsSaved)} months`;
  return [
    { id: 'months-saved', label: 'Head start', ...traced(months, monthsSavedFormula, timing) },
    {
      id: 'head-start', label: 'Rent in those months',
      ...traced(money(view.headStartUsd), earlierEnergizationFormula, [{ label: 'Head start (months)', value: months, note: 'computed by monthsSavedByConversion' }, ...timing, ...rent]),
    },
    { id: 'annual-rent', label: 'Rent a year', ...traced(money(view.annualRentUsd), hostingRentFormula, rent) },
  ];
}
