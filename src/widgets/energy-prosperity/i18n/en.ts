/**
 * The words of "Energy and prosperity": its frame, chart, table, sentences and readouts. Numbers
 * come in already formatted (src/lib/widget/format.ts); zh.ts has the same keys.
 */
import { num } from '@lib/widget/format';

export const text = {
  title: 'Energy and prosperity',
  goal: 'See how unevenly electricity is spread between countries, per person and in total, and how Bitcoin mining’s yearly use compares with a whole country’s output.',
  highlight: 'Highlight',
  /** Country names by the data's id (./data.ts). */
  countries: {
    nigeria: 'Nigeria',
    india: 'India',
    brazil: 'Brazil',
    germany: 'Germany',
    china: 'China',
    japan: 'Japan',
    australia: 'Australia',
    'united-states': 'United States',
    norway: 'Norway',
    iceland: 'Iceland',
  },
  /** "28,173 kWh", "157 TWh": a figure with its unit. */
  kwh: (n: string) => `${n} kWh`,
  twh: (n: string) => `${n} TWh`,
  /** Bitcoin's use as a multiple of a country's generation, from 1 up: "7.2 times". */
  times: (n: string) => `${n} times`,
  /** "Norway: 28,173 kWh per person, 2024", the accessible name of a point. */
  pointLabel: (name: string, kwh: string) => `${name}: ${kwh} kWh per person, 2024`,
  /** A point's tooltip, line by line after the name. */
  tip: (o: { kwh: string; total: string; share: string }) => [`${o.kwh} kWh per person`, `${o.total} in total`, `Bitcoin 2024 = ${o.share} of it`],
  chartTitle: 'Electricity per person and in total, 2024',
  axisX: 'kWh per person (log)',
  axisY: 'TWh generated (log)',
  bitcoinLine: (twh: string) => `Bitcoin mining, 2024: ${twh} TWh`,
  hint: 'Each dot is a country: hover, tap or Tab to a dot to read it; Enter picks it.',
  tableCaption: 'Electricity generation in 2024 by country (Our World in Data); population implied by the two columns',
  columns: {
    name: 'Country',
    kwhPerPerson: 'kWh per person',
    generationTwh: 'TWh generated',
    populationMillions: 'People, millions (implied)',
    bitcoinShare: 'Bitcoin 2024 as share',
  },
  /** How the chosen country compares with the lowest per person. */
  lowestItself: 'the lowest of the countries shown',
  versusLowest: (o: { times: string; lowest: string; kwh: string }) => `${o.times} times ${o.lowest}'s ${o.kwh} kWh`,
  /** The spoken summary; `peopleMillions` is the implied population in millions. */
  summary: (o: { name: string; kwh: string; versus: string; total: string; peopleMillions: number; bitcoinTwh: string; share: string }) =>
    `${o.name} generated ${o.kwh} kWh of electricity per person in 2024, ${o.versus}. ` +
    `Its ${o.total} in total is for about ${num(o.peopleMillions, o.peopleMillions < 1 ? 2 : o.peopleMillions < 10 ? 1 : 0)} million people; ` +
    `Bitcoin mining's ${o.bitcoinTwh} TWh that year was ${o.share} of it.`,
  /** The chart's text alternative: one entry per country, then the reference line. */
  descLead: 'Electricity generation per person (horizontal, log scale) against total generation (vertical, log scale), 2024: ',
  descCountry: (name: string, kwh: string, twh: string) => `${name} ${kwh} kWh per person, ${twh} TWh`,
  descJoin: '; ',
  descLine: (twh: string) => `. A line marks Bitcoin mining's ${twh} TWh.`,
  unknownCountry: (ids: string, got: string) => `country must be one of ${ids}, got ${got}`,
  cannotDraw: (why: string) => `This view cannot be drawn (${why}).`,
  // Readouts.
  perPerson: (name: string) => `${name}, per person`,
  inTotal: (name: string) => `${name}, in total`,
  timesLowest: (lowest: string) => `Times ${lowest}, per person`,
  perPersonInput: (name: string) => `${name}, electricity per person`,
  generatedInput: (name: string) => `${name}, electricity generated`,
  kwhUnit: 'kWh',
  twhUnit: 'TWh',
  lowestNote: 'the lowest shown',
};

export type WidgetText = typeof text;
