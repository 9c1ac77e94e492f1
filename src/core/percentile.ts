/**
 * The percentile of a plain list, and the interpolation rule every percentile here shares:
 * linear between order statistics at position `(n − 1) × p / 100`, the rule of d3.quantile,
 * numpy's default and R type 7. A list of a few hundred values (a classroom's guesses) is simply
 * sorted; rows of thousands of Monte Carlo paths go through ./quantile.ts, which avoids sorting.
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
  const sorted = Float64Array.from(values).sort();
  const position = (sorted.length - 1) * (p / 100);
  const below = Math.floor(position);
  return interpolate(sorted[below]!, sorted[Math.min(below + 1, sorted.length - 1)]!, position - below);
}
