import { HOSTING_RENT_2024 } from '@core/assumptions';
import { usdPerKwMonthFromUsdPerMwYear } from '@core/hosting';
import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';
import { text } from './i18n';

/**
 * One site, three businesses. Defaults describe a mid-size miner at the end of 2024:
 * - mw: 100 MW, the size of Core Scientific's Muskogee site (groundbreaking Nov 2024, E04).
 * - power: $0.045/kWh, the median power cost of the miners Cambridge surveyed for 2024 (B26).
 * - hashprice: $61.98/PH/day, Hashrate Index's reading of 2 December 2024 (B11).
 * - vol: 50% a year, the site's Monte Carlo default taken from measured 40–65% (I06).
 * - hosting: Core Scientific's CoreWeave contracts, $8.7B over 12 years for ~500 MW of IT
 *   (E03) = $1.45M per MW-year = $120.83 per kW-month, computed by the core and rounded to $121.
 * - rent, util: IREN's AI cloud in September 2024, ~$33M a year from 1,896 GPUs (D24) =
 *   $1.99 per GPU-hour over every hour of every GPU, so the matching utilization is 100%.
 * - payer: who pays the power bill under a hosting lease is not in our sources; the default
 *   (tenant) matches TeraWulf's guided ~85% operating margin on its leases (E08), which a
 *   host paying the power could not reach at these prices.
 */
export const HOSTING_DEFAULT_USD_PER_KW_MONTH = Math.round(usdPerKwMonthFromUsdPerMwYear(HOSTING_RENT_2024.value));

export const meta = {
  id: 'site-three-ways',
  component: 'SiteThreeWays',
  title: text.title,
  chapter: '03-power-shells',
  prefix: 's3',
  goal: text.goal,
  schema: {
    mw: numberParam({
      key: 'mw',
      label: text.params.mw.label,
      unit: text.params.mw.unit,
      min: 10,
      max: 500,
      step: 10,
      default: 100,
      sourceId: 'core-scientific-releases-2024',
      asOf: '2024-11',
      format: { maximumFractionDigits: 0 },
    }),
    power: numberParam({
      key: 'power',
      label: text.params.power.label,
      unit: text.params.power.unit,
      min: 0.01,
      max: 0.15,
      step: 0.005,
      default: 0.045,
      sourceId: 'cambridge-2025',
      asOf: '2024',
      format: { style: 'currency', currency: 'USD', minimumFractionDigits: 3, maximumFractionDigits: 3 },
    }),
    hashprice: numberParam({
      key: 'hashprice',
      label: text.params.hashprice.label,
      unit: text.params.hashprice.unit,
      min: 20,
      max: 150,
      step: 0.01,
      default: 61.98,
      sourceId: 'hri-2024-12-02',
      asOf: '2024-12-02',
      format: { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    }),
    vol: numberParam({
      key: 'vol',
      label: text.params.vol.label,
      unit: text.params.vol.unit,
      min: 20,
      max: 100,
      step: 5,
      default: 50,
      sourceId: 'glassnode-vol-2024',
      asOf: '2024',
      format: { maximumFractionDigits: 0 },
    }),
    hosting: numberParam({
      key: 'hosting',
      label: text.params.hosting.label,
      unit: text.params.hosting.unit,
      min: 40,
      max: 250,
      step: 1,
      default: HOSTING_DEFAULT_USD_PER_KW_MONTH,
      sourceId: 'core-scientific-2024-10-22',
      asOf: '2024-10-22',
      format: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
    }),
    payer: choiceParam({
      key: 'payer',
      label: text.params.payer.label,
      options: [
        { value: 'tenant', label: text.payers.tenant },
        { value: 'host', label: text.payers.host },
      ],
      default: 'tenant',
    }),
    rent: numberParam({
      key: 'rent',
      label: text.params.rent.label,
      unit: text.params.rent.unit,
      min: 0.5,
      max: 8,
      step: 0.01,
      default: 1.99,
      sourceId: 'iren-2024-09-16',
      asOf: '2024-09-16',
      format: { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    }),
    util: numberParam({
      key: 'util',
      label: text.params.util.label,
      unit: text.params.util.unit,
      min: 10,
      max: 100,
      step: 5,
      default: 100,
      sourceId: 'iren-2024-09-16',
      asOf: '2024-09-16',
      format: { maximumFractionDigits: 0 },
    }),
  },
  sources: [
    'core-scientific-releases-2024',
    'cambridge-2025',
    'hri-2024-12-02',
    'glassnode-vol-2024',
    'core-scientific-2024-10-22',
    'terawulf-2025-08-14',
    'iren-2024-09-16',
    'nvidia-dgx-h100-user-guide',
    'cheah-2024',
  ],
  embedHeightPx: 2310,
  presets: [
    {
      id: 'dec-2024', label: text.presets['dec-2024'].label,
      values: { mw: 100, hashprice: 61.98, hosting: HOSTING_DEFAULT_USD_PER_KW_MONTH, rent: 1.99 },
      sources: ['core-scientific-releases-2024', 'hri-2024-12-02', 'core-scientific-2024-10-22', 'iren-2024-09-16'],
      basis: text.presets['dec-2024'].basis,
    },
    {
      id: 'autumn-2025', label: text.presets['autumn-2025'].label,
      values: { mw: 240, hashprice: 39.82, hosting: 149, rent: 1.7 },
      sources: ['decrypt-cipher-fluidstack-2025-09', 'luxor-lookback-2025-11', 'techreaderdaily-h100-2026-04'],
      basis: text.presets['autumn-2025'].basis,
    },
  ],
} satisfies WidgetMeta;
