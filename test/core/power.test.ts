import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contractHostingUsdPerKwMonth } from '@core/hosting';
import { gpuYear } from '@core/gpuRent';
import {
  siteGpuRentalYear,
  siteHostingYear,
  siteMiningYear,
  valueOfEarlierEnergizationUsd,
  type SiteGpuRentalInput,
  type SiteMiningInput,
} from '@core/power';

const mine: SiteMiningInput = {
  siteMw: 100,
  pue: 1,
  efficiencyJPerTh: 20,
  hashpriceUsdPerPhDay: 50,
  powerPriceUsdPerKwh: 0.05,
  uptimePct: 100,
};

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

describe('siteMiningYear', () => {
  // Hand computation: 100 MW ÷ 20 J/TH = 5 EH/s = 5,000 PH/s; × $50 × 365 = $91.25M;
  // power 100 MW × 8,760 h × $50/MWh = $43.8M.
  it('turns 100 MW at 20 J/TH into 5 EH/s earning $91.25M against $43.8M of power', () => {
    const year = siteMiningYear(mine);
    expect(year.hashrateEhs).toBeCloseTo(5, 12);
    expect(year.revenueUsd).toBeCloseTo(91.25e6, 3);
    expect(year.powerCostUsd).toBeCloseTo(43.8e6, 3);
    expect(year.netRevenueUsd).toBeCloseTo(47.45e6, 3);
    expect(year.profitUsd).toBe(year.netRevenueUsd);
  });

  // Reference: V-B4. Cambridge 2024: 138 TWh/yr = 15.75 GW average (fact F07); at fleet efficiency
  // 28.2 J/TH (fact C10) that supports ~559 EH/s, against a 2024 network of ~600-800 EH/s (HRI).
  it('supports ~559 EH/s on Bitcoin’s 15.75 GW at 28.2 J/TH, plausible against 600-800 EH/s (V-B4)', () => {
    const year = siteMiningYear({ ...mine, siteMw: 138e6 / 8760, efficiencyJPerTh: 28.2 });
    expect(year.hashrateEhs).toBeCloseTo(558.6, 0);
    expect(year.hashrateEhs).toBeGreaterThan(600 * 0.65);
    expect(year.hashrateEhs).toBeLessThan(800 * 1.35);
  });

  it('scales revenue and power with uptime and spreads ASIC capex over its life', () => {
    const half = siteMiningYear({ ...mine, uptimePct: 50, asicCapexUsdPerTh: 15, asicLifeYears: 3 });
    expect(half.revenueUsd).toBeCloseTo(91.25e6 / 2, 3);
    expect(half.powerCostUsd).toBeCloseTo(43.8e6 / 2, 3);
    expect(half.capexAmortizationUsd).toBeCloseTo((15 * 5e6) / 3, 3);
  });

  it('net revenue rises with hashprice and falls with power price', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), (hashprice, price) => {
        const at = (h: number, c: number) => siteMiningYear({ ...mine, hashpriceUsdPerPhDay: h, powerPriceUsdPerKwh: c }).netRevenueUsd;
        expect(at(hashprice + 1, price)).toBeGreaterThan(at(hashprice, price));
        expect(at(hashprice, price + 0.01)).toBeLessThan(at(hashprice, price));
      }),
    );
  });
});

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

describe('valueOfEarlierEnergizationUsd', () => {
  // With the V-E revenue ($725M/yr): two years saved in a 4-7 year grid queue (fact E12) is worth $1.45B.
  it('is the months saved times a month of net revenue', () => {
    expect(valueOfEarlierEnergizationUsd({ monthsSaved: 24, annualNetRevenueUsd: 725e6 })).toBeCloseTo(1.45e9, 0);
    expect(valueOfEarlierEnergizationUsd({ monthsSaved: 0, annualNetRevenueUsd: 725e6 })).toBe(0);
  });

  it('is negative when the site would lose money', () => {
    expect(valueOfEarlierEnergizationUsd({ monthsSaved: 6, annualNetRevenueUsd: -1e6 })).toBe(-5e5);
  });
});

describe('power input checks', () => {
  it.each([
    { call: () => siteMiningYear({ ...mine, siteMw: 0 }), message: 'siteMw must be a finite number > 0, got 0' },
    { call: () => siteMiningYear({ ...mine, pue: 0.5 }), message: 'pue must be a finite number in [1, 5], got 0.5' },
    { call: () => siteMiningYear({ ...mine, efficiencyJPerTh: 0 }), message: 'efficiencyJPerTh must be a finite number > 0, got 0' },
    { call: () => siteMiningYear({ ...mine, powerPriceUsdPerKwh: -1 }), message: 'powerPriceUsdPerKwh must be a finite number ≥ 0, got -1' },
    { call: () => siteMiningYear({ ...mine, asicCapexUsdPerTh: 10 }), message: 'asicLifeYears must be an integer in [1, 30], got undefined' },
    { call: () => siteHostingYear({ siteMw: 10, pue: 1.2, hostingUsdPerKwMonth: 100, powerPaidBy: 'nobody' as 'host', powerPriceUsdPerKwh: 0 }), message: "powerPaidBy must be 'tenant' or 'host', got nobody" },
    { call: () => siteGpuRentalYear({ ...gpuSite, powerDrawWPerGpu: 0 }), message: 'powerDrawWPerGpu must be a finite number > 0, got 0' },
    { call: () => siteGpuRentalYear({ ...gpuSite, utilizationPct: -5 }), message: 'utilizationPct must be a finite number in [0, 100], got -5' },
    { call: () => valueOfEarlierEnergizationUsd({ monthsSaved: -1, annualNetRevenueUsd: 1 }), message: 'monthsSaved must be a finite number ≥ 0, got -1' },
    { call: () => valueOfEarlierEnergizationUsd({ monthsSaved: 1, annualNetRevenueUsd: Number.NaN }), message: 'annualNetRevenueUsd must be a finite number, got NaN' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
