/**
 * "Play it": figures for lesson notes. What a link can set is the crowd, not the reader's rounds,
 * so the figures are the model row of the comparison table, as ComparisonTable shows it.
 */
import { num } from '@lib/widget/format';
import type { Figures } from '@lib/teach/teach';
import { comparisonRows, type PlayValues } from './model';

const P: Record<string, number> = { '2/3': 2 / 3, '1/2': 1 / 2 };

export function teachFigures(v: PlayValues): Figures {
  const model = comparisonRows(P[v.p] ?? 2 / 3, v.tau).find((r) => r.key === 'model');
  if (!model) return {};
  return {
    'model-mean': { label: `Average guess the model predicts (τ = ${num(v.tau, 1)})`, text: num(model.mean, 2) },
    'model-target': { label: `Winning number it implies (${v.p} of the average)`, text: num(model.target, 2) },
  };
}
