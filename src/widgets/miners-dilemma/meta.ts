import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';
import { text } from './i18n';

const t = text.schema;

/**
 * Hold, sell or host AI: a Monte Carlo of one megawatt over three years. The start is the Hashrate
 * Index snapshot of 23 December 2024 (BTC $93,450, 30-day hashrate 771 EH/s, 0.0931 BTC of fees a
 * block); those three are fixed in the model, the rest are here.
 */
export const schema = {
  seed: numberParam({
    key: 'seed',
    label: t.seed.label,
    unit: '',
    min: 1,
    max: 999_999,
    step: 1,
    default: 1,
    format: { maximumFractionDigits: 0, useGrouping: false },
  }),
  price: numberParam({
    key: 'price',
    label: t.price.label,
    unit: t.price.unit,
    min: 10_000,
    max: 200_000,
    step: 50,
    default: 93_450,
    sourceId: 'hri-2024-12-23',
    asOf: '2024-12-23',
    format: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
  }),
  vol: numberParam({
    key: 'vol',
    label: t.vol.label,
    unit: t.vol.unit,
    min: 0,
    max: 100,
    step: 5,
    // An editorial middle of the measured 40–65% (facts I01–I06), not a single sourced figure.
    default: 50,
    sourceId: 'glassnode-vol-2024',
    asOf: '2024',
    format: { maximumFractionDigits: 0 },
  }),
  drift: numberParam({
    key: 'drift',
    label: t.drift.label,
    unit: t.drift.unit,
    min: -50,
    max: 50,
    step: 5,
    // An assumption, stated on the page: no view on where the price goes.
    default: 0,
    format: { maximumFractionDigits: 0 },
  }),
  growth: numberParam({
    key: 'growth',
    label: t.growth.label,
    unit: t.growth.unit,
    min: 0,
    max: 100,
    step: 1,
    // Computed: difficulty 86.39 T at the halving (2024-04-20) → 109.78 T (2024-12-30),
    // (109.78 / 86.39)^(365/254) − 1 = 41% a year. Assumed to continue, whatever the price does.
    default: 41,
    sourceId: 'coinwarz-difficulty-2025-01',
    asOf: '2024-12-30',
    format: { maximumFractionDigits: 0 },
  }),
  power: numberParam({
    key: 'power',
    label: t.power.label,
    unit: t.power.unit,
    min: 0.02,
    max: 0.1,
    step: 0.005,
    default: 0.045,
    sourceId: 'cambridge-2025',
    asOf: '2024',
    format: { style: 'currency', currency: 'USD', minimumFractionDigits: 3, maximumFractionDigits: 3 },
  }),
  eff: numberParam({
    key: 'eff',
    label: t.eff.label,
    unit: 'J/TH',
    min: 13.5,
    max: 40,
    step: 0.1,
    default: 28.2,
    sourceId: 'cambridge-2025',
    asOf: '2024',
    format: { maximumFractionDigits: 1 },
  }),
  host: numberParam({
    key: 'host',
    label: t.host.label,
    unit: t.host.unit,
    min: 0.5,
    max: 2.5,
    step: 0.01,
    // Computed from the Core Scientific–CoreWeave contracts: $8.7B / (500 MW × 12 years).
    default: 1.45,
    sourceId: 'core-scientific-2024-10-22',
    asOf: '2024-10-22',
    format: t.host.format,
  }),
  hostPower: choiceParam({
    key: 'hpow',
    label: t.hostPower.label,
    options: [
      { value: 'tenant', label: t.hostPower.options.tenant },
      { value: 'host', label: t.hostPower.options.host },
    ],
    default: 'tenant',
  }),
  fitOut: choiceParam({
    key: 'fit',
    label: t.fitOut.label,
    options: [
      { value: '0', label: t.fitOut.options['0'] },
      { value: '8', label: t.fitOut.options['8'] },
      { value: '10', label: t.fitOut.options['10'] },
    ],
    default: '0',
    sourceId: 'terawulf-2025-08-14',
  }),
  real: choiceParam({
    key: 'real',
    label: t.real.label,
    options: [
      { value: 'hide', label: t.real.options.hide },
      { value: 'show', label: t.real.options.show },
    ],
    default: 'hide',
    sourceId: 'coinmaster-btc-daily',
  }),
};

export const meta = {
  id: 'miners-dilemma',
  component: 'MinersDilemma',
  title: text.title,
  chapter: '06-miners-dilemma',
  prefix: 'md',
  goal: text.goal,
  schema,
  sources: ['hri-2024-12-23', 'glassnode-vol-2024', 'coinwarz-difficulty-2025-01', 'worldstockmarket-difficulty-2024-04', 'cambridge-2025', 'core-scientific-2024-10-22', 'core-scientific-releases-2024', 'terawulf-2025-08-14', 'coinmaster-btc-daily'],
  embedHeightPx: 2400,
} satisfies WidgetMeta;
