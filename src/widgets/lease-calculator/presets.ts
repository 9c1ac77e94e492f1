/**
 * Preset scenarios: each sets several inputs at once from sourced figures. Cheah's three rent
 * lines are his spreadsheet's verdicts, which cannot be reproduced from his published inputs
 * (facts V-D2), so they are shown as his claims beside this calculator's own result, never as
 * outputs of it.
 */
import type { Preset } from '@lib/widget/define';
import type { schema } from './meta';
import { text } from './i18n';

/** Cheah's setup: $50k all-in, five years, rented every hour (fact D18). */
const CHEAH = { capexUsd: 50000, lifeYears: 5, utilizationPct: 100 } as const;
/**
 * Cheah's "blended price" drifts down to half the starting rent by year 5. A steady 16% a year
 * gives 0.84⁴ = 49.8% in year 5: the same end point, on this calculator's compounding curve.
 */
export const CHEAH_BLENDED_FALL_PCT = 16;

export const PRESETS: readonly Preset<typeof schema>[] = [
  {
    id: 'peak-2023', ...text.presets['peak-2023'],
    values: { ...CHEAH, rentUsdPerHour: 4.7, rentDeclinePct: 40 },
    sources: ['cheah-2024'],
  },
  {
    id: 'sep-2024', ...text.presets['sep-2024'],
    values: { capexUsd: 40650, rentUsdPerHour: 1.99, rentDeclinePct: 0, lifeYears: 5, utilizationPct: 100 },
    sources: ['iren-2024-09-16', 'iren-2024-04-update'],
  },
  {
    id: 'cheah-1-65', ...text.presets['cheah-1-65'],
    values: { ...CHEAH, rentUsdPerHour: 1.65, rentDeclinePct: CHEAH_BLENDED_FALL_PCT },
    sources: ['cheah-2024'],
  },
  {
    id: 'cheah-2-85', ...text.presets['cheah-2-85'],
    values: { ...CHEAH, rentUsdPerHour: 2.85, rentDeclinePct: CHEAH_BLENDED_FALL_PCT },
    sources: ['cheah-2024'],
  },
  {
    id: 'cheah-4-50', ...text.presets['cheah-4-50'],
    values: { ...CHEAH, rentUsdPerHour: 4.5, rentDeclinePct: CHEAH_BLENDED_FALL_PCT },
    sources: ['cheah-2024'],
  },
  {
    id: 'mar-2026', ...text.presets['mar-2026'],
    values: { ...CHEAH, rentUsdPerHour: 2.35, rentDeclinePct: 22 },
    sources: ['techreaderdaily-h100-2026-04', 'ft-gpu-rents-2025', 'cheah-2024'],
  },
];
