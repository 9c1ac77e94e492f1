/**
 * Electricity at human scale: what a day of AI questions adds up to, and how a
 * country's generation divides among its people.
 *
 * Units: watt-hours (Wh) for single questions, kilowatt-hours (kWh) for a
 * person or household, terawatt-hours (TWh) for countries. 1 kWh = 1,000 Wh;
 * 1 TWh = 10^9 kWh.
 */
import type { Formula } from './formula';
import { inRange, nonNegative, positive } from './validate';

const WH_PER_KWH = 1000;
const KWH_PER_TWH = 1e9;
const DAYS_PER_YEAR = 365;

/** Inputs for {@link queryEnergy}. */
export interface QueryEnergyInput {
  /** Energy of one question, Wh (≥ 0; published estimates run 0.24–2.9 Wh, facts F01–F05). */
  whPerQuery: number;
  /** Questions asked per day (≥ 0). */
  queriesPerDay: number;
}

/** A day and a year of questions. */
export interface QueryEnergy {
  /** `whPerQuery × queriesPerDay`, Wh. */
  whPerDay: number;
  /** `whPerDay × 365 / 1000`, kWh. */
  kwhPerYear: number;
}

/**
 * Energy of a steady habit of questions: `Wh/day = Wh per query × queries per day`;
 * a year is 365 such days.
 */
export function queryEnergy(input: QueryEnergyInput): QueryEnergy {
  const whPerDay = nonNegative('whPerQuery', input.whPerQuery) * nonNegative('queriesPerDay', input.queriesPerDay);
  return { whPerDay, kwhPerYear: (whPerDay * DAYS_PER_YEAR) / WH_PER_KWH };
}

/**
 * How many times one energy amount fits in another: `a / b` (validation V-F:
 * EPRI's 2.9 Wh ÷ the 0.3 Wh search figure = 9.67, "about ten times").
 */
export function energyRatio(numerator: number, denominator: number): number {
  return nonNegative('numerator', numerator) / positive('denominator', denominator);
}

/**
 * Share of a yearly electricity budget that an amount uses, as a fraction:
 * `kwh / referenceKwhPerYear` (e.g. against a US household's 10,500 kWh a year).
 */
export function shareOfYearlyUse(kwh: number, referenceKwhPerYear: number): number {
  return nonNegative('kwh', kwh) / positive('referenceKwhPerYear', referenceKwhPerYear);
}

/**
 * Questions that a yearly electricity budget would power:
 * `referenceKwhPerYear × 1000 / whPerQuery`.
 */
export function queriesPerYearlyUse(referenceKwhPerYear: number, whPerQuery: number): number {
  return (nonNegative('referenceKwhPerYear', referenceKwhPerYear) * WH_PER_KWH) / positive('whPerQuery', whPerQuery);
}

/**
 * Generation per person, kWh per person per year: `TWh × 10^9 / population`
 * (validation V-F: Australia 2024, 281.64 TWh ÷ 26.71 M people = 10,544 kWh).
 */
export function perCapitaKwh(generationTwh: number, population: number): number {
  return (nonNegative('generationTwh', generationTwh) * KWH_PER_TWH) / positive('population', population);
}

/**
 * People implied by a total and a per-person figure: `TWh × 10^9 / (kWh per person)`.
 * The inverse of {@link perCapitaKwh}; useful when a dataset gives the two
 * electricity columns but not the population.
 */
export function populationFromPerCapita(generationTwh: number, kwhPerPerson: number): number {
  return (nonNegative('generationTwh', generationTwh) * KWH_PER_TWH) / positive('kwhPerPerson', kwhPerPerson);
}

/**
 * Share of a country's generation that another load would take, as a fraction:
 * `loadTwh / generationTwh` (e.g. Bitcoin's 138 TWh in 2024 against a country's output).
 */
export function shareOfGeneration(loadTwh: number, generationTwh: number): number {
  return nonNegative('loadTwh', loadTwh) / inRange('generationTwh', generationTwh, { min: 0, minExclusive: true });
}

export const queryEnergyFormula: Formula = {
  words: 'A day of questions uses the energy of one question times the number asked; a year is 365 such days.',
  symbols: 'E_day = e × n;  E_year = E_day × 365 / 1000 (kWh)',
  fn: 'queryEnergy',
};

export const shareOfYearlyUseFormula: Formula = {
  words: 'The share of a yearly electricity budget (a US household’s, say) that an amount of energy uses.',
  symbols: 'share = kWh / budget kWh',
  fn: 'shareOfYearlyUse',
};

export const queriesPerYearlyUseFormula: Formula = {
  words: 'How many questions a yearly electricity budget would answer: the budget in watt-hours divided by the energy of one question.',
  symbols: 'N = budget kWh × 1000 / e',
  fn: 'queriesPerYearlyUse',
};

export const energyRatioFormula: Formula = {
  words: 'How many times one amount of energy fits in another.',
  symbols: 'ratio = a / b',
  fn: 'energyRatio',
};

export const perCapitaFormula: Formula = {
  words: 'Electricity per person is a country’s generation divided by its people.',
  symbols: 'kWh/person = TWh × 10⁹ / population',
  fn: 'perCapitaKwh',
};
