import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contractHostingUsdPerKwMonth } from '@core/hosting';
import { gpuYear } from '@core/gpuRent';
import { siteGpuRentalYear, siteHostingYear, type SiteGpuRentalInput } from '@core/aiSite';

const gpuSite: SiteGpuRentalInput = {
  siteMw: 10,
  pue: 1.25,
  powerDrawWPerGpu: 1000,
  rentUsdPerGpuHour: 2,
  utilizationPct: 80,
  powerPriceUsdPerKwh: 0.06,
  capexUsdPerGpu: 50_000,
  lifeYears: 5,
  otherOpexUsdPerGpuYear: 1000,
};

describe('siteHostingYear', () => {
  const rate = contractHostingUsdPerKwMonth({ contractValueUsd: 8.7e9, termYears: 12, criticalItMw: 500 });
  const hosting = { siteMw: 625, pue: 1.25, hostingUsdPerKwMonth: rate, powerPaidBy: 'tenant' as const, powerPriceUsdPerKwh: 0.05 };

  // Reference: V-E, $8.7B over 12 years for ~500 MW of critical IT (fact E03) = $725M a year.
  it('at the CoreWeave rate, 500 MW of critical IT earns $725M a year ($1.45M per MW-year, V-E)', () => {
    const year = siteHostingYear(hosting);
    expect(year.criticalItMw).toBe(500);
    expect(year.revenueUsd).toBeCloseTo(725e6, 0);
    expect(year.revenueUsd / year.criticalItMw).toBeCloseTo(1.45e6, 0);
  });

  it('pays no power when the tenant pays it, and the whole facility’s power when the host does', () => {
    expect(siteHostingYear(hosting).powerCostUsd).toBe(0);
    const hostPays = siteHostingYear({ ...hosting, powerPaidBy: 'host', averageLoadPct: 80 });
    expect(hostPays.powerCostUsd).toBeCloseTo(625 * 8760 * 0.8 * 1000 * 0.05, 3);
  });

  it('charges other opex per MW of critical IT', () => {
    expect(siteHostingYear({ ...hosting, otherOpexUsdPerMwYear: 10_000 }).otherCostUsd).toBe(5e6);
  });
});

describe('siteGpuRentalYear', () => {
  // Hand computation: 10 MW ÷ (1.25 × 1,000 W) = 8,000 GPUs.
  it('fills the site with as many GPUs as its IT power allows: 10 MW, PUE 1.25, 1 kW → 8,000', () => {
    expect(siteGpuRentalYear(gpuSite).gpuCount).toBe(8000);
  });

  it('is the per-GPU year times the GPU count, less straight-line capex', () => {
    const year = siteGpuRentalYear(gpuSite);
    const perGpu = gpuYear({ ...gpuSite, powerDrawW: gpuSite.powerDrawWPerGpu });
    expect(year.revenueUsd).toBeCloseTo(perGpu.revenueUsd * 8000, 3);
    expect(year.powerCostUsd).toBeCloseTo(perGpu.powerCostUsd * 8000, 3);
    expect(year.capexAmortizationUsd).toBeCloseTo((50_000 * 8000) / 5, 3);
    expect(year.profitUsd).toBeCloseTo(year.netRevenueUsd - year.capexAmortizationUsd, 3);
  });

  it('uses no more power than the site has', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true }), fc.double({ min: 100, max: 3000, noNaN: true }), (siteMw, pue, watts) => {
        const { gpuCount } = siteGpuRentalYear({ ...gpuSite, siteMw, pue, powerDrawWPerGpu: watts });
        expect(gpuCount * watts * pue).toBeLessThanOrEqual(siteMw * 1e6 * (1 + 1e-12));
      }),
    );
  });
});

describe('AI site input checks', () => {
  it.each([
    { call: () => siteHostingYear({ siteMw: 10, pue: 1.2, hostingUsdPerKwMonth: 100, powerPaidBy: 'nobody' as 'host', powerPriceUsdPerKwh: 0 }), message: "powerPaidBy must be 'tenant' or 'host', got nobody" },
    { call: () => siteGpuRentalYear({ ...gpuSite, powerDrawWPerGpu: 0 }), message: 'powerDrawWPerGpu must be a finite number > 0, got 0' },
    { call: () => siteGpuRentalYear({ ...gpuSite, utilizationPct: -5 }), message: 'utilizationPct must be a finite number in [0, 100], got -5' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
