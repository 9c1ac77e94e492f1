/**
 * The race to power's words: its settings and presets (meta.ts), summary, description and errors
 * (model.ts), readouts (readouts.ts) and what the view labels (RaceToPower.svelte and its chart).
 * zh.ts has the same keys.
 */
import { num } from '@lib/widget/format';
import { count } from '@lib/i18n/plural';

export const text = {
  title: 'The race to power',
  goal: 'See why a mining site that is already connected to the grid is worth a premium: it can start earning years before a new data centre clears the grid queue.',
  schema: {
    wait: { label: 'Wait for a new grid hookup', unit: 'years' },
    convert: { label: 'Refit of a mining site (assumption)', unit: 'months' },
    mw: { label: 'IT capacity', unit: 'MW of IT load' },
    rate: { label: 'Hosting rent', unit: 'per kW of IT a month' },
  },
  presets: {
    'jun-2024': {
      label: 'June 2024',
      basis: 'Core Scientific’s first CoreWeave contracts: about 200 MW of IT load at the rent the 2024 contracts work out to.',
    },
    'dec-2025': {
      label: 'December 2025',
      basis: 'Hut 8’s River Bend lease for Anthropic, through Fluidstack: about 245 MW of IT load (to the slider’s 10 MW) at $7 billion over 15 years, $159 per kW of IT a month.',
    },
  },
  rows: { new: 'New data centre', mine: 'Converted mine' },
  /** A wait in years, from months: "4 years", "1 year". */
  years: (months: number) => count(num(months / 12, 1), 'year'),
  summary: (o: { mw: string; convert: string; saved: string; gridYears: string; rate: string; headStart: string }) =>
    `A mining site with ${o.mw} MW of IT load, refitted in ${o.convert} months starts earning ${count(o.saved, 'month')} before a new data centre that waits ${o.gridYears} for its grid hookup; at ${o.rate} per kW a month that head start is ${o.headStart} of rent.`,
  summaryNoGain: (o: { gridYears: string; convert: string }) =>
    `With a ${o.gridYears} wait for the grid and a ${o.convert}-month refit, the converted mine gains no time on a new data centre, so its connection is worth no head start.`,
  /** The chart's text alternative; `saved` is absent when the mine gains no time. */
  desc: (o: { grid: string; convert: string; saved?: { months: string; rent: string }; low: number; high: number }) =>
    `Timeline in months. New data centre: waits ${o.grid} months for power, then earns. Converted mine: refit for ${o.convert} months, then earns` +
    (o.saved ? `, ${count(o.saved.months, 'month')} earlier, worth ${o.saved.rent} of rent.` : '.') +
    ` Dominion Energy's quoted wait: ${o.low} to ${o.high} months.`,
  tooLarge: 'the inputs give a result too large to show',
  cannotCalculate: (detail: string) => `These settings cannot be calculated (${detail}). Choose values inside the slider ranges.`,
  readouts: { monthsSaved: 'Head start', headStart: 'Rent in those months', annualRent: 'Rent a year' },
  months: (n: string) => count(n, 'month'),
  headStartInput: 'Head start (months)',
  headStartNote: 'computed by monthsSavedByConversion',
  columns: { site: 'Site', wait: 'Months before power', rentBy: (month: string) => `Rent by month ${month}`, rent: 'Rent' },
  tableCaption: "When each site can draw power, and the rent it collects by the chart's last month (undiscounted)",
  reset: 'Back to the 2024 values',
  chartTitle: 'Months until each site earns: new data centre against converted mine',
  axisTick: (years: string) => `${years} yr`,
  axisLabel: 'from the decision to build',
  earnsFrom: (month: string) => `earns from month ${month}`,
  headStartMark: (months: string, rent: string) => `+${months} mo · ${rent}`,
  dominion: 'Dominion quote, 2024: 4–7 years',
};

export type WidgetText = typeof text;
