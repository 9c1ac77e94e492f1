import { describe, expect, it } from 'vitest';
import { dealRateMw, dealRateUsdPerMwYear, rateMultiple, type DealRateInput } from '@core/deals';
import { HOSTING_RENT_2024 } from '@core/assumptions';

const it200: DealRateInput = { contractValueUsd: 9.7e9, termYears: 5, statedMw: 200, statedMwBasis: 'it', itMw: 200 };

describe('dealRateUsdPerMwYear', () => {
  // Reference values in $M per MW a year, to two decimals: the deals' releases (content/deals.json), worked by hand.
  const references: { deal: string; input: DealRateInput; expectedMillions: number }[] = [
    { deal: 'Core Scientific–CoreWeave, the 2024 programme: $8.7B / (12 × 500 MW) = $1.45M', input: { contractValueUsd: 8.7e9, termYears: 12, statedMw: 500, statedMwBasis: 'it', itMw: null }, expectedMillions: 1.45 },
    { deal: 'IREN–Microsoft: $9.7B / (5 × 200 MW) = $9.7M', input: it200, expectedMillions: 9.7 },
    { deal: 'Cipher–Fluidstack: $3.0B / (10 × 168 MW of IT, 244 MW at the grid) = $1.79M', input: { contractValueUsd: 3e9, termYears: 10, statedMw: 244, statedMwBasis: 'grid', itMw: 168 }, expectedMillions: 1.79 },
  ];
  for (const { deal, input, expectedMillions } of references) {
    it(deal, () => expect(dealRateUsdPerMwYear(input).usdPerMwYear / 1e6).toBeCloseTo(expectedMillions, 2));
  }

  it('agrees with the shared 2024 hosting rent', () => {
    const r = dealRateUsdPerMwYear({ contractValueUsd: 8.7e9, termYears: 12, statedMw: 500, statedMwBasis: 'it', itMw: 500 });
    expect(r.usdPerMwYear).toBeCloseTo(HOSTING_RENT_2024.value, 6);
  });

  it('divides by the stated IT load when the headline is grid power, and says the rate is per MW of IT', () => {
    expect(dealRateUsdPerMwYear({ contractValueUsd: 3e9, termYears: 10, statedMw: 244, statedMwBasis: 'grid', itMw: 168 })).toMatchObject({ rateMw: 168, rateBasis: 'it' });
  });

  it('stays per grid MW, and says so, when only grid power is stated (no conversion)', () => {
    const r = dealRateUsdPerMwYear({ contractValueUsd: 15e9, termYears: 15, statedMw: 800, statedMwBasis: 'grid', itMw: null });
    expect(r).toEqual({ usdPerMwYear: 1.25e6, rateMw: 800, rateBasis: 'grid' });
  });

  it('stays per MW as reported, basis unknown, when the source does not say (Cipher–AWS: $5.5B / (15 × 300))', () => {
    const r = dealRateUsdPerMwYear({ contractValueUsd: 5.5e9, termYears: 15, statedMw: 300, statedMwBasis: 'unknown', itMw: null });
    expect(r.rateBasis).toBe('unknown');
    expect(r.usdPerMwYear).toBeCloseTo(5.5e9 / 4500, 6);
  });

  it('falls as the term lengthens and rises with the value', () => {
    expect(dealRateUsdPerMwYear({ ...it200, termYears: 10 }).usdPerMwYear).toBeLessThan(dealRateUsdPerMwYear(it200).usdPerMwYear);
    expect(dealRateUsdPerMwYear({ ...it200, contractValueUsd: 1e10 }).usdPerMwYear).toBeGreaterThan(dealRateUsdPerMwYear(it200).usdPerMwYear);
  });

  it('does not mutate its input', () => {
    const input = { ...it200 };
    dealRateUsdPerMwYear(input);
    expect(input).toEqual(it200);
  });

  it.each([
    { what: 'a zero term', input: { ...it200, termYears: 0 }, message: 'termYears must be a finite number > 0, got 0' },
    { what: 'a NaN value', input: { ...it200, contractValueUsd: Number.NaN }, message: 'contractValueUsd must be a finite number ≥ 0, got NaN' },
    { what: 'zero megawatts', input: { ...it200, statedMw: 0, itMw: null }, message: 'statedMw must be a finite number > 0, got 0' },
    { what: 'an unknown basis', input: { ...it200, statedMwBasis: 'dc' as never }, message: 'statedMwBasis must be one of it, grid, unknown, got "dc"' },
    { what: 'an IT load with an unknown basis', input: { ...it200, statedMwBasis: 'unknown', itMw: 150 }, message: /itMw must be null when statedMwBasis is unknown/ },
    { what: 'an IT load unlike the IT headline', input: { ...it200, itMw: 150 }, message: /itMw must be equal to statedMw \(200\)/ },
    { what: 'more IT load than grid power', input: { ...it200, statedMwBasis: 'grid', itMw: 250 }, message: /itMw must be at most the grid power/ },
  ] as { what: string; input: DealRateInput; message: string | RegExp }[])('rejects $what with a RangeError naming the input', ({ input, message }) => {
    expect(() => dealRateUsdPerMwYear(input)).toThrow(RangeError);
    expect(() => dealRateUsdPerMwYear(input)).toThrow(message);
  });
});

describe('dealRateMw', () => {
  it.each([
    { args: [200, 'it', 200], expected: { rateMw: 200, rateBasis: 'it' } },
    { args: [200, 'it', null], expected: { rateMw: 200, rateBasis: 'it' } },
    { args: [72.5, 'grid', 60], expected: { rateMw: 60, rateBasis: 'it' } },
    { args: [72.5, 'grid', null], expected: { rateMw: 72.5, rateBasis: 'grid' } },
    { args: [60, 'unknown', null], expected: { rateMw: 60, rateBasis: 'unknown' } },
  ] as { args: Parameters<typeof dealRateMw>; expected: ReturnType<typeof dealRateMw> }[])('$args → $expected', ({ args, expected }) => {
    expect(dealRateMw(...args)).toEqual(expected);
  });
});

describe('rateMultiple', () => {
  it('puts IREN–Microsoft’s $9.7M at about 6.7 times the 2024 rent of $1.45M', () => {
    expect(rateMultiple(9.7e6, 1.45e6)).toBeCloseTo(6.69, 2);
  });
  it('rejects a zero reference', () => expect(() => rateMultiple(1, 0)).toThrow('referenceUsdPerMwYear must be a finite number > 0, got 0'));
});
