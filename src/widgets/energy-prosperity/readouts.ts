/**
 * The readouts of "Energy and prosperity": the highlighted country's electricity per person and
 * in total, as Our World in Data reported them for 2024, and how many times the lowest country's
 * per-person figure it is, which the core computes.
 */
import { energyRatioFormula } from '@core/energy';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { reported, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { ratioText, twhText, type CountryRow, type ProsperityView } from './model';

const OWID = { sourceId: 'owid-energy', asOf: '2024' } as const;
const perPerson = (r: CountryRow): ProvenanceInput => ({ label: `${r.name}, electricity per person`, value: num(r.kwhPerPerson), unit: 'kWh', ...OWID });

export function readouts(view: ProsperityView): Readout[] {
  if (!view.ok) return [];
  const { chosen, lowest } = view;
  return [
    { id: 'kwh-per-person', label: `${chosen.name}, per person`, ...reported(`${num(chosen.kwhPerPerson)} kWh`, perPerson(chosen)) },
    {
      id: 'generation', label: `${chosen.name}, in total`,
      ...reported(twhText(chosen.generationTwh), { label: `${chosen.name}, electricity generated`, value: num(chosen.generationTwh, 2), unit: 'TWh', ...OWID }),
    },
    {
      id: 'times-lowest', label: `Times ${lowest.name}, per person`,
      ...traced(`${ratioText(view.timesLowest)}×`, energyRatioFormula, [perPerson(chosen), { ...perPerson(lowest), note: 'the lowest shown' }]),
    },
  ];
}
