/**
 * Published estimates of the electricity one question uses, with who published them and when.
 * Values from the fact sheet (F01, F02, F04, F05); `factId` names the matching content fact.
 * What each measured and who said it are words, in ./i18n by the estimate's id.
 */
import { text } from './i18n';

export interface QueryEstimate {
  id: string;
  /** What was measured, short. */
  what: string;
  /** Who said it, and when, short. */
  who: string;
  /** Wh per question. */
  wh: number;
  /** ISO date (or year) of the figure, for sorting and the table. */
  date: string;
  sourceId: string;
  factId: string;
  /** True for the web-search baseline the 2024 comparison used. */
  baseline?: boolean;
}

const FIGURES = [
  { id: 'search-2009', wh: 0.3, date: '2009', sourceId: 'epri-2024', factId: 'google-search-wh', baseline: true },
  { id: 'epri-2024', wh: 2.9, date: '2024-05-28', sourceId: 'epri-2024', factId: 'chatgpt-query-wh-epri' },
  { id: 'epoch-2025', wh: 0.3, date: '2025-02', sourceId: 'epoch-2025', factId: 'gpt4o-query-wh-epoch' },
  { id: 'openai-2025', wh: 0.34, date: '2025-06', sourceId: 'altman-2025-06', factId: 'chatgpt-query-wh-openai' },
  { id: 'gemini-2025', wh: 0.24, date: '2025-08', sourceId: 'google-gemini-energy-2025-08', factId: 'gemini-prompt-wh' },
] as const;

export const ESTIMATES: readonly QueryEstimate[] = FIGURES.map(({ id, ...figure }) => {
  const words = text.estimates[id];
  return { id, what: words.what, who: words.who(figure.date), ...figure };
});

/** Yearly electricity of a US household as Epoch AI uses it (F04 note), kWh. */
export const US_HOUSEHOLD_KWH_PER_YEAR = 10_500;
