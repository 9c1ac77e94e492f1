/**
 * Preset scenarios: each sets several inputs at once from sourced figures. Cheah's three rent
 * lines are his spreadsheet's verdicts, which cannot be reproduced from his published inputs
 * (facts V-D2), so they are shown as his claims beside this calculator's own result, never as
 * outputs of it.
 */
import type { Preset } from '@lib/widget/define';
import type { schema } from './meta';

/** Cheah's setup: $50k all-in, five years, rented every hour (fact D18). */
const CHEAH = { capexUsd: 50000, lifeYears: 5, utilizationPct: 100 } as const;
/**
 * Cheah's "blended price" drifts down to half the starting rent by year 5. A steady 16% a year
 * gives 0.84⁴ = 49.8% in year 5: the same end point, on this calculator's compounding curve.
 */
export const CHEAH_BLENDED_FALL_PCT = 16;

export const PRESETS: readonly Preset<typeof schema>[] = [
  {
    id: 'peak-2023', label: 'Bought at the 2023 peak',
    values: { ...CHEAH, rentUsdPerHour: 4.7, rentDeclinePct: 40 },
    sources: ['cheah-2024'],
    basis: 'Cheah’s $50,000 all-in H100 rented at the $4.70 launch rate, with rent then falling 40% a year, the pace he measured in 2024.',
  },
  {
    id: 'sep-2024', label: 'Bought in September 2024',
    values: { capexUsd: 40650, rentUsdPerHour: 1.99, rentDeclinePct: 0, lifeYears: 5, utilizationPct: 100 },
    sources: ['iren-2024-09-16', 'iren-2024-04-update'],
    basis: 'IREN’s H200s at $40,650 each all in, earning the $1.99 an hour its own figures imply, with rent holding steady, as a payback worked out from that month’s earnings assumes (IREN expected about two years for its H100s).',
  },
  {
    id: 'cheah-1-65', label: '$1.65: Cheah’s loss line',
    values: { ...CHEAH, rentUsdPerHour: 1.65, rentDeclinePct: CHEAH_BLENDED_FALL_PCT },
    sources: ['cheah-2024'],
    basis: 'Cheah’s $50,000 H100 over five years, rent drifting down to half by year 5.',
    claim: 'Cheah’s spreadsheet expects a loss over five years at this rent.',
  },
  {
    id: 'cheah-2-85', label: '$2.85: Cheah’s stock-market line',
    values: { ...CHEAH, rentUsdPerHour: 2.85, rentDeclinePct: CHEAH_BLENDED_FALL_PCT },
    sources: ['cheah-2024'],
    basis: 'Cheah’s $50,000 H100 over five years, rent drifting down to half by year 5.',
    claim: 'Cheah’s spreadsheet gives an IRR “barely above 10%” at this rent, about what the stock market pays.',
  },
  {
    id: 'cheah-4-50', label: '$4.50: Cheah’s 20% line',
    values: { ...CHEAH, rentUsdPerHour: 4.5, rentDeclinePct: CHEAH_BLENDED_FALL_PCT },
    sources: ['cheah-2024'],
    basis: 'Cheah’s $50,000 H100 over five years, rent drifting down to half by year 5.',
    claim: 'Cheah’s spreadsheet gives an IRR above 20% at this rent.',
  },
  {
    id: 'mar-2026', label: 'Rented in March 2026',
    values: { ...CHEAH, rentUsdPerHour: 2.35, rentDeclinePct: 22 },
    sources: ['techreaderdaily-h100-2026-04', 'ft-gpu-rents-2025', 'cheah-2024'],
    basis: 'Cheah’s $50,000 all-in H100 on a one-year contract at March 2026’s $2.35 an hour (SemiAnalysis’s index, as reported), with rent then falling 22% a year, the pace H100 rents fell in 2025.',
  },
];
