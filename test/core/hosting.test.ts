import { describe, expect, it } from 'vitest';
import { contractHostingUsdPerKwMonth, contractRevenueUsdPerMwYear, hostingRentUsdPerYear, usdPerKwMonthFromUsdPerMwYear } from '@core/hosting';

describe('contract intensity', () => {
  // Reference: V-E (facts E01, E03, E08): revenue per MW of critical IT per year.
  it.each([
    { deal: 'Core Scientific–CoreWeave, 200 MW', contractValueUsd: 3.5e9, termYears: 12, criticalItMw: 200, expected: 1.458e6 },
    { deal: 'Core Scientific–CoreWeave, ~500 MW', contractValueUsd: 8.7e9, termYears: 12, criticalItMw: 500, expected: 1.45e6 },
    { deal: 'TeraWulf–Fluidstack, 200 MW', contractValueUsd: 3.7e9, termYears: 10, criticalItMw: 200, expected: 1.85e6 },
  ])('$deal earns $expected per MW-year (V-E)', ({ contractValueUsd, termYears, criticalItMw, expected }) => {
    expect(contractRevenueUsdPerMwYear({ contractValueUsd, termYears, criticalItMw })).toBeCloseTo(expected, -3);
  });

  it('converts Core Scientific–CoreWeave to about $120.83 per kW-month', () => {
    expect(contractHostingUsdPerKwMonth({ contractValueUsd: 8.7e9, termYears: 12, criticalItMw: 500 })).toBeCloseTo(120.83, 2);
  });
});

describe('hostingRentUsdPerYear', () => {
  it('charges 100 MW of IT at $120 per kW-month $144M a year', () => {
    expect(hostingRentUsdPerYear(100, 120)).toBe(144e6);
  });
});

describe('usdPerKwMonthFromUsdPerMwYear', () => {
  it('turns the 2024 reference rent of $1.45M per MW-year into $120.83 per kW-month', () => {
    expect(usdPerKwMonthFromUsdPerMwYear(1.45e6)).toBeCloseTo(120.83, 2);
  });
});

describe('hosting input checks', () => {
  it.each([
    { call: () => contractRevenueUsdPerMwYear({ contractValueUsd: 1, termYears: 0, criticalItMw: 1 }), message: 'termYears must be a finite number > 0, got 0' },
    { call: () => hostingRentUsdPerYear(-1, 100), message: 'criticalItMw must be a finite number ≥ 0, got -1' },
    { call: () => usdPerKwMonthFromUsdPerMwYear(Number.NaN), message: 'usdPerMwYear must be a finite number ≥ 0, got NaN' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
