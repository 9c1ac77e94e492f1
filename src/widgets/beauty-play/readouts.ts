/**
 * "Play it"'s readouts: the round's average, winning number and the reader's place (hidden until
 * the reader guesses; the crowd is simulated by the core's beautyGame from the settings), then
 * the model row of the comparison table. The round number is a plain count, not a readout.
 */
import { beautyContestFormula } from '@core/beauty';
import { beautyGameFormula } from '@core/beautyGame';
import { modelRowReadouts, pInput } from '@lib/widget/beauty/comparison';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { paramInput, paramInputs, traced } from '@lib/widget/provenance';
import { meta } from './meta';
import { text } from './i18n';
import type { PlayValues, PlayView } from './model';

/** The round's readouts, shown above the chart (the model's are in the comparison table). */
export const ROUND_READOUTS: readonly string[] = ['mean', 'target', 'result'];

export function readouts(view: PlayView, values: PlayValues): Readout[] {
  if (view.error) return [];
  // τ's input is worded here rather than by paramInputs, so each language writes its symbol its own way.
  const crowd = [
    paramInput(meta.schema.tau, values.tau, text.tauInput),
    ...paramInputs(meta.schema, values, ['size', 'seed', 'guess']),
    pInput(view.p),
  ];
  const s = view.shown;
  const mean = s ? num(s.mean, 1) : text.hidden;
  const target = s ? num(s.target, 1) : text.hidden;
  return [
    { id: 'mean', label: text.mean, ...traced(mean, beautyGameFormula, crowd) },
    { id: 'target', label: text.target, ...traced(target, beautyContestFormula, [{ label: text.averageInput, value: mean, note: text.averageNote }, pInput(view.p)]) },
    {
      id: 'result', label: text.result,
      ...traced(s ? s.result : text.waiting, beautyContestFormula, [{ label: text.targetInput, value: target }, ...crowd]),
      ...(view.readerWon ? { tone: 'good' as const } : {}),
    },
    ...(view.model ? modelRowReadouts(view.model) : []),
  ];
}
