/**
 * Classroom mode's readouts: the class's average, winning number and winners (from the guesses
 * typed in this page, under the game's rule after Nagel 1995), the key naming the chart's
 * level-k lines, and the model rows of the comparison table. The count of guesses is a plain
 * number, not a readout.
 */
import { beautyContestFormula, levelKFormula } from '@core/beauty';
import { modelRowReadouts } from '@lib/widget/beauty/comparison';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { paramInput, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { meta } from './meta';
import { text } from './i18n';
import { winnersText, type ClassroomView, type ClassValues } from './model';

/** The class's readouts, shown above the chart. */
export const CLASS_READOUTS: readonly string[] = ['mean', 'target', 'winners'];

export function readouts(view: ClassroomView, values: ClassValues): Readout[] {
  const p = [paramInput(meta.schema.p, values.p, text.readouts.p)];
  const guesses: ProvenanceInput = { label: text.readouts.guesses.label, value: view.countText, note: text.readouts.guesses.note };
  const target = view.target === null ? '–' : num(view.target, 2);
  const [one, two] = view.levels;
  return [
    { id: 'mean', label: text.readouts.mean, ...traced(view.mean === null ? '–' : num(view.mean, 2), beautyContestFormula, [guesses, ...p]) },
    { id: 'target', label: text.readouts.target, ...traced(target, beautyContestFormula, [guesses, ...p]) },
    { id: 'winners', label: text.readouts.winners, ...traced(view.winners.length ? winnersText(view.winners) : '–', beautyContestFormula, [{ label: text.readouts.targetInput, value: target }, guesses, ...p]) },
    {
      id: 'levels', label: text.readouts.levels,
      ...traced(text.readouts.levelsText(num(one!.x, 1), num(two!.x, 1)), levelKFormula, [
        { label: text.readouts.level0.label, value: '50', note: text.readouts.level0.note }, ...p,
      ]),
    },
    ...view.models.flatMap(modelRowReadouts),
  ];
}
