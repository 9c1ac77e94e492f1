/**
 * The rent slide as a table of steps: the graphic's state is a pure function of the step index
 * (scrolly step, or the embed's step control). Each step names the points drawn solid, the one
 * it points at, the event that moved the price and any reference lines. The prose of each step
 * lives in the chapter's MDX.
 */
import type { RentPoint } from './data';

export type RuleId = 'nvidia' | 'cheah-loss';

export interface SlideStep {
  /** URL value of the step control. */
  id: 'shortage' | 'supply' | 'resale' | 'open-models' | 'miners';
  /** Name on the step control. */
  label: string;
  /** Points drawn solid; the rest are drawn faint, so the whole slide is always visible. */
  shows: readonly RentPoint['id'][];
  /** The point the step is about. */
  focus: RentPoint['id'];
  /** The event that moved the price, as a short annotation. */
  event: string;
  rules: readonly RuleId[];
  /** Month or year the step describes, for the summary sentence. */
  when: string;
}

export const STEPS: readonly SlideStep[] = [
  { id: 'shortage', label: '2023', shows: ['launch', 'peak'], focus: 'peak', event: 'Shortage: startups race to train', rules: [], when: 'In 2023' },
  { id: 'supply', label: 'Jan 2024', shows: ['launch', 'peak', 'jan-2024'], focus: 'jan-2024', event: 'More sellers, one going rate', rules: [], when: 'In January 2024' },
  { id: 'resale', label: 'Aug 2024', shows: ['launch', 'peak', 'jan-2024', 'aug-2024'], focus: 'aug-2024', event: 'Reserved hours resold', rules: [], when: 'In August 2024' },
  { id: 'open-models', label: 'Why it fell', shows: ['launch', 'peak', 'jan-2024', 'aug-2024'], focus: 'aug-2024', event: 'Open models: less training from scratch', rules: ['nvidia'], when: 'By August 2024' },
  { id: 'miners', label: 'Sep 2024', shows: ['launch', 'peak', 'jan-2024', 'aug-2024', 'iren'], focus: 'iren', event: 'A miner’s AI cloud earns about $2', rules: ['nvidia', 'cheah-loss'], when: 'In September 2024' },
];

export const LAST_STEP = STEPS.length - 1;

/** Any index (a scrolly may have more or fewer steps than the table) clamped to a row. */
export const clampStep = (step: number) => Math.min(LAST_STEP, Math.max(0, Math.round(Number.isFinite(step) ? step : 0)));


