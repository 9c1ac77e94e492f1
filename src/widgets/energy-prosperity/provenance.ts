/**
 * How each of "Energy and prosperity"'s readouts was obtained: Our World in Data's 2024 figures,
 * reported as is, and the ratio the core computes from them.
 */
import { energyRatioFormula } from '@core/energy';
import { num } from '@lib/widget/format';
import { reported, traced, type Traced } from '@lib/widget/provenance';
import type { CountryRow, ProsperityView } from './model';

const OWID = { sourceId: 'owid-energy', asOf: '2024' } as const;
const perPerson = (r: CountryRow) => ({ label: `${r.name}, electricity per person`, value: num(r.kwhPerPerson), unit: 'kWh', ...OWID });

export type ProsperityReadout = 'kwh-per-person' | 'generation' | 'times-lowest';

export function prosperityReadouts(view: Extract<ProsperityView, { ok: true }>, text: Record<ProsperityReadout, string>): Record<ProsperityReadout, Traced> {
  const { chosen, lowest } = view;
  return {
    'kwh-per-person': reported(text['kwh-per-person'], perPerson(chosen)),
    generation: reported(text.generation, { label: `${chosen.name}, electricity generated`, value: num(chosen.generationTwh, 2), unit: 'TWh', ...OWID }),
    'times-lowest': traced(text['times-lowest'], energyRatioFormula, [perPerson(chosen), { ...perPerson(lowest), note: 'the lowest shown' }]),
  };
}
