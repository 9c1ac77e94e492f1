/**
 * Where the Monte Carlo's price model (geometric Brownian motion, risk.ts) puts a price after t
 * years, in closed form: the log-price is normal, so a price's percentile and a percentile's price
 * need no simulation. Apart from risk.ts because only the miner's dilemma's "what happened" layer
 * uses it, and a page that runs the simulation should not ship it.
 */
import type { Formula } from './formula';
import { finite, inRange } from './validate';

/**
 * Standard normal distribution function Φ(z), by the complementary error function (Numerical
 * Recipes' erfc approximation, fractional error below 1.2 × 10⁻⁷).
 */
export function normalCdf(z: number): number {
  const x = Math.abs(finite('z', z)) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Standard normal quantile z_p, 0 < p < 1 (Acklam's rational approximation, relative error below 1.2 × 10⁻⁹). */
export function normalQuantile(p: number): number {
  inRange('p', p, { min: 0, max: 1, minExclusive: true, maxExclusive: true });
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) => (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** The GBM model's log-price at `years`: mean `(μ − σ²/2)t` and spread `σ√t`. */
function gbmLogMoments(input: { driftPctPerYear: number; volatilityPctPerYear: number; years: number }) {
  const mu = inRange('driftPctPerYear', input.driftPctPerYear, { min: -200, max: 200 }) / 100;
  const sigma = inRange('volatilityPctPerYear', input.volatilityPctPerYear, { min: 0, max: 300 }) / 100;
  const t = inRange('years', input.years, { min: 0, max: 100 });
  return { mean: (mu - (sigma * sigma) / 2) * t, spread: sigma * Math.sqrt(t) };
}

/** Inputs for {@link gbmPriceQuantileUsd} and {@link gbmPricePercentile}. */
export interface GbmPointInput {
  /** Price at t = 0, USD (> 0). */
  startPriceUsd: number;
  /** Expected return μ, % per year (−200 to 200). */
  driftPctPerYear: number;
  /** Volatility σ, % per year (0–300). */
  volatilityPctPerYear: number;
  /** Time since the start, years (0–100). */
  years: number;
}

/**
 * The price below which a share `percentile` % of the model's paths lie after `years`, exactly
 * (the fan a simulation estimates): `S₀ · exp((μ − σ²/2)t + σ√t · z_p)`.
 */
export function gbmPriceQuantileUsd(input: GbmPointInput & { percentile: number }): number {
  const start = inRange('startPriceUsd', input.startPriceUsd, { min: 0, max: 1e12, minExclusive: true });
  const { mean, spread } = gbmLogMoments(input);
  const z = normalQuantile(inRange('percentile', input.percentile, { min: 0, max: 100, minExclusive: true, maxExclusive: true }) / 100);
  return start * Math.exp(mean + spread * z);
}

/**
 * Where a price lands in the model's spread after `years`: the percentage of paths below it,
 * `100 · Φ((ln(S/S₀) − (μ − σ²/2)t) / (σ√t))`. With no spread (σ = 0 or t = 0) every path sits on
 * one price, and the answer is 0, 50 or 100.
 */
export function gbmPricePercentile(input: GbmPointInput & { priceUsd: number }): number {
  const start = inRange('startPriceUsd', input.startPriceUsd, { min: 0, max: 1e12, minExclusive: true });
  const price = inRange('priceUsd', input.priceUsd, { min: 0, max: 1e12, minExclusive: true });
  const { mean, spread } = gbmLogMoments(input);
  const gap = Math.log(price / start) - mean;
  if (spread === 0) return Math.abs(gap) < 1e-12 ? 50 : gap < 0 ? 0 : 100;
  return 100 * normalCdf(gap / spread);
}

export const gbmPercentileFormula: Formula = {
  words: 'In the model, the log of the price after t years is normal, with mean (μ − σ²/2)t and spread σ√t; a real price is placed by the share of that distribution below it.',
  symbols: 'percentile = 100 · Φ((ln(S/S₀) − (μ − σ²/2)t) / (σ√t))',
  fn: 'gbmPricePercentile',
};

export const gbmQuantileFormula: Formula = {
  words: 'The price below which a given share of the model’s paths lie after t years: the start price grown at the model’s median rate, plus z spreads.',
  symbols: 'S_p(t) = S₀ · exp((μ − σ²/2)t + σ√t · z_p)',
  fn: 'gbmPriceQuantileUsd',
};
