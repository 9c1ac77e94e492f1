import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gbmPricePercentile, gbmPriceQuantileUsd, normalCdf, normalQuantile } from '@core/gbmDistribution';
import { finalValues, simulateGbmPaths } from '@core/risk';

describe('normalCdf and normalQuantile', () => {
  // Reference values: standard normal tables (Abramowitz & Stegun, table 26.1).
  it.each([
    { z: 0, p: 0.5 },
    { z: 1, p: 0.841344746 },
    { z: -1, p: 0.158655254 },
    { z: 1.959963985, p: 0.975 },
    { z: -3, p: 0.001349898 },
  ])('Φ($z) = $p', ({ z, p }) => expect(normalCdf(z)).toBeCloseTo(p, 6));

  it.each([
    { p: 0.05, z: -1.644853627 },
    { p: 0.25, z: -0.674489750 },
    { p: 0.5, z: 0 },
    { p: 0.95, z: 1.644853627 },
    { p: 0.001, z: -3.090232306 },
  ])('z($p) = $z', ({ p, z }) => expect(normalQuantile(p)).toBeCloseTo(z, 7));

  it('are inverses of each other', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => Math.abs(normalCdf(normalQuantile(p)) - p) < 2e-7));
  });

  it('rejects p outside (0, 1) and non-finite z', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => normalCdf(Number.NaN)).toThrow(RangeError);
  });
});

describe('gbmPriceQuantileUsd and gbmPricePercentile', () => {
  const base = { startPriceUsd: 93_450, driftPctPerYear: 0, volatilityPctPerYear: 50 };

  it('puts the zero-drift median after three years at 50% volatility at exp(−0.375) = 0.687 of the start', () => {
    expect(gbmPriceQuantileUsd({ ...base, years: 3, percentile: 50 }) / 93_450).toBeCloseTo(Math.exp(-0.375), 9);
  });

  it('places the start price itself at Φ(0.375 / (0.5 √3)) = 66.75% after three years', () => {
    expect(gbmPricePercentile({ ...base, years: 3, priceUsd: 93_450 })).toBeCloseTo(100 * normalCdf(0.375 / (0.5 * Math.sqrt(3))), 9);
    expect(gbmPricePercentile({ ...base, years: 3, priceUsd: 93_450 })).toBeCloseTo(66.75, 2);
  });

  it('agrees with the simulation it stands for (2,000 seeded paths, within sampling error)', () => {
    const paths = simulateGbmPaths({ ...base, days: 365, pathCount: 2000, seed: 1 });
    const last = finalValues(paths, 366, 2000);
    const price = gbmPriceQuantileUsd({ ...base, years: 1, percentile: 25 });
    const below = last.filter((p) => p < price).length / 2000;
    expect(below).toBeGreaterThan(0.22);
    expect(below).toBeLessThan(0.28);
  });

  it('is the inverse of the quantile', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 99, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), (pct, years) => {
      const price = gbmPriceQuantileUsd({ ...base, years, percentile: pct });
      return Math.abs(gbmPricePercentile({ ...base, years, priceUsd: price }) - pct) < 1e-5;
    }));
  });

  it('with no spread, every path sits on one price: 0, 50 or 100', () => {
    const flat = { ...base, volatilityPctPerYear: 0, driftPctPerYear: 10, years: 1 };
    const on = 93_450 * Math.exp(0.1);
    expect(gbmPricePercentile({ ...flat, priceUsd: on })).toBe(50);
    expect(gbmPricePercentile({ ...flat, priceUsd: on * 0.99 })).toBe(0);
    expect(gbmPricePercentile({ ...flat, priceUsd: on * 1.01 })).toBe(100);
  });
});
