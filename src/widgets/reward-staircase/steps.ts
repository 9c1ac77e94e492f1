/**
 * The reward staircase as a table of steps: the graphic's state is a pure function of the step
 * index (scrolly step or the embed's "Halving" control), looked up here; ./model.ts fills it with
 * numbers from the core. The words of each step live in the chapter's MDX, not here; the step
 * control's short names are in ./i18n.
 */
import { text } from './i18n';

/** The chart runs from genesis to the start of this era (about 2044), so eras 0–8 are drawn. */
export const END_EPOCH = 9;

export interface StaircaseStep {
  /** Last subsidy era drawn solid; later eras are drawn faded and dashed. */
  throughEpoch: number;
  /** Era whose first block the step points at (0 = genesis). */
  highlight: number;
  /** Short name for the step control, e.g. "Apr 2024". */
  label: string;
}

export const STEPS: readonly StaircaseStep[] = [
  { throughEpoch: 0, highlight: 0, label: text.steps[0] },
  { throughEpoch: 1, highlight: 1, label: text.steps[1] },
  { throughEpoch: 2, highlight: 2, label: text.steps[2] },
  { throughEpoch: 3, highlight: 3, label: text.steps[3] },
  { throughEpoch: 4, highlight: 4, label: text.steps[4] },
  { throughEpoch: END_EPOCH - 1, highlight: 5, label: text.steps[5] },
];

export const LAST_STEP = STEPS.length - 1;

/** Clamps any index (scrolly sections may have more steps than the table) to a table row. */
export const clampStep = (step: number) => Math.min(LAST_STEP, Math.max(0, Math.round(Number.isFinite(step) ? step : 0)));
