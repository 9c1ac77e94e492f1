/**
 * The words of "Energy per question": title, settings and dated starting points, who published
 * each estimate and what it measured (keyed by the estimate's id in data.ts), the readouts'
 * labels, the summary, the chart and the table. zh.ts has the same keys.
 */
import { monthYear, num } from '@lib/widget/format';

/** "EPRI, May 2024" from the estimate's ISO date. */
const dated = (who: string) => (dateIso: string) => `${who}, ${monthYear(dateIso, true)}`;

export const text = {
  title: 'Energy per question',
  goal: 'See that estimates of the energy of one AI question fell about tenfold between 2024 and 2025, and that either way a day of questions is a sliver of a household’s electricity.',

  // Settings and presets (meta.ts; presets by id).
  estimateLabel: 'Estimate',
  estimateOption: (who: string, wh: number) => `${who}: ${wh} Wh`,
  countLabel: 'Questions a day (example)',
  countUnit: 'questions',
  presets: {
    'may-2024': { label: 'May 2024 (EPRI)', basis: 'EPRI’s 2024 estimate for a ChatGPT request, the figure behind “ten times a search”.' },
    'jun-2025': { label: 'June 2025 (OpenAI)', basis: 'OpenAI’s chief executive’s average for a ChatGPT query, June 2025: a company reporting on itself.' },
    'aug-2025': { label: 'August 2025 (Google)', basis: 'Google’s median Gemini text prompt, August 2025, counting servers, idle machines and the building as well as the chips: a company reporting on itself.' },
  },

  // The estimates (data.ts): what was measured, and who said it when (from the estimate's date).
  estimates: {
    'search-2009': { what: 'Google search', who: (year: string) => `Google ${year}, cited by EPRI` },
    'epri-2024': { what: 'ChatGPT request', who: dated('EPRI') },
    'epoch-2025': { what: 'GPT-4o query', who: dated('Epoch AI') },
    'openai-2025': { what: 'Average ChatGPT query', who: dated('OpenAI') },
    'gemini-2025': { what: 'Median Gemini prompt', who: dated('Google') },
  },

  // Amounts of energy (model.ts), from formatted numbers.
  wh: (wh: string) => `${wh} Wh`,
  kwh: (kwh: string) => `${kwh} kWh`,
  summary: (o: { each: string; who: string; n: number; count: string; search: boolean; day: string; year: string; share: string; household: string; spread: string }) =>
    `At ${o.each} per ${o.search ? 'search' : 'question'} (${o.who}), ${o.n === 1 ? 'one a day uses' : `${o.count} ${o.search ? 'searches' : 'questions'} a day use`} ${o.day}, ` +
    `${o.year} over a year: ${o.share} of the ${o.household} kWh a US household uses in a year. ` +
    `The published figures for one AI question differ ${o.spread}-fold.`,
  /** The chart's text alternative: every estimate, then the chosen one. */
  desc: (o: { rows: readonly { who: string; what: string; wh: number }[]; selected: string }) =>
    `Published estimates of energy per question, Wh: ${o.rows.map((r) => `${r.who}, ${r.what}: ${r.wh}`).join('; ')}. ` +
    `Highlighted: ${o.selected}.`,
  unknownEstimate: (ids: string, got: string) => `est must be one of ${ids}, got ${got}`,
  cannotCompute: (why: string) => `These settings cannot be calculated (${why}). Choose values inside the slider ranges.`,

  // Readouts (readouts.ts).
  dayLabel: 'A day',
  yearLabel: 'A year',
  shareLabel: 'Of a US household’s year',
  questionsLabel: 'Questions per household-year',
  perQuestionInput: (who: string) => `Energy per question (e), ${who}`,
  householdInput: 'A US household’s year',
  yearInput: 'A year of questions',
  computedBy: (fn: string) => `computed by ${fn}`,
  whUnit: 'Wh',
  kwhUnit: 'kWh',
  /** A count of questions in millions: "3.6 million". */
  questionCount: (count: number) => `${num(count / 1e6, 1)} million`,

  // The view (EnergyPerQuery.svelte, EstimateChart.svelte).
  columns: { who: 'Who, when', what: 'What', wh: 'Wh each', timesSearch: '× the 2009 search', whPerDay: (count: string) => `Wh for ${count} a day` },
  tableCaption: 'Published estimates of energy per question, and a day of questions at each',
  chartTitle: 'Published estimates of electricity per question, watt-hours',
};

export type WidgetText = typeof text;
