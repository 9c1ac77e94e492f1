/**
 * The percentile of a plain list, and the interpolation rule every percentile here shares:
 * linear between order statistics at position `(n − 1) × p / 100`, the rule of d3.quantile,
 * numpy's default and R type 7. A list sorted once (a classroom's guesses, or the 2,000 simulated
 * years of ./siteChoice.ts) is read here; the many rows of a Monte Carlo fan, each of thousands of
 * paths, go through ./quantile.ts, which avoids sorting them.
 */
import { finiteArray, inRange } from './validate';

/** `low + (high − low) × f` as d3.quantile computes it, without overflow when the gap exceeds 1.8e308. */
export function interpolate(low: number, high: number, f: number): number {
  if (f === 0) return low;
  const gap = high - low;
  return Number.isFinite(gap) ? low + gap * f : low * (1 - f) + high * f;
}

/**
 * Percentile of a plain list (like `d3.quantile(values, p / 100)`). Does not modify `values`.
 * @param p percentile in [0, 100]
 */
export function percentile(values: readonly number[], p: number): number {
  finiteArray('values', values);
  inRange('p', p, { min: 0, max: 100 });
  return percentileOfSorted(Float64Array.from(values).sort(), p);
}

/** Percentile `p` (in [0, 100]) of values already sorted ascending, which it does not check. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const position = (sorted.length - 1) * (p / 100);
  const below = Math.floor(position);
  return interpolate(sorted[below]!, sorted[Math.min(below + 1, sorted.length - 1)]!, position - below);
}
