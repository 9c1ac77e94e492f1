import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNormalFiller, createNormalSampler, createRng, sampleIndex } from '@core/random';

const take = (next: () => number, count: number) => Array.from({ length: count }, next);

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(take(createRng(seed), 20)).toEqual(take(createRng(seed), 20));
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    expect(take(createRng(1), 5)).not.toEqual(take(createRng(2), 5));
  });

  // Reference: mulberry32 as published by its author Tommy Ettinger (public-domain gist,
  // tommyettinger/46a874533244883189143505d203312c) in its usual JavaScript form
  // (Stack Overflow answer 47593316), restated here as an independent oracle.
  it('matches the reference mulberry32 for the first 10,000 outputs', () => {
    const referenceMulberry32 = (seed: number) => {
      let a = seed;
      return () => {
        let t = (a += 0x6d2b79f5);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    };
    for (const seed of [0, 1, 42, 123_456_789]) {
      expect(take(createRng(seed), 10_000)).toEqual(take(referenceMulberry32(seed), 10_000));
    }
  });

  // Regression values: pin the generator so charts stay identical across releases.
  it('keeps its pinned first outputs for seed 42', () => {
    const first = take(createRng(42), 3).map((x) => x * 2 ** 32);
    expect(first).toEqual([2581720956, 1925393290, 3661312704]);
  });

  it('returns numbers in [0, 1) with mean ≈ 1/2', () => {
    const values = take(createRng(7), 100_000);
    expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 2); // standard error 0.0009
  });
});

describe('createNormalSampler', () => {
  it('draws standard normals: mean ≈ 0, variance ≈ 1, 95 % within ±1.96', () => {
    const values = take(createNormalSampler(createRng(3)), 200_000);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    const inside = values.filter((z) => Math.abs(z) < 1.959964).length / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.01); // standard error 0.0022
    expect(variance).toBeCloseTo(1, 1);
    expect(inside).toBeCloseTo(0.95, 2);
  });

  it('is reproducible from the seed', () => {
    expect(take(createNormalSampler(createRng(9)), 11)).toEqual(take(createNormalSampler(createRng(9)), 11));
  });
});

describe('createNormalFiller', () => {
  it('fills exactly the sequence the sampler returns, across odd and even chunks', () => {
    const expected = take(createNormalSampler(createRng(5)), 40);
    const fill = createNormalFiller(5);
    const chunks = [3, 1, 0, 8, 5, 2, 21].map((n) => new Float64Array(n));
    chunks.forEach((chunk) => fill(chunk));
    expect(chunks.flatMap((c) => [...c])).toEqual(expected);
  });
});

describe('sampleIndex', () => {
  it('draws each index in proportion to its weight', () => {
    const rng = createRng(11);
    const counts = [0, 0, 0];
    for (let i = 0; i < 60_000; i++) counts[sampleIndex([1, 2, 3], rng)]!++;
    expect(counts.map((c) => c / 60_000)).toEqual([expect.closeTo(1 / 6, 2), expect.closeTo(2 / 6, 2), expect.closeTo(3 / 6, 2)]);
  });

  it('never returns an index with zero weight', () => {
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) expect(sampleIndex([0, 1, 0], rng)).toBe(1);
  });
});

describe('random input checks', () => {
  it.each([
    { call: () => createRng(Number.NaN), message: 'seed must be an integer ≥ -9007199254740991, got NaN' },
    { call: () => createRng(1.5), message: 'seed must be an integer ≥ -9007199254740991, got 1.5' },
    { call: () => createNormalFiller(Infinity), message: 'seed must be an integer' },
    { call: () => sampleIndex([1, -1], createRng(1)), message: 'weights[1] must be a finite number ≥ 0, got -1' },
    { call: () => sampleIndex([0, 0], createRng(1)), message: 'sum of weights must be a finite number > 0, got 0' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
