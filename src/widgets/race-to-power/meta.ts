import { HOSTING_RENT_2024 } from '@core/assumptions';
import { usdPerKwMonthFromUsdPerMwYear } from '@core/hosting';
import type { WidgetMeta } from '@lib/widget/define';
import { numberParam } from '@lib/widget/params';
import { text } from './i18n';

/**
 * The race to power. Defaults:
 * - wait: 4 years, the short end of the 4–7 years Dominion Energy quoted large data centres in
 *   Virginia in August 2024 (E12); LBNL's ~5 years for generators (E13) is context only.
 * - convert: 12 months to refit a mining site. No sourced figure was found, so this is a labelled
 *   assumption for the reader to change.
 * - mw: ~200 MW of IT, Core Scientific's first CoreWeave deal (June 2024, E01).
 * - rate: $121 per kW-month, the 2024 reference rent of the CoreWeave contracts (E03), shared
 *   with the other widgets through src/core/assumptions.ts.
 */
export const meta = {
  id: 'race-to-power',
  component: 'RaceToPower',
  title: text.title,
  chapter: '03-power-shells',
  prefix: 'rp',
  goal: text.goal,
  schema: {
    wait: numberParam({
      key: 'wait',
      label: text.schema.wait.label,
      unit: text.schema.wait.unit,
      min: 1,
      max: 10,
      step: 0.5,
      default: 4,
      sourceId: 'bnn-dominion-2024-08-29',
      asOf: '2024-08-29',
      format: { maximumFractionDigits: 1 },
    }),
    convert: numberParam({
      key: 'convert',
      label: text.schema.convert.label,
      unit: text.schema.convert.unit,
      min: 3,
      max: 36,
      step: 1,
      default: 12,
      format: { maximumFractionDigits: 0 },
    }),
    mw: numberParam({
      key: 'mw',
      label: text.schema.mw.label,
      unit: text.schema.mw.unit,
      min: 10,
      max: 500,
      step: 10,
      default: 200,
      sourceId: 'blockworks-core-scientific-2024-06',
      asOf: '2024-06-03',
      format: { maximumFractionDigits: 0 },
    }),
    rate: numberParam({
      key: 'rate',
      label: text.schema.rate.label,
      unit: text.schema.rate.unit,
      min: 40,
      max: 250,
      step: 1,
      default: Math.round(usdPerKwMonthFromUsdPerMwYear(HOSTING_RENT_2024.value)),
      sourceId: 'core-scientific-2024-10-22',
      asOf: '2024-10-22',
      format: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
    }),
  },
  sources: ['bnn-dominion-2024-08-29', 'blockworks-core-scientific-2024-06', 'core-scientific-2024-10-22'],
  embedHeightPx: 1300,
  presets: [
    {
      id: 'jun-2024', label: text.presets['jun-2024'].label,
      values: { mw: 200, rate: Math.round(usdPerKwMonthFromUsdPerMwYear(HOSTING_RENT_2024.value)) },
      sources: ['blockworks-core-scientific-2024-06', 'core-scientific-2024-10-22'],
      basis: text.presets['jun-2024'].basis,
    },
    {
      id: 'dec-2025', label: text.presets['dec-2025'].label,
      values: { mw: 250, rate: 159 },
      sources: ['dcpulse-hut8-river-bend-2025-12-17'],
      basis: text.presets['dec-2025'].basis,
    },
  ],
} satisfies WidgetMeta;
