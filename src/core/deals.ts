/**
 * What a miner–AI deal pays per megawatt a year, and on which megawatts.
 *
 * Deals report megawatts on different bases (see assumptions.ts): critical IT load, grid power,
 * or a bare "MW". The rule here never converts with an assumed overhead:
 * - the source states the IT load (as the headline, or beside a grid headline): per MW of IT;
 * - only grid power is stated: per grid MW, and the basis says so;
 * - the basis is not stated: per MW as reported, and the basis says so.
 */
import type { Formula } from './formula';
import { contractRevenueUsdPerMwYear } from './hosting';
import { positive, rangeError } from './validate';

/** What a deal's megawatts measure. */
export type MwBasis = 'it' | 'grid' | 'unknown';
const BASES: readonly MwBasis[] = ['it', 'grid', 'unknown'];

/** Inputs for {@link dealRateUsdPerMwYear}. */
export interface DealRateInput {
  /** Contract value over the base term, USD (≥ 0). */
  contractValueUsd: number;
  /** Base term, years (> 0). */
  termYears: number;
  /** The headline megawatts as reported (> 0). */
  statedMw: number;
  /** What `statedMw` measures. */
  statedMwBasis: MwBasis;
  /** MW of critical IT load the source states, or null (> 0, at most `statedMw` when that is grid power). */
  itMw: number | null;
}

/** A deal's rate and the megawatts it is per. */
export interface DealRate {
  /** USD per MW a year, on `rateBasis`. */
  usdPerMwYear: number;
  /** The megawatts divided by. */
  rateMw: number;
  /** What `rateMw` measures. */
  rateBasis: MwBasis;
}

/** The megawatts a deal's rate is per, by the rule above. */
export function dealRateMw(statedMw: number, statedMwBasis: MwBasis, itMw: number | null): { rateMw: number; rateBasis: MwBasis } {
  const stated = positive('statedMw', statedMw);
  if (!BASES.includes(statedMwBasis)) throw rangeError('statedMwBasis', `one of ${BASES.join(', ')}`, statedMwBasis);
  if (itMw === null) return { rateMw: stated, rateBasis: statedMwBasis };
  const it = positive('itMw', itMw);
  if (statedMwBasis === 'unknown') throw rangeError('itMw', 'null when statedMwBasis is unknown (a stated IT load makes the basis known)', itMw);
  if (statedMwBasis === 'it' && it !== stated) throw rangeError('itMw', `equal to statedMw (${stated}) when statedMwBasis is it`, itMw);
  if (it > stated) throw rangeError('itMw', `at most the grid power statedMw (${stated})`, itMw);
  return { rateMw: it, rateBasis: 'it' };
}

/**
 * What a deal pays per MW a year: `value / (term × MW)`, with MW chosen by {@link dealRateMw}
 * (Cipher–Fluidstack: $3.0B over 10 years for 168 MW of IT, 244 MW at the grid → $1.79M per MW of IT).
 */
export function dealRateUsdPerMwYear(input: DealRateInput): DealRate {
  const { rateMw, rateBasis } = dealRateMw(input.statedMw, input.statedMwBasis, input.itMw);
  // contractRevenueUsdPerMwYear names its megawatts criticalItMw; here they are on `rateBasis`.
  const usdPerMwYear = contractRevenueUsdPerMwYear({ contractValueUsd: input.contractValueUsd, termYears: input.termYears, criticalItMw: rateMw });
  return { usdPerMwYear, rateMw, rateBasis };
}

/** How many times a reference rate a deal pays: `rate / reference` (reference > 0). */
export function rateMultiple(usdPerMwYear: number, referenceUsdPerMwYear: number): number {
  return positive('usdPerMwYear', usdPerMwYear) / positive('referenceUsdPerMwYear', referenceUsdPerMwYear);
}

export const dealRateFormula: Formula = {
  words:
    'A deal’s value spread over the years of its base term and its megawatts: the IT load where the source states it, otherwise the megawatts as stated, with their basis named (never converted with an assumed overhead).',
  symbols: 'y = V / (T × MW)',
  fn: 'dealRateUsdPerMwYear',
};

export const rateMultipleFormula: Formula = {
  words: 'How many times a reference rate this deal pays per megawatt a year.',
  symbols: 'm = y / y_ref',
  fn: 'rateMultiple',
};
