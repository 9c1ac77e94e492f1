/**
 * Hosting rent as rates: a year of rent on a site's IT load, a rent per MW-year as a rent per
 * kW-month, and a hosting contract's total as either. The site's year of hosting, with its power
 * and overheads, is `siteHostingYear` in aiSite.ts.
 */
import type { Formula } from './formula';
import { nonNegative, positive } from './validate';

/** A year of hosting rent on a site's IT load, USD: `IT MW × 1000 kW × rate × 12 months`. */
export function hostingRentUsdPerYear(criticalItMw: number, hostingUsdPerKwMonth: number): number {
  return nonNegative('criticalItMw', criticalItMw) * 1000 * nonNegative('hostingUsdPerKwMonth', hostingUsdPerKwMonth) * 12;
}

/** Inputs for {@link contractRevenueUsdPerMwYear}. */
export interface ContractInput {
  /** Total contracted revenue, USD (≥ 0). */
  contractValueUsd: number;
  /** Contract length, years (> 0). */
  termYears: number;
  /** Critical IT capacity covered, MW (> 0). */
  criticalItMw: number;
}

/**
 * Revenue intensity of a hosting contract, USD per MW of critical IT per year:
 * `value / (term × MW)` (validation V-E: Core Scientific–CoreWeave $8.7B,
 * 12 yr, 500 MW → $1.45M).
 */
export function contractRevenueUsdPerMwYear(input: ContractInput): number {
  const value = nonNegative('contractValueUsd', input.contractValueUsd);
  return value / (positive('termYears', input.termYears) * positive('criticalItMw', input.criticalItMw));
}

/** A rent per MW-year as a rent per kW-month, USD: `÷ 1000 kW ÷ 12 months`. */
export function usdPerKwMonthFromUsdPerMwYear(usdPerMwYear: number): number {
  return nonNegative('usdPerMwYear', usdPerMwYear) / 1000 / 12;
}

/** The same contract as a hosting rate, USD per kW-month: `per MW-year / 1000 / 12`. */
export function contractHostingUsdPerKwMonth(input: ContractInput): number {
  return usdPerKwMonthFromUsdPerMwYear(contractRevenueUsdPerMwYear(input));
}

export const hostingRentFormula: Formula = {
  words: 'A year of hosting rent: the kilowatts of IT load leased, times the rent per kilowatt a month, times twelve.',
  symbols: 'R = MW_IT × 1000 × r × 12',
  fn: 'hostingRentUsdPerYear',
};
