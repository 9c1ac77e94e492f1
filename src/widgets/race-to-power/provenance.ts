/**
 * How each of "The race to power"'s readouts was obtained: the settings (with their sources) and
 * the core formulas for the head start, a year of hosting rent and what the head start is worth.
 */
import { earlierEnergizationFormula, hostingRentFormula } from '@core/power';
import { monthsSavedFormula } from '@core/siteChoice';
import { paramInputs, traced, type Traced } from '@lib/widget/provenance';
import { meta } from './meta';
import type { RaceValues } from './model';

export type RaceReadout = 'months-saved' | 'head-start' | 'annual-rent';

export function raceReadouts(v: RaceValues, text: Record<RaceReadout, string>): Record<RaceReadout, Traced> {
  const { schema } = meta;
  const timing = paramInputs(schema, v, ['wait', 'convert']);
  const rent = paramInputs(schema, v, [['mw', 'MW'], ['rate', 'r']]);
  return {
    'months-saved': traced(text['months-saved'], monthsSavedFormula, timing),
    'annual-rent': traced(text['annual-rent'], hostingRentFormula, rent),
    'head-start': traced(text['head-start'], earlierEnergizationFormula, [{ label: 'Head start (months)', value: text['months-saved'], note: 'computed by monthsSavedByConversion' }, ...timing, ...rent]),
  };
}

