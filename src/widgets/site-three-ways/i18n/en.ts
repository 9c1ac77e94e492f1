/**
 * The words of "One site, three businesses": its settings, presets, chart, tables, sentences and
 * readouts. Numbers come in already formatted (src/lib/widget/format.ts); zh.ts has the same keys.
 */
export const text = {
  title: 'One site, three businesses',
  goal: 'See why a miner with a grid connection might rather lease it to an AI tenant: the rent per megawatt beats mining’s margin at late-2024 prices and, unlike mining, does not swing with Bitcoin.',
  params: {
    mw: { label: 'Site power', unit: 'MW from the grid' },
    power: { label: 'Power price', unit: 'per kWh' },
    hashprice: { label: 'Hashprice', unit: 'per PH/s a day' },
    vol: { label: 'Bitcoin volatility', unit: 'percent a year' },
    hosting: { label: 'Hosting rent', unit: 'per kW of IT a month' },
    payer: { label: 'Power bill under the lease' },
    rent: { label: 'GPU rent', unit: 'per GPU-hour' },
    util: { label: 'GPU hours rented', unit: 'percent' },
  },
  payers: { tenant: 'Tenant pays it', host: 'Host pays it' },
  presets: {
    'dec-2024': {
      label: 'December 2024',
      basis: 'A mid-size miner at the end of 2024: Core Scientific’s 100 MW Muskogee site, hashprice on 2 December 2024, the CoreWeave contracts’ rent and IREN’s GPU earnings of September 2024.',
    },
    'autumn-2025': {
      label: 'Autumn 2025',
      basis: 'Cipher’s Barber Lake site (about 244 MW from the grid for 168 MW of IT, to the slider’s 10 MW) and its September 2025 Fluidstack lease, $3.0 billion over 10 years, $149 per kW of IT a month; November 2025’s average hashprice; and a one-year H100 contract at its October 2025 low of $1.70 an hour.',
    },
  },
  reset: 'Back to late-2024 values',
  /** The three businesses, by the model's BusinessId. */
  businesses: { mining: 'Mine', hosting: 'Host', gpu: 'Rent GPUs' },
  /** What each business's range means: mining's percentiles come as ordinals ("5th"). */
  rangeMining: (o: { low: string; high: string; vol: string }) => `${o.low}–${o.high} percentile, ${o.vol}% volatility`,
  rangeFixed: 'fixed by contract',
  rangeRentFall: (fall: string) => `if rent falls ${fall}`,
  makes: (amount: string) => `makes ${amount}`,
  loses: (amount: string) => `loses ${amount}`,
  /** The spoken summary; `mining`, `hosting` and `gpu` are `makes`/`loses` phrases. */
  summary: (o: {
    mw: string; hashprice: string; mining: string; low: string; high: string; vol: string;
    rent: string; hosting: string; gpus: string; gpu: string; upfront: string;
  }) =>
    `A ${o.mw} MW site ${o.mining} a year mining at ${o.hashprice} per PH/s a day ` +
    `(from ${o.low} to ${o.high} in nine simulated years out of ten at ${o.vol}% volatility); ` +
    `leased to an AI tenant at ${o.rent} per kW a month it ${o.hosting}, fixed by contract; ` +
    `filled with ${o.gpus} rented GPUs it ${o.gpu}, after spending ${o.upfront} up front.`,
  /** The chart's text alternative: a lead, one entry per business, an end. */
  descLead: (mw: string) => `Profit over the next year for one ${mw} MW site: `,
  descRow: (label: string, profit: string) => `${label}: ${profit}`,
  descRange: (o: { low: string; high: string; note: string }) => ` (range ${o.low} to ${o.high}, ${o.note})`,
  descJoin: '; ',
  descEnd: '.',
  tooLarge: 'the inputs give a result too large to show',
  cannotCalculate: (why: string) => `These settings cannot be calculated (${why}). Choose values inside the slider ranges.`,
  // The chart.
  chartTitle: "Next year's profit: mine, host or rent GPUs",
  /** A whisker's ends beside a bar's label. */
  range: (low: string, high: string) => `(${low} to ${high})`,
  /** The key under the chart, around the two readouts of mining's range. */
  keyBefore: "Whiskers: mining's profit in 90 of 100 simulated years (",
  keyBetween: ' to ',
  keyAfter: (fall: string) => `), and GPU profit if rent fell ${fall}.`,
  // Tables.
  readoutsCaption: 'One year of each business',
  /** The readouts table's rows, by READOUT_LINES' key. */
  lines: { revenue: 'Revenue', power: 'Power', other: 'Other', capex: 'Refit, GPUs /yr', profit: 'Profit', upfront: 'Up front' },
  /** A cell's label: "Profit, Host". */
  cell: (line: string, business: string) => `${line}, ${business}`,
  dataCaption: 'One year of each business on this site, USD',
  columns: {
    label: 'Business',
    revenueUsd: 'Revenue',
    powerCostUsd: 'Power',
    otherCostUsd: 'Other costs',
    capexAmortizationUsd: 'Refit and hardware',
    profitUsd: 'Profit',
    lowUsd: 'Range, low',
    highUsd: 'Range, high',
    rangeNote: 'Range means',
    upfrontUsd: 'Spent up front',
  },
  // What the model holds fixed.
  fixedSummary: 'What the model holds fixed',
  fixedMining: (o: { efficiency: string; otherCost: string; hashrate: string }) =>
    `Mining: ${o.efficiency} J/TH fleet and ${o.otherCost} per MWh of costs besides power (Cambridge, 2024 survey); every watt reaches the machines, which flatters mining. Hashrate: ${o.hashrate} EH/s. The range scales revenue with a simulated year of Bitcoin prices and holds difficulty and fees still.`,
  fixedAiSite: (o: { itMw: string; gridMw: string; refit: string; years: string }) =>
    `AI site: ${o.itMw} MW of IT load from ${o.gridMw} MW drawn from the grid, the 70-in-100 ratio of Core Scientific's Muskogee site; a refit at ${o.refit} per MW of IT (TeraWulf's guidance, 2025), spread over the ${o.years}-year CoreWeave term.`,
  fixedHosting: (overheads: string) => `Hosting: overheads of ${overheads} of rent, from TeraWulf's guided ~85% operating margin.`,
  fixedGpus: (o: { count: string; watts: string; price: string; years: string }) =>
    `GPUs: ${o.count} at ${o.watts} W each (an H100 with its share of the server: a DGX H100 is rated at 10.2 kW for eight), ${o.price} each all-in (IREN's H200 purchase, 2024), written off over ${o.years} years (Cheah).`,
  // Readouts and their inputs.
  miningLow: 'Mining profit, low end of the range',
  miningHigh: 'Mining profit, high end of the range',
  percentile: 'Percentile',
  simulatedYears: 'Simulated years',
  seed: (seed: number) => `seed ${seed}`,
  mineOverhead: 'Mine overhead (PUE)',
  fleetEfficiency: 'Fleet efficiency (e)',
  otherCosts: 'Other costs',
  perMwh: 'per MWh',
  aiOverhead: 'AI site overhead (PUE)',
  refit: 'Refit',
  perMwIt: 'per MW of IT',
  spreadOver: (years: string) => `spread over ${years} years`,
  overheads: 'Overheads',
  ofRent: 'of rent',
  gpuPower: 'GPU power (W)',
  gpuPrice: 'GPU price, all in (K)',
  gpuLife: 'GPU life (L)',
  years: 'years',
};

export type WidgetText = typeof text;
