/**
 * Preset scenarios: each sets several inputs at once from sourced figures. Cheah's three rent
 * lines are his spreadsheet's verdicts, which cannot be reproduced from his published inputs
 * (facts V-D2), so they are shown as his claims beside this calculator's own result, never as
 * outputs of it.
 */
import type { Values } from '@lib/widget/params';
import type { schema } from './meta';

type Inputs = Values<typeof schema>;

export interface Preset {
  id: string;
  /** Button text. */
  label: string;
  values: Partial<Inputs>;
  sourceIds: readonly string[];
  /** What the preset assumes, in a sentence for the note under the buttons. */
  basis: string;
  /** For Cheah's lines: his verdict at this rent, quoted as a claim. */
  claim?: string;
}

/** Cheah's setup: $50k all-in, five years, rented every hour (fact D18). */
const CHEAH = { capexUsd: 50000, lifeYears: 5, utilizationPct: 100 } as const;
/**
 * Cheah's "blended price" drifts down to half the starting rent by year 5. A steady 16% a year
 * gives 0.84⁴ = 49.8% in year 5: the same end point, on this calculator's compounding curve.
 */
export const CHEAH_BLENDED_FALL_PCT = 16;

export const PRESETS: readonly Preset[] = [
  {
    id: 'peak-2023', label: 'Bought at the 2023 peak',
    values: { ...CHEAH, rentUsdPerHour: 4.7, rentDeclinePct: 40 },
    sourceIds: ['cheah-2024'],
    basis: 'Cheah’s $50,000 all-in H100 rented at the $4.70 launch rate, with rent then falling 40% a year, the pace he measured in 2024.',
  },
  {
    id: 'sep-2024', label: 'Bought in September 2024',
    values: { capexUsd: 40650, rentUsdPerHour: 1.99, rentDeclinePct: 0, lifeYears: 5, utilizationPct: 100 },
    sourceIds: ['iren-2024-09-16', 'iren-2024-04-update'],
    basis: 'IREN’s H200s at $40,650 each all in, earning the $1.99 an hour its own figures imply, with rent holding steady, as a payback worked out from that month’s earnings assumes (IREN expected about two years for its H100s).',
  },
  {
    id: 'cheah-1-65', label: '$1.65: Cheah’s loss line',
    values: { ...CHEAH, rentUsdPerHour: 1.65, rentDeclinePct: CHEAH_BLENDED_FALL_PCT },
    sourceIds: ['cheah-2024'],
    basis: 'Cheah’s $50,000 H100 over five years, rent drifting down to half by year 5.',
    claim: 'Cheah’s spreadsheet expects a loss over five years at this rent.',
  },
  {
    id: 'cheah-2-85', label: '$2.85: Cheah’s stock-market line',
    values: { ...CHEAH, rentUsdPerHour: 2.85, rentDeclinePct: CHEAH_BLENDED_FALL_PCT },
    sourceIds: ['cheah-2024'],
    basis: 'Cheah’s $50,000 H100 over five years, rent drifting down to half by year 5.',
    claim: 'Cheah’s spreadsheet gives an IRR “barely above 10%” at this rent, about what the stock market pays.',
  },
  {
    id: 'cheah-4-50', label: '$4.50: Cheah’s 20% line',
    values: { ...CHEAH, rentUsdPerHour: 4.5, rentDeclinePct: CHEAH_BLENDED_FALL_PCT },
    sourceIds: ['cheah-2024'],
    basis: 'Cheah’s $50,000 H100 over five years, rent drifting down to half by year 5.',
    claim: 'Cheah’s spreadsheet gives an IRR above 20% at this rent.',
  },
];

/** The preset whose values all match the current inputs, if any. */
export function activePreset(values: Inputs): Preset | undefined {
  return PRESETS.find((p) => Object.entries(p.values).every(([k, v]) => values[k as keyof Inputs] === v));
}
