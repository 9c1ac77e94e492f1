/** The functions computed facts may use: each gives what the core function it names gives. */
import { describe, expect, it } from 'vitest';
import { factFunctions } from '@lib/content/factFunctions';
import { dealRateUsdPerMwYear } from '@core/deals';
import { hashrateFromDifficulty } from '@core/bitcoin';
import { gbmPricePercentile } from '@core/gbmDistribution';

const run = (fn: string, args: Record<string, number | string>) => factFunctions[fn]!.run(args);
const model = { startPriceUsd: 93450, driftPctPerYear: 0, volatilityPctPerYear: 50, fromDate: '2024-12-23', toDate: '2026-06-30' };

describe('factFunctions', () => {
  it('dealRateUsdPerMwYear divides by the IT load where one is stated beside grid megawatts', () => {
    const args = { contractValueUsd: 3e9, termYears: 10, statedMw: 244, statedMwBasis: 'grid', itMw: 168 };
    expect(run('dealRateUsdPerMwYear', args)).toBeCloseTo(dealRateUsdPerMwYear({ ...args, statedMwBasis: 'grid' }).usdPerMwYear, 9);
    expect(run('dealRateUsdPerMwYear', args)).toBeCloseTo(3e9 / 10 / 168, 6);
  });

  it('dealRateUsdPerMwYear keeps the megawatts as reported when their basis is unknown', () => {
    expect(run('dealRateUsdPerMwYear', { contractValueUsd: 5.5e9, termYears: 15, statedMw: 300, statedMwBasis: 'unknown' })).toBeCloseTo(5.5e9 / 15 / 300, 6);
  });

  it('gbmPricePercentile counts the years from its two dates as days ÷ 365', () => {
    const percentile = run('gbmPricePercentile', { ...model, priceUsd: 59307.68 }) as number;
    expect(percentile).toBeCloseTo(gbmPricePercentile({ startPriceUsd: 93450, driftPctPerYear: 0, volatilityPctPerYear: 50, years: 554 / 365, priceUsd: 59307.68 }), 12);
    expect(Math.round(percentile)).toBe(33);
  });

  it('gbmPriceQuantileUsd is the inverse of gbmPricePercentile on the same date', () => {
    const price = run('gbmPriceQuantileUsd', { ...model, percentile: 25 }) as number;
    expect(run('gbmPricePercentile', { ...model, priceUsd: price })).toBeCloseTo(25, 4);
  });

  it('gbm functions reject a date that is not YYYY-MM-DD, naming it', () => {
    expect(() => run('gbmPricePercentile', { ...model, toDate: 'June 2026', priceUsd: 1 })).toThrow(/toDate must be a date/);
  });

  it('fallFromPeakShare gives the share fallen below the earlier price', () => {
    expect(run('fallFromPeakShare', { peakUsd: 126000, nowUsd: 59307.68 })).toBeCloseTo(1 - 59307.68 / 126000, 12);
  });

  it('hashrateEhsFromDifficulty takes trillions and gives EH/s', () => {
    expect(run('hashrateEhsFromDifficulty', { difficultyT: 153.33 })).toBeCloseTo(hashrateFromDifficulty(153.33e12) / 1e18, 9);
  });

  it('gpuRental gives NaN for an IRR or payback that does not exist, so a fact that picks it fails the build', () => {
    const r = run('gpuRental', { capexUsdPerGpu: 50000, rentUsdPerGpuHour: 0, rentDeclinePctPerYear: 0, utilizationPct: 100, powerDrawW: 1275, pue: 1.43, powerPriceUsdPerKwh: 0.045, otherOpexUsdPerGpuYear: 0, lifeYears: 5 }) as Record<string, number>;
    expect(r.paybackYears).toBeNaN();
    expect(r.totalProfitUsd).toBeLessThan(-50000);
  });
});
