/** How the board draws a deal, shared by its chart and its legend. */
import type { DealRow } from './row';

/** Mark radius, px: area in proportion to the megawatts the rate is per (25 MW → 3.6 px, 500 MW → 16 px). */
export const markRadiusPx = (mw: number) => 0.72 * Math.sqrt(mw);

/** Colour by kind; the shape and fill say the same, so colour is never the only cue. */
export const KIND_COLOR: Record<DealRow['kind'], string> = { hosting: 'var(--accent-3)', 'gpu-cloud': 'var(--accent-2)' };

/** Megawatts of the size key. */
export const SIZE_KEY_MW = [25, 100, 500] as const;
