import { HOSTING_RENT_2024 } from '@core/assumptions';
import { usdPerKwMonthFromUsdPerMwYear } from '@core/hosting';
import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';

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
  title: 'One site, three businesses',
  chapter: '03-power-shells',
  prefix: 's3',
  goal: 'See why a miner with a grid connection might rather lease it to an AI tenant: the rent per megawatt beats mining’s margin at late-2024 prices and, unlike mining, does not swing with Bitcoin.',
  schema: {
    mw: numberParam({
      key: 'mw',
      label: 'Site power',
      unit: 'MW from the grid',
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
      label: 'Power price',
      unit: 'per kWh',
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
      label: 'Hashprice',
      unit: 'per PH/s a day',
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
      label: 'Bitcoin volatility',
      unit: 'percent a year',
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
      label: 'Hosting rent',
      unit: 'per kW of IT a month',
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
      label: 'Power bill under the lease',
      options: [
        { value: 'tenant', label: 'Tenant pays it' },
        { value: 'host', label: 'Host pays it' },
      ],
      default: 'tenant',
    }),
    rent: numberParam({
      key: 'rent',
      label: 'GPU rent',
      unit: 'per GPU-hour',
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
      label: 'GPU hours rented',
      unit: 'percent',
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
      id: 'dec-2024', label: 'December 2024',
      values: { mw: 100, hashprice: 61.98, hosting: HOSTING_DEFAULT_USD_PER_KW_MONTH, rent: 1.99 },
      sources: ['core-scientific-releases-2024', 'hri-2024-12-02', 'core-scientific-2024-10-22', 'iren-2024-09-16'],
      basis: 'A mid-size miner at the end of 2024: Core Scientific’s 100 MW Muskogee site, hashprice on 2 December 2024, the CoreWeave contracts’ rent and IREN’s GPU earnings of September 2024.',
    },
    {
      id: 'autumn-2025', label: 'Autumn 2025',
      values: { mw: 240, hashprice: 39.82, hosting: 149, rent: 1.7 },
      sources: ['decrypt-cipher-fluidstack-2025-09', 'luxor-lookback-2025-11', 'techreaderdaily-h100-2026-04'],
      basis: 'Cipher’s Barber Lake site (about 244 MW from the grid for 168 MW of IT, to the slider’s 10 MW) and its September 2025 Fluidstack lease, $3.0 billion over 10 years, $149 per kW of IT a month; November 2025’s average hashprice; and a one-year H100 contract at its October 2025 low of $1.70 an hour.',
    },
  ],
} satisfies WidgetMeta;
