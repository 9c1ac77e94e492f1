import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import * as d3 from 'd3-scale';
import { scaleBand, scaleLinear, scaleLog } from '@charts/scales';

// d3-scale is the reference: these scales must place marks exactly where d3's would.
// Chart domains are data values: denormals (which round differently between implementations) never occur.
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-9);

describe('scaleLinear matches d3-scale', () => {
  it('maps, inverts and ticks like d3 for any domain and range', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, (d0, d1, r0, r1, v) => {
        fc.pre(Math.abs(d1 - d0) > 1e-6);
        const ours = scaleLinear().domain([d0, d1]).range([r0, r1]);
        const ref = d3.scaleLinear().domain([d0, d1]).range([r0, r1]);
        expect(Math.abs(ours(v) - ref(v))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ref(v))));
        expect(ours.ticks(5)).toEqual(ref.ticks(5));
        const zero = (xs: number[]) => xs.map((x) => x + 0); // -0 and 0 draw alike
        expect(zero(ours.copy().nice().domain())).toEqual(zero(ref.copy().nice().domain()));
      }),
    );
  });

  it('never returns NaN for a zero-width domain', () => {
    expect(scaleLinear().domain([3, 3]).range([0, 100])(3)).toBe(50);
  });
});

describe('scaleBand matches d3-scale', () => {
  it('places bands and bandwidths like d3, in either range direction', () => {
    for (const [inner, outer, range] of [[0, 0, [0, 300]], [0.25, 0.1, [0, 300]], [0.15, 0.15, [200, 0]]] as const) {
      const keys = ['a', 'b', 'c', 'd'];
      const ours = scaleBand().domain(keys).range([...range]).paddingInner(inner).paddingOuter(outer);
      const ref = d3.scaleBand().domain(keys).range([...range]).paddingInner(inner).paddingOuter(outer);
      for (const k of keys) expect(ours(k)).toBeCloseTo(ref(k)!, 9);
      expect(ours.bandwidth()).toBeCloseTo(ref.bandwidth(), 9);
      expect(ours.copy()('c')).toBeCloseTo(ref('c')!, 9);
    }
    expect(scaleBand().domain(['a']).range([0, 10])('zzz')).toBeUndefined();
  });
});

describe('scaleLog', () => {
  it('maps like d3 and ticks on powers of ten', () => {
    const ours = scaleLog().domain([10, 20_000]).range([0, 500]);
    const ref = d3.scaleLog().domain([10, 20_000]).range([0, 500]);
    for (const v of [10, 161, 5866, 20_000]) expect(ours(v)).toBeCloseTo(ref(v), 9);
    expect(ours.ticks(4)).toEqual([10, 100, 1000, 10000]);
    expect(scaleLog().domain([0.1, 60]).ticks(10)).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50]);
  });
});
