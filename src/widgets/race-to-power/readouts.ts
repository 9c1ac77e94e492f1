/**
 * The race to power's readouts: the head start in months, the rent those months bring and a
 * year's rent, each with the settings behind it (and their sources) and the core formula.
 */
import { hostingRentFormula } from '@core/hosting';
import { earlierEnergizationFormula, monthsSavedFormula } from '@core/siteChoice';
import type { Readout } from '@lib/widget/define';
import { money, num } from '@lib/widget/format';
import { paramInputs, traced } from '@lib/widget/provenance';
import { text } from './i18n';
import { meta } from './meta';
import type { RaceValues, RaceView } from './model';

export function readouts(view: RaceView, v: RaceValues): Readout[] {
  if (!view.ok) return [];
  const { schema } = meta;
  const timing = paramInputs(schema, v, ['wait', 'convert']);
  const rent = paramInputs(schema, v, [['mw', 'MW'], ['rate', 'r']]);
  const months = text.months(num(view.monthsSaved));
  return [
    { id: 'months-saved', label: text.readouts.monthsSaved, ...traced(months, monthsSavedFormula, timing) },
    {
      id: 'head-start', label: text.readouts.headStart,
      ...traced(money(view.headStartUsd), earlierEnergizationFormula, [{ label: text.headStartInput, value: months, note: text.headStartNote }, ...timing, ...rent]),
    },
    { id: 'annual-rent', label: text.readouts.annualRent, ...traced(money(view.annualRentUsd), hostingRentFormula, rent) },
  ];
}
