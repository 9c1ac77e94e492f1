import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import * as d3 from 'd3-shape';
import { areaPath, linePath, type Curve } from '@charts/shapes';

// d3-shape is the reference: these paths must be the very strings d3's line() and area() write.
const curves = { linear: d3.curveLinear, step: d3.curveStepAfter, monotone: d3.curveMonotoneX } as const;
const names = Object.keys(curves) as Curve[];

// Pixel coordinates, with repeats (flat runs, vertical steps, coincident points) made likely.
const coord = fc.oneof(fc.double({ min: -5000, max: 5000, noNaN: true }), fc.integer({ min: -3, max: 3 }), fc.constant(0.0005));
const points = fc.array(fc.tuple(coord, coord), { maxLength: 12 });
const sortedPoints = points.map((ps) => [...ps].sort((a, b) => a[0] - b[0]));
const bands = fc.array(fc.tuple(coord, coord, coord), { maxLength: 12 });

const d3Line = (ps: readonly (readonly [number, number])[], curve: Curve) =>
  d3.line<readonly [number, number]>().x((p) => p[0]).y((p) => p[1]).curve(curves[curve])(ps) ?? '';
const d3Area = (ps: readonly (readonly [number, number, number])[], curve: Curve) =>
  d3.area<readonly [number, number, number]>().x((p) => p[0]).y0((p) => p[1]).y1((p) => p[2]).curve(curves[curve])(ps) ?? '';

describe('linePath matches d3-shape line()', () => {
  for (const curve of names) {
    it(`writes d3's path for any points, ${curve}`, () => {
      fc.assert(fc.property(points, (ps) => { expect(linePath(ps, curve)).toBe(d3Line(ps, curve)); }), { numRuns: 500 });
      fc.assert(fc.property(sortedPoints, (ps) => { expect(linePath(ps, curve)).toBe(d3Line(ps, curve)); }), { numRuns: 500 });
    });
  }

  it('is empty for no points and closes a lone point on itself', () => {
    expect(linePath([])).toBe('');
    expect(linePath([[1.23456, 2]])).toBe('M1.235,2Z');
    expect(linePath([[1, 2], [1, 2]], 'monotone')).toBe('M1,2Z');
  });

  it('steps after each point and does not mutate its input', () => {
    const ps = [[0, 10], [5, 20], [10, 15]] as const;
    const copy = JSON.stringify(ps);
    expect(linePath(ps, 'step')).toBe('M0,10L5,10L5,20L10,20L10,15');
    expect(JSON.stringify(ps)).toBe(copy);
  });
});

describe('areaPath matches d3-shape area()', () => {
  for (const curve of names) {
    it(`writes d3's path for any band, ${curve}`, () => {
      fc.assert(fc.property(bands, (bs) => { expect(areaPath(bs, curve)).toBe(d3Area(bs, curve)); }), { numRuns: 500 });
    });
  }

  it('is empty for no points', () => expect(areaPath([])).toBe(''));
});
