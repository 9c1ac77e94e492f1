/**
 * The miner's dilemma's words. zh.ts has the same keys. A sentence that places readouts marks each
 * one {name}, and the view puts the readout there (./pieces.ts), so another language may reorder them.
 */
import { num } from '@lib/widget/format';

export const text = {
  title: 'Hold, sell or host AI: one megawatt, three years',
  goal: 'Compare the spread of outcomes of holding mined coins, selling them daily and leasing the power to an AI tenant, and see which assumptions decide the answer.',
  schema: {
    seed: { label: 'Seed' },
    price: { label: 'Bitcoin price at the start', unit: 'USD' },
    vol: { label: 'Price volatility', unit: 'percent a year' },
    drift: { label: 'Expected price trend', unit: 'percent a year' },
    growth: { label: 'Network hashrate growth', unit: 'percent a year' },
    power: { label: 'Power price', unit: 'USD per kWh' },
    eff: { label: 'Fleet efficiency' },
    host: {
      label: 'Hosting contract',
      unit: 'million USD per MW of IT a year',
      // How this language writes the rate's number: English "$1.45" before "million USD…".
      format: { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 } as Intl.NumberFormatOptions,
    },
    hostPower: { label: 'Electricity for the AI tenant', options: { tenant: 'Paid by the tenant', host: 'Paid by the host from the rent' } },
    fitOut: { label: 'Fit-out for AI', options: { '0': 'Paid by the tenant', '8': 'Host pays $8M per MW', '10': 'Host pays $10M per MW' } },
    real: { label: 'What happened next', options: { hide: 'Only the model', show: 'Add bitcoin’s real price, Dec 2024 to Jun 2026' } },
  },
  strategies: { hold: 'Mine and hold the coins', sell: 'Mine and sell daily', host: 'Host an AI tenant' },

  /** The hosting slider's value: "$1.45M per MW of IT a year ($120.83 per kW-month)". */
  hostRate: (millionUsdPerMwYear: number, perKwMonth: string) => `$${num(millionUsdPerMwYear, 2)}M per MW of IT a year (${perKwMonth} per kW-month)`,
  cannotSimulate: (reason: string) => `These settings cannot be simulated: ${reason}.`,
  summary: (o: {
    seed: string; paths: string; price: string; host: string; sellMedian: string; sellLow: string;
    holdMedian: string; holdLow: string; holdHigh: string; holdBeatsHost: string; holdBeatsSell: string;
  }) =>
    `Seed ${o.seed}, ${o.paths} price paths from ${o.price} a coin, after three years: hosting ends at ${o.host} in every path; ` +
    `selling daily at a median of ${o.sellMedian} (1 path in 20 below ${o.sellLow}); ` +
    `holding at a median of ${o.holdMedian} (1 in 20 below ${o.holdLow}, 1 in 20 above ${o.holdHigh}). ` +
    `Holding beats hosting in ${o.holdBeatsHost} of paths and beats selling in ${o.holdBeatsSell}.`,
  /** Two sentences in a row: English puts a space between them. */
  twoSentences: (first: string, second: string) => `${first} ${second}`,
  happened: (o: { month: string; close: string; percentile: string }) =>
    `Bitcoin's real close in ${o.month}, ${o.close}, sat at the model's ${o.percentile} percentile.`,
  desc: (strategies: string[]) => `Cumulative cash of a 1 MW site over 36 months, median with 25–75% and 5–95% bands. ${strategies.join(' ')}`,
  descStrategy: (o: { label: string; median: string; low: string; high: string }) =>
    `${o.label}: median ${o.median}, 5–95% range ${o.low} to ${o.high} at month 36.`,

  // The view (MinersDilemma.svelte).
  legendTitle: 'After three years',
  /** A legend entry's figures: {median} and {p5} are the choice's readouts. */
  legendValue: 'median {median}; 1 in 20 below {p5}',
  chartTitle: 'Cumulative cash of a 1 MW site over three years, USD',
  cashAxis: 'Cumulative cash',
  start: 'Start',
  yearTick: (year: number) => `Year ${year}`,
  facts: 'The megawatt mines {hashrate} and burns {power-per-day} of power a day; the AI tenant pays {rent-per-month} a month. Median Bitcoin price after three years: {median-price}. Holding beats hosting in {hold-beats-host} of paths.',
  seedHint: 'Same seed and settings, same result.',
  newSeed: 'New seed',
  columns: { strategy: 'Choice', year: 'Year', p5: '5th pct.', p25: '25th pct.', p50: 'Median', p75: '75th pct.', p95: '95th pct.' },
  tableCaption: 'Cumulative cash of the 1 MW site by choice and year: percentiles across 2,000 price paths',

  // What happened next (WhatHappened.svelte).
  happenedName: 'What happened next',
  happenedTitle: 'What happened next: bitcoin\'s price against the model',
  happenedChartTitle: 'Bitcoin price: the model\'s spread and the real month-end closes, USD',
  priceAxis: 'Price',
  happenedDesc: (o: { median: string; low: string; high: string; closes: string[] }) =>
    `Bitcoin price in the model: median ${o.median} after three years, 5–95% range ${o.low} to ${o.high}. Real month-end closes: ${o.closes.join(', ')}.`,
  happenedClose: (o: { month: string; close: string; percentile: string }) => `${o.month} ${o.close} (${o.percentile} percentile)`,
  /** {close} and {percentile} are the readouts of the latest close. */
  happenedFacts: (o: { month: string; months: string; lowest: string; highest: string }) =>
    `Grey: the model's prices (median dashed, middle half and 90% bands). Blue: what bitcoin did, month by month. Its close in ${o.month}, {close}, sat at the model's {percentile}; over ${o.months} months it stayed between the ${o.lowest} and the ${o.highest}.`,
  happenedColumns: { label: 'Month', closeUsd: 'Close', percentile: 'Percentile in the model' },
  happenedCaption: 'Bitcoin\'s month-end closes and where each sat in the model\'s spread',

  // Readouts (readouts.ts): labels, and the words of their provenance.
  site: { label: 'Site', unit: 'MW from the grid' },
  aiShare: 'AI site overhead (k_AI)',
  mineShare: 'Mine overhead (k_mine)',
  rent: { label: 'Rent per kW of IT a month (rent)', note: 'computed by usdPerKwMonthFromUsdPerMwYear' },
  horizon: { label: 'Horizon', unit: 'years' },
  medianAfter: (strategy: string) => `${strategy}: median after three years`,
  lowEnd: (strategy: string) => `${strategy}: 1 in 20 below`,
  hashrate: 'Hashrate of the megawatt',
  powerPerDay: 'Power a day',
  rentPerMonth: 'Rent a month',
  medianPrice: 'Median Bitcoin price after three years',
  holdBeatsHost: 'Share of paths where holding beats hosting',
  close: { label: (month: string) => `Close, ${month} (S)`, unit: 'per BTC' },
  since: { label: 'Time since the start (t)', unit: 'years', note: 'from 23 December 2024 to the end of the month' },
  realClose: (month: string) => `Bitcoin's close, ${month}`,
  realPercentile: 'Where that close sits in the model\'s spread',
  percentileText: (ordinal: string) => `${ordinal} percentile`,
};

export type WidgetText = typeof text;
