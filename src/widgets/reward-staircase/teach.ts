/** The reward staircase's figures for lesson notes: the readouts under the graphic on its embed page. */
import type { Figures } from '@lib/teach/teach';
import { staircaseReadouts, staircaseView } from './steps';

export function teachFigures(v: { step: number }): Figures {
  return Object.fromEntries(staircaseReadouts(staircaseView(v.step)).map((r) => [r.key, { label: r.label, text: r.text }]));
}
