/** The miner's dilemma's figures for lesson notes: the legend's medians and low ends, and the sentence's readouts. */
import type { Figures } from '@lib/teach/teach';
import { dilemmaView, type DilemmaValues } from './model';

export function teachFigures(v: DilemmaValues): Figures {
  const view = dilemmaView(v);
  if (view.error) return {};
  const out: Figures = {};
  for (const s of view.strategies) {
    out[`median-${s.id}`] = { label: `${s.label}: median cash after three years`, text: s.medianText };
    out[`p5-${s.id}`] = { label: `${s.label}: 1 path in 20 ends below`, text: s.p5Text };
  }
  const r = view.readouts;
  out.hashrate = { label: 'Hashrate of the megawatt', text: r.hashrate };
  out['power-per-day'] = { label: 'Power bill a day', text: r.powerPerDay };
  out['rent-per-month'] = { label: 'AI tenant’s rent a month', text: r.rentPerMonth };
  out['median-price'] = { label: 'Median Bitcoin price after three years', text: r.medianPrice };
  out['hold-beats-host'] = { label: 'Share of paths where holding beats hosting', text: r.holdBeatsHost };
  return out;
}
