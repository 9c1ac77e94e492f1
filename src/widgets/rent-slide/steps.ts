/**
 * The rent slide as a table of steps: the graphic's state is a pure function of the step index
 * (scrolly step, or the embed's step control). Each step names the points drawn solid, the one
 * it points at, the event that moved the price and any reference lines. The prose of each step
 * lives in the chapter's MDX.
 */
import type { RentPoint } from './data';
import { text } from './i18n';

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
  { id: 'shortage', ...text.steps.shortage, shows: ['launch', 'peak'], focus: 'peak', rules: [] },
  { id: 'supply', ...text.steps.supply, shows: ['launch', 'peak', 'jan-2024'], focus: 'jan-2024', rules: [] },
  { id: 'resale', ...text.steps.resale, shows: ['launch', 'peak', 'jan-2024', 'aug-2024'], focus: 'aug-2024', rules: [] },
  { id: 'open-models', ...text.steps['open-models'], shows: ['launch', 'peak', 'jan-2024', 'aug-2024'], focus: 'aug-2024', rules: ['nvidia'] },
  { id: 'miners', ...text.steps.miners, shows: ['launch', 'peak', 'jan-2024', 'aug-2024', 'iren'], focus: 'iren', rules: ['nvidia', 'cheah-loss'] },
];

export const LAST_STEP = STEPS.length - 1;

/** Any index (a scrolly may have more or fewer steps than the table) clamped to a row. */
export const clampStep = (step: number) => Math.min(LAST_STEP, Math.max(0, Math.round(Number.isFinite(step) ? step : 0)));


