import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contractHostingUsdPerKwMonth } from '@core/hosting';
import {
  monthsSavedByConversion,
  profitAtPriceRatio,
  siteThreeWays,
  valueOfEarlierEnergizationUsd,
  yearAveragePriceRatios,
  type SiteThreeWaysInput,
} from '@core/siteChoice';

/** The site-three-ways widget's defaults (see src/widgets/site-three-ways/meta.ts for sources). */
const site: SiteThreeWaysInput = {
  siteMw: 100,
  powerPriceUsdPerKwh: 0.045,
  miningPue: 1,
  efficiencyJPerTh: 28.2,
  hashpriceUsdPerPhDay: 61.98,
  miningOtherOpexUsdPerMwh: 10.5,
  aiPue: 100 / 70,
  refitUsdPerMwIt: 8e6,
  refitLifeYears: 12,
  hostingUsdPerKwMonth: 121,
  hostingOpexPct: 15,
  hostPaysPower: false,
  gpuPowerW: 700,
  rentUsdPerGpuHour: 1.99,
  utilizationPct: 100,
  capexUsdPerGpu: 40_650,
  gpuLifeYears: 5,
};

describe('siteThreeWays', () => {
  it('mines 3.546 EH/s from 100 MW at 28.2 J/TH and earns hashprice × 365 (hand-computed)', () => {
    const { mining } = siteThreeWays(site);
    expect(mining.hashrateEhs).toBeCloseTo(3.5461, 4);
    expect(mining.revenueUsd).toBeCloseTo(80_222_340, -1);
    expect(mining.powerCostUsd).toBeCloseTo(39_420_000, -1); // 100 MW × 8,760 h × $45/MWh
    expect(mining.otherCostUsd).toBeCloseTo(9_198_000, -1); // Cambridge all-in $55.5 − $45 = $10.5/MWh
    expect(mining.profitUsd).toBeCloseTo(31_604_340, -1);
    expect(mining.upfrontUsd).toBe(0);
  });

  it('hosting at the CoreWeave contract rate earns $1.45M per MW of IT a year (validation V-E)', () => {
    const rate = contractHostingUsdPerKwMonth({ contractValueUsd: 8.7e9, termYears: 12, criticalItMw: 500 });
    const { hosting } = siteThreeWays({ ...site, aiPue: 1, siteMw: 500, hostingUsdPerKwMonth: rate, hostingOpexPct: 0, refitUsdPerMwIt: 0 });
    expect(hosting.revenueUsd).toBeCloseTo(8.7e9 / 12, 0);
    expect(hosting.revenueUsd / 500).toBeCloseTo(1.45e6, -3);
    expect(hosting.profitUsd).toBeCloseTo(hosting.revenueUsd, 0);
  });

  it('hosting pays 15% overheads and spreads the $8M/MW refit over 12 years', () => {
    const { hosting } = siteThreeWays(site);
    expect(hosting.criticalItMw).toBeCloseTo(70, 9);
    expect(hosting.revenueUsd).toBeCloseTo(101_640_000, 0);
    expect(hosting.otherCostUsd).toBeCloseTo(15_246_000, 0);
    expect(hosting.capexAmortizationUsd).toBeCloseTo(46_666_667, 0);
    expect(hosting.powerCostUsd).toBe(0);
    expect(hosting.upfrontUsd).toBeCloseTo(560e6, 0);
  });

  it('a host that pays the power bill pays for every megawatt-hour of the site', () => {
    const { hosting } = siteThreeWays({ ...site, hostPaysPower: true });
    expect(hosting.powerCostUsd).toBeCloseTo(39_420_000, -1);
  });

  it("IREN's 1,896 GPUs at $1.99 an hour earn about its reported $33M a year (validation V-D3)", () => {
    const { gpu } = siteThreeWays({ ...site, siteMw: 1.896, aiPue: 1, gpuPowerW: 1000 });
    expect(gpu.gpuCount).toBe(1896);
    expect(gpu.revenueUsd / 1e6).toBeCloseTo(33.05, 2);
  });

  it('fills 70 MW of IT with 100,000 GPUs of 700 W and writes them off over five years', () => {
    const { gpu } = siteThreeWays(site);
    expect(gpu.gpuCount).toBe(100_000);
    expect(gpu.capexAmortizationUsd).toBeCloseTo(100_000 * 40_650 / 5 + 560e6 / 12, 0);
    expect(gpu.upfrontUsd).toBeCloseTo(100_000 * 40_650 + 560e6, 0);
  });

  it('margin share is profit ÷ revenue, and null without revenue', () => {
    const r = siteThreeWays(site);
    expect(r.mining.marginShare).toBeCloseTo(r.mining.profitUsd / r.mining.revenueUsd, 12);
    expect(siteThreeWays({ ...site, hashpriceUsdPerPhDay: 0 }).mining.marginShare).toBeNull();
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(site);
    siteThreeWays(site);
    expect(site).toEqual(copy);
  });

  it.each([
    ['siteMw', { siteMw: 0 }],
    ['aiPue', { aiPue: 0.5 }],
    ['refitLifeYears', { refitLifeYears: 0 }],
    ['hostingOpexPct', { hostingOpexPct: 101 }],
    ['miningOtherOpexUsdPerMwh', { miningOtherOpexUsdPerMwh: -1 }],
    ['efficiencyJPerTh', { efficiencyJPerTh: Number.NaN }],
  ])('throws a RangeError naming %s', (name, patch) => {
    expect(() => siteThreeWays({ ...site, ...patch })).toThrow(new RegExp(name));
  });

  it('more hashprice never lowers mining profit; a higher rent never lowers GPU profit', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (h, r) => {
        const a = siteThreeWays({ ...site, hashpriceUsdPerPhDay: h, rentUsdPerGpuHour: r });
        const b = siteThreeWays({ ...site, hashpriceUsdPerPhDay: h + 1, rentUsdPerGpuHour: r + 0.1 });
        expect(b.mining.profitUsd).toBeGreaterThanOrEqual(a.mining.profitUsd);
        expect(b.gpu.profitUsd).toBeGreaterThanOrEqual(a.gpu.profitUsd);
      }),
      { numRuns: 50 },
    );
  });
});

describe('yearAveragePriceRatios', () => {
  it('at zero volatility and drift every percentile is 1', () => {
    const r = yearAveragePriceRatios({ volatilityPctPerYear: 0, pathCount: 50, seed: 1 });
    r.forEach((v) => expect(v).toBeCloseTo(1, 12));
  });

  it('at 50% volatility the p5–p95 range straddles 1 and is reproducible by seed', () => {
    const a = yearAveragePriceRatios({ volatilityPctPerYear: 50, pathCount: 2000, seed: 2024 });
    const b = yearAveragePriceRatios({ volatilityPctPerYear: 50, pathCount: 2000, seed: 2024 });
    expect(a).toEqual(b);
    expect(a[0]).toBeLessThan(0.8);
    expect(a[2]).toBeGreaterThan(1.2);
    expect(a[0]!).toBeLessThan(a[1]!);
    expect(a[1]!).toBeLessThan(a[2]!);
  });

  it('the mean of the year-average ratio stays near 1 without drift (GBM is a martingale)', () => {
    const [p50] = yearAveragePriceRatios({ volatilityPctPerYear: 50, pathCount: 20_000, seed: 7, percentiles: [50] });
    // The median sits a little below the mean of 1 (log-normal skew).
    expect(p50!).toBeGreaterThan(0.9);
    expect(p50!).toBeLessThan(1);
  });

  it('a higher volatility widens the range', () => {
    const low = yearAveragePriceRatios({ volatilityPctPerYear: 30, pathCount: 2000, seed: 3 });
    const high = yearAveragePriceRatios({ volatilityPctPerYear: 70, pathCount: 2000, seed: 3 });
    expect(high[2]! - high[0]!).toBeGreaterThan(low[2]! - low[0]!);
  });

  it('rejects bad inputs', () => {
    expect(() => yearAveragePriceRatios({ volatilityPctPerYear: -1, pathCount: 10, seed: 1 })).toThrow(/volatilityPctPerYear/);
    expect(() => yearAveragePriceRatios({ volatilityPctPerYear: 50, pathCount: 0, seed: 1 })).toThrow(/pathCount/);
    expect(() => yearAveragePriceRatios({ volatilityPctPerYear: 50, pathCount: 10, seed: 1, percentiles: [95, 5] })).toThrow(/percentiles/);
  });
});

describe('profitAtPriceRatio', () => {
  it('a ratio of 1 gives the year as computed', () => {
    const { mining } = siteThreeWays(site);
    expect(profitAtPriceRatio(mining, 1)).toBeCloseTo(mining.profitUsd, 6);
  });
  it('scales revenue only: a ratio of 0 loses all the costs', () => {
    const { mining } = siteThreeWays(site);
    expect(profitAtPriceRatio(mining, 0)).toBeCloseTo(-(mining.powerCostUsd + mining.otherCostUsd), 6);
  });
});

describe('monthsSavedByConversion', () => {
  it.each([
    { args: [48, 12], expected: 36 }, // Dominion's 4 years against a 12-month refit
    { args: [84, 12], expected: 72 }, // Dominion's 7 years
    { args: [6, 12], expected: 0 },
    { args: [0, 0], expected: 0 },
  ])('$args → $expected months', ({ args, expected }) => {
    expect(monthsSavedByConversion(args[0]!, args[1]!)).toBe(expected);
  });
  it('rejects negative months', () => {
    expect(() => monthsSavedByConversion(-1, 0)).toThrow(/gridWaitMonths/);
  });
});

describe('valueOfEarlierEnergizationUsd', () => {
  // With the V-E revenue ($725M/yr): two years saved in a 4-7 year grid queue (fact E12) is worth $1.45B.
  it('is the months saved times a month of net revenue', () => {
    expect(valueOfEarlierEnergizationUsd({ monthsSaved: 24, annualNetRevenueUsd: 725e6 })).toBeCloseTo(1.45e9, 0);
    expect(valueOfEarlierEnergizationUsd({ monthsSaved: 0, annualNetRevenueUsd: 725e6 })).toBe(0);
  });

  it('is negative when the site would lose money', () => {
    expect(valueOfEarlierEnergizationUsd({ monthsSaved: 6, annualNetRevenueUsd: -1e6 })).toBe(-5e5);
  });

  it.each([
    { call: () => valueOfEarlierEnergizationUsd({ monthsSaved: -1, annualNetRevenueUsd: 1 }), message: 'monthsSaved must be a finite number ≥ 0, got -1' },
    { call: () => valueOfEarlierEnergizationUsd({ monthsSaved: 1, annualNetRevenueUsd: Number.NaN }), message: 'annualNetRevenueUsd must be a finite number, got NaN' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
