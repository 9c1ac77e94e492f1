/**
 * Classroom mode's readouts: the class's average, winning number and winners (from the guesses
 * typed in this page, under the game's rule after Nagel 1995), the key naming the chart's
 * level-k lines, and the model rows of the comparison table. The count of guesses is a plain
 * number, not a readout.
 */
import { beautyContestFormula, levelKFormula } from '@core/beauty';
import { modelRowReadouts } from '@lib/widget/beautyComparison';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { paramInput, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { meta } from './meta';
import { winnersText, type ClassroomView, type ClassValues } from './model';

/** The class's readouts, shown above the chart. */
export const CLASS_READOUTS: readonly string[] = ['mean', 'target', 'winners'];

export function readouts(view: ClassroomView, values: ClassValues): Readout[] {
  const p = [paramInput(meta.schema.p, values.p, 'Fraction of the average (p)')];
  const guesses: ProvenanceInput = { label: 'The class’s guesses', value: view.countText, note: 'typed in this page; nothing is sent anywhere' };
  const target = view.target === null ? '–' : num(view.target, 2);
  const [one, two] = view.levels;
  return [
    { id: 'mean', label: 'Average', ...traced(view.mean === null ? '–' : num(view.mean, 2), beautyContestFormula, [guesses, ...p]) },
    { id: 'target', label: 'Winning number', ...traced(target, beautyContestFormula, [guesses, ...p]) },
    { id: 'winners', label: 'Winner', ...traced(view.winners.length ? winnersText(view.winners) : '–', beautyContestFormula, [{ label: 'Winning number (T)', value: target }, guesses, ...p]) },
    {
      id: 'levels', label: 'The dotted lines',
      ...traced(`Dotted lines: the one-step guess (${num(one!.x, 1)}) and the two-step guess (${num(two!.x, 1)}).`, levelKFormula, [
        { label: 'Level 0 guess', value: '50', note: 'the middle of 0 to 100' }, ...p,
      ]),
    },
    ...view.models.flatMap(modelRowReadouts),
  ];
}
