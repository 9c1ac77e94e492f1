/**
 * "Play it"'s readouts: the round's average, winning number and the reader's place (hidden until
 * the reader guesses; the crowd is simulated by the core's beautyGame from the settings), then
 * the model row of the comparison table. The round number is a plain count, not a readout.
 */
import { beautyContestFormula } from '@core/beauty';
import { beautyGameFormula } from '@core/beautyGame';
import { modelRowReadouts, pInput } from '@lib/widget/beautyComparison';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { paramInputs, traced } from '@lib/widget/provenance';
import { meta } from './meta';
import type { PlayValues, PlayView } from './model';

/** The round's readouts, shown above the chart (the model's are in the comparison table). */
export const ROUND_READOUTS: readonly string[] = ['mean', 'target', 'result'];

export function readouts(view: PlayView, values: PlayValues): Readout[] {
  if (view.error) return [];
  const crowd = [...paramInputs(meta.schema, values, [['tau', 'τ'], 'size', 'seed', 'guess']), pInput(view.p)];
  const s = view.shown;
  const mean = s ? num(s.mean, 1) : 'hidden';
  const target = s ? num(s.target, 1) : 'hidden';
  return [
    { id: 'mean', label: 'Average guess', ...traced(mean, beautyGameFormula, crowd) },
    { id: 'target', label: 'Winning number', ...traced(target, beautyContestFormula, [{ label: 'Average of all guesses', value: mean, note: 'computed by beautyGame' }, pInput(view.p)]) },
    {
      id: 'result', label: 'Your place',
      ...traced(s ? s.result : 'waiting for your guess', beautyContestFormula, [{ label: 'Winning number (T)', value: target }, ...crowd]),
      ...(view.readerWon ? { tone: 'good' as const } : {}),
    },
    ...(view.model ? modelRowReadouts(view.model) : []),
  ];
}
