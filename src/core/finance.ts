/**
 * Discounted cash flow basics. A cash-flow list holds one amount per period;
 * `cashflows[0]` happens now (t = 0, undiscounted), `cashflows[t]` at the end
 * of period t. Rates are fractions per period (0.1 = 10 %).
 */
import type { Formula } from './formula';
import { finiteArray, inRange, rangeError } from './validate';

/**
 * Net present value: `NPV(r) = Σₜ CFₜ / (1 + r)^t`.
 * @param ratePerPeriod discount rate per period as a fraction (> −1)
 * @param cashflows amounts per period, `cashflows[0]` at t = 0
 */
export function npv(ratePerPeriod: number, cashflows: readonly number[]): number {
  inRange('ratePerPeriod', ratePerPeriod, { min: -1, minExclusive: true });
  finiteArray('cashflows', cashflows);
  let total = 0;
  for (let t = cashflows.length - 1; t >= 0; t--) total = total / (1 + ratePerPeriod) + cashflows[t]!;
  if (!Number.isFinite(total)) {
    throw rangeError('ratePerPeriod', 'further from −1 (the NPV of these cash flows overflows)', ratePerPeriod);
  }
  return total;
}

/**
 * NPV rescaled so it never overflows, with the same sign as NPV:
 * `Σ CFₜ (1+r)^−t` when `1 + r ≥ 1`, else `Σ CFₜ (1+r)^(T−t)` (NPV × (1+r)^T).
 * `logGrowth` is `ln(1 + r)`.
 */
function scaledNpv(logGrowth: number, cashflows: readonly number[]): number {
  const growth = Math.exp(logGrowth);
  let total = 0;
  if (growth >= 1) {
    for (let t = cashflows.length - 1; t >= 0; t--) total = total / growth + cashflows[t]!;
  } else {
    for (let t = 0; t < cashflows.length; t++) total = total * growth + cashflows[t]!;
  }
  return total;
}

/** Search range for IRR, in x = ln(1 + r): r from −0.9999 to 10^6 (100,000,000 %). */
const IRR_LOG_MIN = Math.log(1e-4);
const IRR_LOG_MAX = Math.log1p(1e6);
const IRR_GRID_STEP = 0.02;

function bisectLog(lo: number, hi: number, cashflows: readonly number[]): number {
  let fLo = scaledNpv(lo, cashflows);
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    const fMid = scaledNpv(mid, cashflows);
    if (fMid === 0) return mid;
    if (Math.sign(fMid) === Math.sign(fLo)) [lo, fLo] = [mid, fMid];
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Brackets `[lo, hi]` (in ln(1 + r)) where NPV changes sign or is zero, scanning a grid. */
function irrBrackets(cashflows: readonly number[]): Array<[number, number]> {
  const brackets: Array<[number, number]> = [];
  let prevX = IRR_LOG_MIN;
  let prevF = scaledNpv(prevX, cashflows);
  if (prevF === 0) brackets.push([prevX, prevX]);
  for (let x = IRR_LOG_MIN + IRR_GRID_STEP; x < IRR_LOG_MAX + IRR_GRID_STEP; x += IRR_GRID_STEP) {
    const f = scaledNpv(x, cashflows);
    if (f === 0) brackets.push([x, x]);
    else if (prevF !== 0 && Math.sign(f) !== Math.sign(prevF)) brackets.push([prevX, x]);
    [prevX, prevF] = [x, f];
  }
  return brackets;
}

/**
 * Internal rate of return: the rate r with `NPV(r) = 0`, or `null` when there is
 * none in (−0.9999, 10^6]. Scans ln(1 + r) on a grid for sign changes, then
 * bisects; never diverges the way bare Newton can. When several rates qualify
 * (cash flows that change sign more than once) it returns the one nearest 0.
 * @param cashflows amounts per period, `cashflows[0]` at t = 0 (finite, non-empty)
 */
export function irr(cashflows: readonly number[]): number | null {
  finiteArray('cashflows', cashflows);
  const hasGain = cashflows.some((cf) => cf > 0);
  const hasLoss = cashflows.some((cf) => cf < 0);
  if (!hasGain || !hasLoss) return null;
  const brackets = irrBrackets(cashflows);
  if (brackets.length === 0) return null;
  const distance = ([lo, hi]: [number, number]) => Math.min(Math.abs(lo), Math.abs(hi));
  const nearest = brackets.reduce((best, b) => (distance(b) < distance(best) ? b : best));
  return Math.expm1(bisectLog(nearest[0], nearest[1], cashflows));
}

/**
 * Periods until cumulative cash first turns non-negative, interpolating
 * linearly inside the period where it crosses zero:
 * `(t − 1) + (−Cum_{t−1}) / CFₜ`. Returns 0 when `cashflows[0] ≥ 0`, and
 * `null` when cumulative cash never reaches 0.
 */
export function paybackPeriods(cashflows: readonly number[]): number | null {
  finiteArray('cashflows', cashflows);
  let cumulative = cashflows[0]!;
  if (cumulative >= 0) return 0;
  for (let t = 1; t < cashflows.length; t++) {
    const flow = cashflows[t]!;
    if (cumulative + flow >= 0) return t - 1 + -cumulative / flow;
    cumulative += flow;
  }
  return null;
}

export const npvFormula: Formula = {
  words: 'Money later is worth less than money now: each year’s cash is divided by (1 + rate) once per year of waiting.',
  symbols: 'NPV = Σₜ CFₜ / (1 + r)ᵗ',
  fn: 'npv',
};

export const irrFormula: Formula = {
  words: 'The internal rate of return is the discount rate at which the investment exactly breaks even.',
  symbols: 'IRR: Σₜ CFₜ / (1 + IRR)ᵗ = 0',
  fn: 'irr',
};

export const paybackFormula: Formula = {
  words: 'Payback is how long until the cash that came back equals the cash put in.',
  symbols: 'T: Σ_{t ≤ T} CFₜ = 0',
  fn: 'paybackPeriods',
};
