/** Energy and prosperity: figures for lesson notes, formatted as the view's readouts are. */
import { num } from '@lib/widget/format';
import type { Figures } from '@lib/teach/teach';
import { computeProsperity, type ProsperityValues } from './model';

export function teachFigures(v: ProsperityValues): Figures {
  const view = computeProsperity(v);
  if (!view.ok) return {};
  const c = view.chosen;
  return {
    'kwh-per-person': { label: `${c.name}: electricity per person, 2024`, text: `${num(c.kwhPerPerson)} kWh` },
    generation: { label: `${c.name}: electricity in total, 2024`, text: `${num(c.generationTwh, c.generationTwh < 100 ? 1 : 0)} TWh` },
    'times-lowest': { label: `${c.name} per person, times ${view.lowest.name}`, text: `${num(view.timesLowest, view.timesLowest < 10 ? 1 : 0)}×` },
  };
}
