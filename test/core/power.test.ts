import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { siteMiningYear, type SiteMiningInput } from '@core/power';

const mine: SiteMiningInput = {
  siteMw: 100,
  pue: 1,
  efficiencyJPerTh: 20,
  hashpriceUsdPerPhDay: 50,
  powerPriceUsdPerKwh: 0.05,
  uptimePct: 100,
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

describe('power input checks', () => {
  it.each([
    { call: () => siteMiningYear({ ...mine, siteMw: 0 }), message: 'siteMw must be a finite number > 0, got 0' },
    { call: () => siteMiningYear({ ...mine, pue: 0.5 }), message: 'pue must be a finite number in [1, 5], got 0.5' },
    { call: () => siteMiningYear({ ...mine, efficiencyJPerTh: 0 }), message: 'efficiencyJPerTh must be a finite number > 0, got 0' },
    { call: () => siteMiningYear({ ...mine, powerPriceUsdPerKwh: -1 }), message: 'powerPriceUsdPerKwh must be a finite number ≥ 0, got -1' },
    { call: () => siteMiningYear({ ...mine, asicCapexUsdPerTh: 10 }), message: 'asicLifeYears must be an integer in [1, 30], got undefined' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
