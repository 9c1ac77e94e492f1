import { ASIC_MODELS } from '@core/catalog';
import { hashrateFromDifficulty } from '@core/bitcoin';
import { choiceParam, numberParam } from '@lib/widget/params';
import type { WidgetMeta } from '@lib/widget/define';
import { text } from './i18n';

/** Difficulty when block 840,000 was mined (fact A19, worldstockmarket.net). */
const HALVING_DIFFICULTY = 86.39e12;
const HASHRATE_STEP_EHS = 5;

/**
 * The squeeze calculator. Defaults describe the day of the April 2024 halving:
 * - model: the Antminer S19j Pro, one of the rigs in Hashrate Index's breakeven list of 1 April 2024 (B03).
 * - power: $0.045/kWh, the median power cost of the miners Cambridge surveyed for 2024 (B26).
 * - btc: $63,500, the low end of the $63,500–63,700 quoted when the halving block was mined (B16).
 * - hashrate: difficulty 86.39 T at the halving → D × 2³² / 600 = 618.4 EH/s, rounded to the
 *   slider's 5 EH/s grid (620). Published 7-day averages were 611–650 EH/s (HRI Q1 2024 report).
 * - fees: The Block (22 April 2024, from YCharts) reports $7.7M of fees on 19 April, the day before
 *   the halving: $7.7M ÷ $63,500 ÷ 144 blocks = 0.84 BTC per block, 0.85 on the slider grid.
 *   With these defaults hashprice is $104.7/PH/day before the halving, near Hashrate Index's
 *   $108.6 of 1 April (B01). Fees are held equal in BTC across the halving.
 * - pool: no sourced typical pool fee was found, so the default is 0% (full pay-per-share
 *   hashprice, as Hashrate Index quotes it).
 */
export const meta = {
  id: 'squeeze-calculator',
  component: 'SqueezeCalculator',
  title: text.title,
  chapter: '01-halving-squeeze',
  prefix: 'sq',
  goal: text.goal,
  schema: {
    model: choiceParam({
      key: 'model',
      label: text.schema.model,
      options: ASIC_MODELS.map((m) => ({ value: m.id, label: m.name })),
      default: 's19j-pro',
      sourceId: 'asics-tools',
    }),
    power: numberParam({
      key: 'power',
      label: text.schema.power.label,
      unit: text.schema.power.unit,
      min: 0.01,
      max: 0.3,
      step: 0.005,
      default: 0.045,
      sourceId: 'cambridge-2025',
      asOf: '2024',
      format: { style: 'currency', currency: 'USD', minimumFractionDigits: 3, maximumFractionDigits: 3 },
    }),
    btc: numberParam({
      key: 'btc',
      label: text.schema.btc.label,
      unit: text.schema.btc.unit,
      min: 10_000,
      max: 200_000,
      step: 500,
      default: 63_500,
      sourceId: 'coindesk-halving-price-2024-04',
      asOf: '2024-04-20',
      format: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
    }),
    hashrate: numberParam({
      key: 'hashrate',
      label: text.schema.hashrate.label,
      unit: text.schema.hashrate.unit,
      min: 200,
      max: 1200,
      step: HASHRATE_STEP_EHS,
      default: Math.round(hashrateFromDifficulty(HALVING_DIFFICULTY) / 1e18 / HASHRATE_STEP_EHS) * HASHRATE_STEP_EHS,
      sourceId: 'worldstockmarket-difficulty-2024-04',
      asOf: '2024-04-20',
      format: { maximumFractionDigits: 0 },
    }),
    fees: numberParam({
      key: 'fees',
      label: text.schema.fees.label,
      unit: text.schema.fees.unit,
      min: 0,
      max: 5,
      step: 0.01,
      default: 0.85,
      sourceId: 'the-block-fees-2024-04-22',
      asOf: '2024-04-19',
      format: { maximumFractionDigits: 2 },
    }),
    pool: numberParam({
      key: 'pool',
      label: text.schema.pool.label,
      unit: text.schema.pool.unit,
      min: 0,
      max: 5,
      step: 0.5,
      default: 0,
      format: { maximumFractionDigits: 1 },
    }),
  },
  sources: [
    'asics-tools',
    'cambridge-2025',
    'coindesk-halving-price-2024-04',
    'worldstockmarket-difficulty-2024-04',
    'the-block-fees-2024-04-22',
    'bitcoin-core-validation',
    'hri-2024-04-01',
  ],
  embedHeightPx: 1920,
  presets: [
    {
      id: 'apr-2024', label: text.presets['apr-2024'].label,
      values: { btc: 63_500, hashrate: 620, fees: 0.85 },
      sources: ['coindesk-halving-price-2024-04', 'worldstockmarket-difficulty-2024-04', 'the-block-fees-2024-04-22'],
      basis: text.presets['apr-2024'].basis,
    },
    {
      id: 'nov-2025', label: text.presets['nov-2025'].label,
      values: { btc: 96_500, hashrate: 1100, fees: 0.02 },
      sources: ['luxor-lookback-2025-11', 'hri-2025-11-03'],
      basis: text.presets['nov-2025'].basis,
    },
  ],
} satisfies WidgetMeta;
