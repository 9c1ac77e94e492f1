/**
 * Classroom mode: figures for lesson notes. A link sets only p, so the figures are the key under
 * the chart (the one- and two-step guesses) and the model rows of the comparison table.
 */
import { num } from '@lib/widget/format';
import type { Figures } from '@lib/teach/teach';
import { classroomView, modelKey, MODEL_TAUS } from './model';

export function teachFigures(v: { p: string }): Figures {
  const view = classroomView('', v.p);
  const out: Figures = { levels: { label: 'One-step and two-step guesses', text: view.levelsKey } };
  for (const tau of MODEL_TAUS) {
    const row = view.comparison.find((r) => r.key === modelKey(tau));
    if (!row) continue;
    out[`${modelKey(tau)}-mean`] = { label: `Model average guess, τ = ${num(tau, 2)}`, text: num(row.mean, 2) };
    out[`${modelKey(tau)}-target`] = { label: `Model winning number, τ = ${num(tau, 2)}`, text: num(row.target, 2) };
  }
  return out;
}
