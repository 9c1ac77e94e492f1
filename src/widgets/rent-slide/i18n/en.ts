/**
 * The rent slide's words: its title, steps, points, readouts, sentences and table. zh.ts has the
 * same keys (a missing one is a type error). Prices come in as numbers and are formatted here
 * through @lib/widget/format, so each language glues ranges and floors its own way.
 */
import { monthYear, usd, usdUpTo } from '@lib/widget/format';

export const text = {
  title: 'The rent slide',
  goal: 'See how fast the hourly rent of an H100 fell between 2023 and late 2024, and which events pushed it down.',
  /** The step control's label (embed page). */
  stepLabel: 'Moment',
  /** Each step's name on the control, the event that moved the price, and when it was (for the summary); by step id. */
  steps: {
    shortage: { label: '2023', event: 'Shortage: startups race to train', when: 'In 2023' },
    supply: { label: 'Jan 2024', event: 'More sellers, one going rate', when: 'In January 2024' },
    resale: { label: 'Aug 2024', event: 'Reserved hours resold', when: 'In August 2024' },
    'open-models': { label: 'Why it fell', event: 'Open models: less training from scratch', when: 'By August 2024' },
    miners: { label: 'Sep 2024', event: 'A miner’s AI cloud earns about $2', when: 'In September 2024' },
  },
  /** Each point's short label, its source's short credit and what it is, for the chart and table; by point id. */
  points: {
    launch: {
      label: 'Launch price', source: 'Cheah, Latent Space',
      note: 'About $4.70 at launch; rarely less for most of 2023 without a large upfront payment',
    },
    peak: {
      label: '2023 peak', source: 'Cheah, Latent Space',
      note: 'More than $8 at the height of the shortage (month not given)',
    },
    'jan-2024': {
      label: 'Jan 2024', source: 'Cheah, Latent Space',
      note: 'About $2.85 across several providers',
    },
    'aug-2024': {
      label: 'Aug 2024', source: 'Cheah, Latent Space',
      note: 'Between $1 and $2 in auctions and resale markets',
    },
    iren: {
      label: 'IREN, Sep 2024', source: 'IREN press release',
      note: 'Computed: IREN’s $33M a year ÷ 1,896 GPUs ÷ 8,760 hours',
      /** Who earned the rent, and the unit words after the price, in the summary sentence. */
      subject: 'IREN’s AI cloud earned about', perWhat: 'per GPU-hour',
    },
  },
  /** The summary's words around a price, unless the point has its own. */
  subject: 'an H100 rented for',
  perWhat: 'an hour',

  // The view model (model.ts).
  /** A price range, "$1–$2". */
  priceRange: (lowUsd: number, highUsd: number) => `${usdUpTo(lowUsd, 2)}–${usdUpTo(highUsd, 2)}`,
  /** A price known only as a floor, "more than $8". */
  priceAtLeast: (usd: number) => `more than ${usdUpTo(usd, 2)}`,
  /** A year's revenue as a range, "$8,760–$17,520". */
  usdRange: (lowUsd: number, highUsd: number) => `${usd(lowUsd)}–${usd(highUsd)}`,
  usdAtLeast: (amountUsd: number) => `more than ${usd(amountUsd)}`,
  /** A period that is a whole year ("2023"), or one day ("16 Sep 2024"), from ISO dates. */
  year: (year: string) => year,
  day: (dateIso: string) => `${Number(dateIso.slice(8))} ${monthYear(dateIso, true)}`,
  isPeak: 'this is the peak',
  atLeast: (share: string) => `at least ${share}`,
  computedTag: ' (computed)',
  rules: {
    nvidia: (rentUsd: number) => `NVIDIA’s ${usd(rentUsd)} pitch`,
    cheahLoss: (rentUsd: number) => `Cheah: a loss below ${usdUpTo(rentUsd, 2)}`,
  },
  topOfMarket: 'the top of the market',
  belowPeak: (fall: string) => `${fall} below the 2023 peak`,
  /** The screen-reader summary of a step. */
  summary: (o: { when: string; subject: string; price: string; perWhat: string; computed: boolean; fall: string; yearRevenue: string }) =>
    `${o.when} ${o.subject} ${o.price} ${o.perWhat}${o.computed ? ' (computed from its own figures)' : ''}, ${o.fall}. Rented every hour of a year at that price, one GPU would bring in ${o.yearRevenue}.`,
  /** The chart's text alternative. */
  desc: (o: { points: readonly { label: string; price: string }[]; focus: string }) =>
    `H100 rent per GPU-hour: ${o.points.map((p) => `${p.label} ${p.price}`).join('; ')}. Highlighted: ${o.focus}.`,

  // The readouts (readouts.ts).
  readouts: {
    rent: 'Rent',
    fall: 'Below the 2023 peak',
    yearRevenue: 'One GPU, rented all year',
    perGpuHour: 'per GPU-hour',
    revenue: 'AI-cloud revenue (R)',
    perYear: 'a year',
    gpus: 'GPUs (n)',
    gpusUnit: 'H100 and H200',
    hoursInYear: 'Hours in a year',
    rentOf: (label: string) => `Rent, ${label} (r)`,
    rangeNote: 'a range: its top is used',
    peak: '2023 peak (r_peak)',
    peakNote: 'a floor, so the fall is at least this',
    rented: 'Rented (u)',
    everyHour: 'every hour of the year',
  },

  // The view (RentSlide.svelte).
  eventLead: 'What moved the price:',
  chartTitle: 'H100 rent, US dollars per GPU-hour, 2023 to 2024',
  axisY: '$ per GPU-hour',
  tableCaption: 'H100 rent per GPU-hour: every figure on the chart, with its period and source',
  columns: { label: 'Figure', period: 'When', rent: 'Rent per GPU-hour', note: 'What it is', source: 'Source' },
};

export type WidgetText = typeof text;
