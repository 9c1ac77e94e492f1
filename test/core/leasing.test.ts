import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { npv } from '@core/finance';
import { HOURS_PER_YEAR } from '@core/assumptions';
import { breakevenRentUsdPerGpuHour, gpuRentalEconomics, linearRentMultipliers, type GpuRentalInput } from '@core/leasing';

/** Cheah's H100 case (facts D10, D18): $50k all-in, 5 years, 100 % utilisation, no opex, flat rent. */
const cheahH100: GpuRentalInput = {
  capexUsdPerGpu: 50_000,
  rentUsdPerGpuHour: 2.85,
  utilizationPct: 100,
  powerDrawW: 0,
  pue: 1,
  powerPriceUsdPerKwh: 0,
  otherOpexUsdPerGpuYear: 0,
  lifeYears: 5,
  rentDeclinePctPerYear: 0,
};

describe('gpuRentalEconomics', () => {
  // Reference: V-D1 (Cheah, Latent Space 2024-10-11; facts D10, D14-D21): simple payback =
  // $50,000 / (rent × 8,760 h) at 100 % utilisation; revenue per GPU-year as tabulated.
  it.each([
    { rent: 4.7, revenueUsd: 41_172, paybackYears: 1.21 },
    { rent: 4.5, revenueUsd: 39_420, paybackYears: 1.27 },
    { rent: 2.85, revenueUsd: 24_966, paybackYears: 2.0 },
    { rent: 2.25, revenueUsd: 19_710, paybackYears: 2.54 },
    { rent: 2.0, revenueUsd: 17_520, paybackYears: 2.85 },
    { rent: 1.65, revenueUsd: 14_454, paybackYears: 3.46 },
  ])('an H100 at $$rent/h earns $$revenueUsd a year and pays back in $paybackYears years (V-D1)', ({ rent, revenueUsd, paybackYears }) => {
    const result = gpuRentalEconomics({ ...cheahH100, rentUsdPerGpuHour: rent });
    expect(result.revenueUsdByYear[0]).toBeCloseTo(revenueUsd, 6);
    expect(result.paybackYears).toBeCloseTo(paybackYears, 2);
  });

  // Reference: V-D1, Cheah: "payback period was <1.5 years" at $4.70/h (fact D20).
  it('pays back in under 1.5 years at the 2023 rate of $4.70/h, as Cheah says', () => {
    expect(gpuRentalEconomics({ ...cheahH100, rentUsdPerGpuHour: 4.7 }).paybackYears).toBeLessThan(1.5);
  });

  // Reference: V-D2, the fact sheet's plain model: capex $50k at t0, 5 annual flows, rent falling
  // linearly from 100 % to 50 %, 100 % utilisation, zero opex → IRR ≈ 3 %, 29 %, 62 %.
  // (Not Cheah's own IRRs, which his published inputs cannot reproduce.)
  it.each([
    { rent: 1.65, irrPct: 3 },
    { rent: 2.85, irrPct: 29 },
    { rent: 4.5, irrPct: 62 },
  ])('the V-D2 plain model at $$rent/h has an IRR of about $irrPct %', ({ rent, irrPct }) => {
    const result = gpuRentalEconomics({ ...cheahH100, rentUsdPerGpuHour: rent, rentMultiplierByYear: linearRentMultipliers(5, 50) });
    expect(result.irr! * 100).toBeCloseTo(irrPct, 0);
  });

  // Reference: V-D3, IREN press release 2024-09-16 (facts D11, D24): $33m/yr over 1,896 GPUs
  // = $1.99/GPU-h; $43.9m / 1,080 H200 = $40,648 per GPU; simple payback 2.3 years.
  it('reproduces IREN’s unit economics: $1.99/GPU-h and a 2.3-year payback (V-D3)', () => {
    const rentUsdPerGpuHour = 33e6 / 1896 / HOURS_PER_YEAR;
    expect(rentUsdPerGpuHour).toBeCloseTo(1.99, 2);
    const result = gpuRentalEconomics({ ...cheahH100, capexUsdPerGpu: 43.9e6 / 1080, rentUsdPerGpuHour });
    expect(result.paybackYears).toBeCloseTo(2.3, 1);
    // IREN's own ~24-month H100 payback (fact D25) is the same order: between 1.5 and 3 years.
    expect(result.paybackYears).toBeGreaterThan(1.5);
    expect(result.paybackYears).toBeLessThan(3);
  });

  it('compounds the rent decline year by year', () => {
    const result = gpuRentalEconomics({ ...cheahH100, rentUsdPerGpuHour: 4, rentDeclinePctPerYear: 40, lifeYears: 3 });
    expect(result.rentUsdPerGpuHourByYear.map((r) => Number(r.toFixed(10)))).toEqual([4, 2.4, 1.44]);
  });

  it('returns cash flows [−capex, net year 1 … net year L] and their sum as profit', () => {
    const result = gpuRentalEconomics({ ...cheahH100, powerDrawW: 1000, pue: 1.3, powerPriceUsdPerKwh: 0.08, otherOpexUsdPerGpuYear: 2000 });
    expect(result.cashflowsUsd).toHaveLength(6);
    expect(result.cashflowsUsd[0]).toBe(-50_000);
    expect(result.cashflowsUsd.slice(1)).toEqual(result.netCashUsdByYear);
    expect(result.totalProfitUsd).toBeCloseTo(result.cashflowsUsd.reduce((a, b) => a + b, 0), 9);
  });

  it('has no NaN or Infinity anywhere for valid inputs', () => {
    fc.assert(
      fc.property(
        fc.record({
          capexUsdPerGpu: fc.double({ min: 0, max: 1e6, noNaN: true }),
          rentUsdPerGpuHour: fc.double({ min: 0, max: 20, noNaN: true }),
          utilizationPct: fc.double({ min: 0, max: 100, noNaN: true }),
          powerDrawW: fc.double({ min: 0, max: 3000, noNaN: true }),
          pue: fc.double({ min: 1, max: 3, noNaN: true }),
          powerPriceUsdPerKwh: fc.double({ min: 0, max: 1, noNaN: true }),
          otherOpexUsdPerGpuYear: fc.double({ min: 0, max: 1e5, noNaN: true }),
          lifeYears: fc.integer({ min: 1, max: 10 }),
          rentDeclinePctPerYear: fc.double({ min: 0, max: 100, noNaN: true }),
        }),
        (input) => {
          const result = gpuRentalEconomics(input);
          const numbers = [...result.cashflowsUsd, ...result.revenueUsdByYear, result.totalProfitUsd, result.paybackYears ?? 0, result.irr ?? 0];
          expect(numbers.every(Number.isFinite)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not mutate its input', () => {
    const multipliers = Object.freeze([1, 0.5]);
    const input = Object.freeze({ ...cheahH100, lifeYears: 2, rentMultiplierByYear: multipliers });
    expect(() => gpuRentalEconomics(input)).not.toThrow();
    expect(multipliers).toEqual([1, 0.5]);
  });
});

describe('linearRentMultipliers', () => {
  // Reference: fact D18, Cheah's "blended price": a gradual drop to 50 % of the starting rate over 5 years.
  it('falls in a straight line to the final share: 1, 0.875, 0.75, 0.625, 0.5 for Cheah’s blend', () => {
    expect(linearRentMultipliers(5, 50)).toEqual([1, 0.875, 0.75, 0.625, 0.5]);
    expect(linearRentMultipliers(1, 50)).toEqual([1]);
  });
});

describe('breakevenRentUsdPerGpuHour', () => {
  const { rentUsdPerGpuHour: _unused, ...withoutRent } = cheahH100;
  const base = { ...withoutRent, targetReturnPct: 0 };

  // Hand computation: at a 0 % target with no costs, rent × 8,760 × 5 must repay $50,000 → $1.1416/h.
  it('at a 0 % target and no running costs is capex ÷ rented hours over the life', () => {
    expect(breakevenRentUsdPerGpuHour(base)).toBeCloseTo(50_000 / (HOURS_PER_YEAR * 5), 8);
  });

  it('makes NPV at the target return zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 60, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }), fc.double({ min: 10, max: 100, noNaN: true }), (targetReturnPct, powerPrice, utilizationPct) => {
        const input = { ...base, targetReturnPct, powerDrawW: 1000, pue: 1.3, powerPriceUsdPerKwh: powerPrice, utilizationPct, rentDeclinePctPerYear: 20 };
        const rent = breakevenRentUsdPerGpuHour(input);
        const cashflows = gpuRentalEconomics({ ...input, rentUsdPerGpuHour: rent }).cashflowsUsd;
        expect(Math.abs(npv(targetReturnPct / 100, cashflows))).toBeLessThan(1e-3);
      }),
      { numRuns: 100 },
    );
  });

  it('rises with the target return, with capex and with the power price', () => {
    const at = (overrides: Partial<typeof base>) => breakevenRentUsdPerGpuHour({ ...base, powerDrawW: 1000, powerPriceUsdPerKwh: 0.1, ...overrides });
    expect(at({ targetReturnPct: 10 })).toBeGreaterThan(at({ targetReturnPct: 0 }));
    expect(at({ capexUsdPerGpu: 60_000 })).toBeGreaterThan(at({}));
    expect(at({ powerPriceUsdPerKwh: 0.2 })).toBeGreaterThan(at({}));
  });

  it('is zero when nothing needs repaying', () => {
    expect(breakevenRentUsdPerGpuHour({ ...base, capexUsdPerGpu: 0 })).toBe(0);
  });
});

describe('leasing input checks', () => {
  const { rentUsdPerGpuHour: _unused, ...withoutRent } = cheahH100;
  it.each([
    { call: () => gpuRentalEconomics({ ...cheahH100, utilizationPct: 101 }), message: 'utilizationPct must be a finite number in [0, 100], got 101' },
    { call: () => gpuRentalEconomics({ ...cheahH100, pue: 0.9 }), message: 'pue must be a finite number in [1, 5], got 0.9' },
    { call: () => gpuRentalEconomics({ ...cheahH100, lifeYears: 0 }), message: 'lifeYears must be an integer in [1, 30], got 0' },
    { call: () => gpuRentalEconomics({ ...cheahH100, lifeYears: 2.5 }), message: 'lifeYears must be an integer in [1, 30], got 2.5' },
    { call: () => gpuRentalEconomics({ ...cheahH100, capexUsdPerGpu: -1 }), message: 'capexUsdPerGpu must be a finite number ≥ 0, got -1' },
    { call: () => gpuRentalEconomics({ ...cheahH100, powerPriceUsdPerKwh: -1 }), message: 'powerPriceUsdPerKwh must be a finite number ≥ 0, got -1' },
    { call: () => gpuRentalEconomics({ ...cheahH100, rentDeclinePctPerYear: 120 }), message: 'rentDeclinePctPerYear must be a finite number in [0, 100], got 120' },
    { call: () => gpuRentalEconomics({ ...cheahH100, rentMultiplierByYear: [1, 1] }), message: 'rentMultiplierByYear must be an array of 5 numbers (one per life year), got an array of length 2' },
    { call: () => breakevenRentUsdPerGpuHour({ ...withoutRent, targetReturnPct: 10, utilizationPct: 0 }), message: 'utilizationPct must be a number > 0' },
    { call: () => breakevenRentUsdPerGpuHour({ ...withoutRent, targetReturnPct: Number.NaN }), message: 'targetReturnPct must be a finite number in [-99, 1000], got NaN' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
