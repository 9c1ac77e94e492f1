/**
 * The squeeze calculator's figures for lesson notes: the text of each [data-readout] cell of
 * Readouts.svelte ("profit-after" …), from the same sideReadouts call that table renders.
 */
import type { Figures } from '@lib/teach/teach';
import { READOUT_ROWS, computeSqueeze, sideReadouts, type SqueezeInput } from './model';

export function teachFigures(v: SqueezeInput): Figures {
  const s = computeSqueeze(v);
  if (!s.ok) return {};
  const out: Figures = {};
  for (const [id, side, when] of [['before', s.before, 'before the halving'], ['after', s.after, 'after the halving']] as const) {
    const texts = sideReadouts(s.model, side, v, id);
    for (const r of READOUT_ROWS) out[`${r.key}-${id}`] = { label: `${r.label}, ${when}`, text: texts[r.key].text };
  }
  return out;
}
