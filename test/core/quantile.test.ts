import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantile } from 'd3-array';
import { checkPercentiles, createRowPercentiles, selectInPlace } from '@core/quantile';

describe('createRowPercentiles', () => {
  const bands = [5, 25, 50, 75, 95];

  it('gives d3.quantile’s answers for rows with ties, outliers and extreme spans', () => {
    const rows = [
      [1, 1, 1, 2, 2, 2, 3, 3, 3, 3],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 1e300],
      [-1e300, 1e300, 0, 1, 2, 3, 4, 5, 6, 7],
      [1, 1 + 1e-15, 1 + 2e-15, 1, 1, 1, 1, 1, 1, 1],
      [5e-324, 0, 1e-323, 0, 0, 0, 0, 0, 0, 0],
    ];
    for (const row of rows) {
      const out = new Float64Array(bands.length);
      createRowPercentiles(row.length, bands)(Float64Array.from(row), out);
      expect([...out]).toEqual(bands.map((p) => quantile(row, p / 100)));
    }
  });

  it('stays finite when neighbouring order statistics are 3.4e308 apart', () => {
    const out = new Float64Array(1);
    createRowPercentiles(2, [50])(Float64Array.from([-1.7e308, 1.7e308]), out);
    expect(out[0]).toBe(0);
  });

  it('leaves the row unchanged and can be reused across rows', () => {
    const rowPercentiles = createRowPercentiles(5, [50]);
    const out = new Float64Array(1);
    const row = Float64Array.from([5, 4, 3, 2, 1]);
    rowPercentiles(row, out);
    expect(out[0]).toBe(3);
    expect([...row]).toEqual([5, 4, 3, 2, 1]);
    rowPercentiles(Float64Array.from([10, 20, 30, 40, 50]), out);
    expect(out[0]).toBe(30);
  });

  it('agrees with d3.quantile on random rows', () => {
    const rows = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 2000 });
    fc.assert(
      fc.property(rows, (row) => {
        const out = new Float64Array(bands.length);
        createRowPercentiles(row.length, bands)(Float64Array.from(row), out);
        expect([...out].map((v) => v + 0)).toEqual(bands.map((p) => quantile(row, p / 100)! + 0)); // −0 as 0
      }),
      { numRuns: 200 },
    );
  });
});

describe('selectInPlace', () => {
  it('puts the k-th smallest at k with smaller values before and larger after', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }), fc.nat(), (list, seed) => {
        const values = Float64Array.from(list);
        const k = seed % values.length;
        selectInPlace(values, k);
        const sorted = [...list].sort((a, b) => a - b);
        expect(values[k]).toBe(sorted[k]);
        expect(values.slice(0, k).every((v) => v <= values[k]!)).toBe(true);
        expect(values.slice(k + 1).every((v) => v >= values[k]!)).toBe(true);
      }),
    );
  });
});

describe('quantile input checks', () => {
  it.each([
    { call: () => checkPercentiles([50, 25]), message: 'percentiles[1] must be a finite number in [50, 100], got 25' },
    { call: () => checkPercentiles([-1]), message: 'percentiles[0] must be a finite number in [0, 100], got -1' },
    { call: () => createRowPercentiles(0, [50]), message: 'n must be an integer ≥ 1, got 0' },
    { call: () => createRowPercentiles(3, [50])(new Float64Array(2), new Float64Array(1)), message: 'row must be a Float64Array of 3 values, got 2' },
    { call: () => selectInPlace(new Float64Array(3), 3), message: 'k must be an integer in [0, 2], got 3' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
