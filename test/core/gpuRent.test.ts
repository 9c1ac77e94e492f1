import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOURS_PER_YEAR } from '@core/assumptions';
import { fallFromPeakShare, gpuRevenueUsdPerYear, gpuYear, revenueUsdPerGpuHour } from '@core/gpuRent';

describe('gpuYear', () => {
  // Hand computation: 1 kW × PUE 1.5 × 4,380 rented h × $0.10 = $657; rent 2 × 4,380 = $8,760.
  it('charges power for rented hours only, grossed up by PUE', () => {
    const year = gpuYear({ rentUsdPerGpuHour: 2, utilizationPct: 50, powerDrawW: 1000, pue: 1.5, powerPriceUsdPerKwh: 0.1, otherOpexUsdPerGpuYear: 100 });
    expect(year.revenueUsd).toBeCloseTo(8760, 9);
    expect(year.powerCostUsd).toBeCloseTo(657, 9);
    expect(year.netCashUsd).toBeCloseTo(8760 - 657 - 100, 9);
  });
});

describe('revenueUsdPerGpuHour', () => {
  // V-D3 (IREN press release, 2024-09-16): $33M a year ÷ 1,896 GPUs = $17,405 per GPU-year,
  // ÷ 8,760 hours = $1.99 per GPU-hour.
  it('spreads IREN’s $33M a year over 1,896 GPUs and every hour: $1.99 per GPU-hour (V-D3)', () => {
    const r = revenueUsdPerGpuHour(33_000_000, 1896);
    expect(r).toBeCloseTo(1.9869, 4);
    expect(r * HOURS_PER_YEAR).toBeCloseTo(17405, 0);
  });

  it('undoes gpuRevenueUsdPerYear at full use', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (rent) => Math.abs(revenueUsdPerGpuHour(gpuRevenueUsdPerYear(rent, 100), 1) - rent) <= 1e-9 * Math.max(1, rent)),
    );
  });

  it.each([
    { revenue: 1e6, gpus: 0, message: 'gpuCount must be a finite number > 0, got 0' },
    { revenue: -1, gpus: 10, message: 'revenueUsdPerYear must be a finite number ≥ 0, got -1' },
    { revenue: Number.NaN, gpus: 10, message: 'revenueUsdPerYear must be a finite number ≥ 0, got NaN' },
  ])('throws RangeError: $message', ({ revenue, gpus, message }) => {
    expect(() => revenueUsdPerGpuHour(revenue, gpus)).toThrow(message);
  });
});

describe('fallFromPeakShare', () => {
  // V-D1 (Cheah): from the 2023 peak of $8 to $2.85 in January 2024 is 1 − 2.85/8 = 64.4 %;
  // to the $2 top of August 2024's $1–2 range, 75 %.
  it.each([
    { peak: 8, now: 2.85, expected: 0.64375 },
    { peak: 8, now: 2, expected: 0.75 },
    { peak: 8, now: 8, expected: 0 },
    { peak: 8, now: 0, expected: 1 },
    { peak: 2, now: 3, expected: -0.5 },
  ])('fallFromPeakShare($peak, $now) is $expected', ({ peak, now, expected }) => {
    expect(fallFromPeakShare(peak, now)).toBeCloseTo(expected, 12);
  });

  it.each([
    { peak: 0, now: 1, message: 'peakUsd must be a finite number > 0, got 0' },
    { peak: 8, now: -1, message: 'nowUsd must be a finite number ≥ 0, got -1' },
    { peak: Number.NaN, now: 1, message: 'peakUsd must be a finite number > 0, got NaN' },
  ])('throws RangeError: $message', ({ peak, now, message }) => {
    expect(() => fallFromPeakShare(peak, now)).toThrow(message);
  });
});
