import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantile } from 'd3-array';
import { percentile } from '@core/percentile';

describe('percentile', () => {
  // Reference: d3-array's quantile (R type 7, linear interpolation between order statistics).
  it('agrees with d3.quantile on any list', () => {
    const values = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 100, noNaN: true }), (list, p) => {
        expect(percentile(list, p) + 0).toBe(quantile(list, p / 100)! + 0); // + 0 treats −0 as 0
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    { values: [1, 2, 3, 4], p: 50, expected: 2.5 },
    { values: [1, 2, 3, 4], p: 0, expected: 1 },
    { values: [1, 2, 3, 4], p: 100, expected: 4 },
    { values: [10], p: 37, expected: 10 },
    { values: [5, 5, 5, 5, 5], p: 95, expected: 5 },
  ])('percentile($values, $p) = $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('does not modify its input', () => {
    const values = Object.freeze([3, 1, 2]);
    expect(percentile(values, 50)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile input checks', () => {
  it.each([
    { call: () => percentile([], 50), message: 'values must be a non-empty array of finite numbers, got an array of length 0' },
    { call: () => percentile([1, Number.NaN], 50), message: 'values[1] must be a finite number, got NaN' },
    { call: () => percentile([1], 101), message: 'p must be a finite number in [0, 100], got 101' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
