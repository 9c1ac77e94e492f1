/**
 * The readouts of "Energy and prosperity": the highlighted country's electricity per person and
 * in total, as Our World in Data reported them for 2024, and how many times the lowest country's
 * per-person figure it is, which the core computes.
 */
import { energyRatioFormula } from '@core/energy';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { reported, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { text } from './i18n';
import { ratioText, twhText, type CountryRow, type ProsperityView } from './model';

const OWID = { sourceId: 'owid-energy', asOf: '2024' } as const;
const perPerson = (r: CountryRow): ProvenanceInput => ({ label: text.perPersonInput(r.name), value: num(r.kwhPerPerson), unit: text.kwhUnit, ...OWID });

export function readouts(view: ProsperityView): Readout[] {
  if (!view.ok) return [];
  const { chosen, lowest } = view;
  return [
    { id: 'kwh-per-person', label: text.perPerson(chosen.name), ...reported(text.kwh(num(chosen.kwhPerPerson)), perPerson(chosen)) },
    {
      id: 'generation', label: text.inTotal(chosen.name),
      ...reported(twhText(chosen.generationTwh), { label: text.generatedInput(chosen.name), value: num(chosen.generationTwh, 2), unit: text.twhUnit, ...OWID }),
    },
    {
      id: 'times-lowest', label: text.timesLowest(lowest.name),
      ...traced(`${ratioText(view.timesLowest)}×`, energyRatioFormula, [perPerson(chosen), { ...perPerson(lowest), note: text.lowestNote }]),
    },
  ];
}
