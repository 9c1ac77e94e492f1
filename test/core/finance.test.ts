import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { irr, npv, paybackPeriods } from '@core/finance';

describe('npv', () => {
  // Hand-checkable textbook cases (discounting by definition, NPV = Σ CFₜ / (1 + r)^t).
  it.each([
    { rate: 0.1, cashflows: [-100, 110], expected: 0, why: '110 / 1.1 = 100' },
    { rate: 0, cashflows: [-1000, 300, 400, 500], expected: 200, why: 'undiscounted sum' },
    { rate: 0.1, cashflows: [-1000, 300, 400, 500], expected: -21.0368, why: '300/1.1 + 400/1.21 + 500/1.331 − 1000' },
    { rate: 0.05, cashflows: [100], expected: 100, why: 'cashflows[0] is not discounted' },
    { rate: 0.25, cashflows: [-1600, 10_000, -10_000], expected: 0, why: 'Lorie–Savage pump, first IRR' },
  ])('npv($rate, $cashflows) = $expected ($why)', ({ rate, cashflows, expected }) => {
    expect(npv(rate, cashflows)).toBeCloseTo(expected, 4);
  });

  it('falls as the rate rises when cash comes after the outlay', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 5, noNaN: true }), (rate) => {
        const flows = [-1000, 300, 400, 500];
        expect(npv(rate + 0.01, flows)).toBeLessThan(npv(rate, flows));
      }),
    );
  });

  it('does not mutate its input', () => {
    const flows = Object.freeze([-100, 60, 60]);
    npv(0.1, flows);
    expect(flows).toEqual([-100, 60, 60]);
  });
});

describe('irr', () => {
  it.each([
    // 100 now for 110 in a year: 10 % by definition.
    { cashflows: [-100, 110], expected: 0.1, source: 'definition: 110 / 100 − 1' },
    // Quadratic: 100x² − 60x − 60 = 0 with x = 1 + r → x = (60 + √27,600) / 200.
    { cashflows: [-100, 60, 60], expected: (60 + Math.sqrt(27_600)) / 200 - 1, source: 'quadratic formula (13.07 %)' },
    // Brealey, Myers & Allen, Principles of Corporate Finance, IRR chapter: C0 = −4,000, C1 = +2,000, C2 = +4,000 → 28 %.
    { cashflows: [-4000, 2000, 4000], expected: (2000 + Math.sqrt(68e6)) / 8000 - 1, source: 'Brealey–Myers example, 28.08 %' },
    // Checked by substitution: NPV(0.0889634) of these flows is 0 to 1e-6.
    { cashflows: [-1000, 300, 400, 500], expected: 0.0889634, source: 'substitution check' },
    // A loss: 100 now for 50 in a year is −50 %.
    { cashflows: [-100, 50], expected: -0.5, source: 'definition: 50 / 100 − 1' },
  ])('irr($cashflows) = $expected ($source)', ({ cashflows, expected }) => {
    expect(irr(cashflows)).toBeCloseTo(expected, 6);
  });

  // Lorie & Savage (1955) "pump" project, the textbook multiple-IRR case (also in Brealey–Myers):
  // −1,600, +10,000, −10,000 has IRRs of 25 % and 400 %.
  it('returns the root nearest zero when there are two (Lorie–Savage pump: 25 % and 400 %)', () => {
    expect(npv(4, [-1600, 10_000, -10_000])).toBeCloseTo(0, 8);
    expect(irr([-1600, 10_000, -10_000])).toBeCloseTo(0.25, 8);
  });

  it.each([
    { cashflows: [100, 50], why: 'no outlay' },
    { cashflows: [-100, -50], why: 'no inflow' },
    { cashflows: [0, 0, 0], why: 'no cash at all' },
    { cashflows: [-100], why: 'a single outlay' },
    { cashflows: [1, -3, 3], why: 'NPV never reaches zero (negative discriminant)' },
  ])('returns null when no rate makes NPV zero: $why', ({ cashflows }) => {
    expect(irr(cashflows)).toBeNull();
  });

  it('finds the rate it was built from: irr([−c, c(1 + r)]) = r', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.99, max: 100, noNaN: true }), fc.double({ min: 1, max: 1e9, noNaN: true }), (rate, outlay) => {
        expect(irr([-outlay, outlay * (1 + rate)])).toBeCloseTo(rate, 8);
      }),
    );
  });

  it('makes NPV zero whenever it returns a number', () => {
    const flows = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(flows, (cashflows) => {
        const rate = irr(cashflows);
        if (rate === null) return;
        // Scale: the size of the discounted terms, so the check is relative.
        const scale = cashflows.reduce((sum, cf, t) => sum + Math.abs(cf) / (1 + rate) ** t, 0);
        expect(Math.abs(npv(rate, cashflows))).toBeLessThanOrEqual(1e-7 * scale + 1e-300); // + tiny: subnormal flows
      }),
      { numRuns: 500 },
    );
  });

  it('does not mutate its input', () => {
    const flows = Object.freeze([-100, 60, 60]);
    irr(flows);
    expect(flows).toEqual([-100, 60, 60]);
  });
});

describe('paybackPeriods', () => {
  it.each([
    { cashflows: [-100, 60, 60], expected: 1 + 40 / 60, why: '60 back in year 1, the other 40 two-thirds into year 2' },
    { cashflows: [-100, 100], expected: 1, why: 'repaid exactly at the end of year 1' },
    { cashflows: [-100, 0, 200], expected: 1.5, why: 'nothing in year 1, half of year 2' },
    { cashflows: [10, -5], expected: 0, why: 'never below zero' },
    { cashflows: [-50_000, 41_172, 41_172], expected: 50_000 / 41_172, why: 'V-D1: $4.70/h H100, 1.21 years' },
  ])('paybackPeriods($cashflows) = $expected ($why)', ({ cashflows, expected }) => {
    expect(paybackPeriods(cashflows)).toBeCloseTo(expected, 10);
  });

  it('returns null when cumulative cash never turns non-negative', () => {
    expect(paybackPeriods([-100, 50, 40])).toBeNull();
  });

  it('is the first crossing when cash later dips again', () => {
    expect(paybackPeriods([-100, 150, -200])).toBeCloseTo(100 / 150, 10);
  });
});

describe('finance input checks', () => {
  it.each([
    { call: () => npv(-1, [1]), message: 'ratePerPeriod must be a finite number > -1, got -1' },
    { call: () => npv(Number.NaN, [1]), message: 'ratePerPeriod must be a finite number > -1, got NaN' },
    { call: () => npv(0.1, []), message: 'cashflows must be a non-empty array of finite numbers, got an array of length 0' },
    { call: () => npv(0.1, [1, Number.NaN]), message: 'cashflows[1] must be a finite number, got NaN' },
    { call: () => npv(-0.9999, Array.from({ length: 200 }, () => 1e10)), message: 'ratePerPeriod must be further from −1' },
    { call: () => irr([]), message: 'cashflows must be a non-empty array' },
    { call: () => irr([-1, Infinity]), message: 'cashflows[1] must be a finite number, got Infinity' },
    { call: () => paybackPeriods([Number.NaN]), message: 'cashflows[0] must be a finite number, got NaN' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
