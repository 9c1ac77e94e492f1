import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  energyRatio,
  perCapitaKwh,
  populationFromPerCapita,
  queriesPerYearlyUse,
  queryEnergy,
  shareOfGeneration,
  shareOfYearlyUse,
} from '@core/energy';

describe('queryEnergy', () => {
  it.each([
    // EPRI 2024: 2.9 Wh a ChatGPT request (fact F01); ten a day → 29 Wh, 10.585 kWh a year.
    { args: { whPerQuery: 2.9, queriesPerDay: 10 }, whPerDay: 29, kwhPerYear: 10.585 },
    // Google 2025: 0.24 Wh a median Gemini prompt (fact F05).
    { args: { whPerQuery: 0.24, queriesPerDay: 100 }, whPerDay: 24, kwhPerYear: 8.76 },
    { args: { whPerQuery: 0.3, queriesPerDay: 0 }, whPerDay: 0, kwhPerYear: 0 },
  ])('$args.whPerQuery Wh × $args.queriesPerDay a day → $whPerDay Wh', ({ args, whPerDay, kwhPerYear }) => {
    const e = queryEnergy(args);
    expect(e.whPerDay).toBeCloseTo(whPerDay, 9);
    expect(e.kwhPerYear).toBeCloseTo(kwhPerYear, 9);
  });

  it('rejects negative or missing inputs with a RangeError naming the parameter', () => {
    expect(() => queryEnergy({ whPerQuery: -1, queriesPerDay: 1 })).toThrow(/whPerQuery/);
    expect(() => queryEnergy({ whPerQuery: 1, queriesPerDay: Number.NaN })).toThrow(RangeError);
  });

  it('is linear in the number of questions', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 0, max: 10_000 }), (wh, n) => {
        const one = queryEnergy({ whPerQuery: wh, queriesPerDay: 1 }).whPerDay;
        expect(queryEnergy({ whPerQuery: wh, queriesPerDay: n }).whPerDay).toBeCloseTo(one * n, 6);
      }),
    );
  });
});

describe('energyRatio', () => {
  it('EPRI 2.9 Wh against the 2009 search figure of 0.3 Wh is 9.67 times (validation V-F)', () => {
    expect(energyRatio(2.9, 0.3)).toBeCloseTo(9.67, 2);
  });
  it('Epoch 2025 (0.3 Wh) is about ten times below EPRI 2024 (validation V-F)', () => {
    expect(energyRatio(2.9, 0.3)).toBeGreaterThan(9);
  });
  it('refuses a zero denominator', () => {
    expect(() => energyRatio(1, 0)).toThrow(/denominator/);
  });
});

describe('shareOfYearlyUse and queriesPerYearlyUse', () => {
  it('a year of ten 2.9 Wh questions a day is 0.1% of a 10,500 kWh US household (Epoch)', () => {
    expect(shareOfYearlyUse(10.585, 10_500)).toBeCloseTo(0.001008, 6);
  });
  it('a 10,500 kWh year would power 35 million questions at 0.3 Wh', () => {
    expect(queriesPerYearlyUse(10_500, 0.3)).toBeCloseTo(35_000_000, 0);
  });
  it('refuses a zero reference', () => {
    expect(() => shareOfYearlyUse(1, 0)).toThrow(/referenceKwhPerYear/);
    expect(() => queriesPerYearlyUse(1, 0)).toThrow(/whPerQuery/);
  });
});

describe('perCapitaKwh and populationFromPerCapita', () => {
  it('Australia 2024: 281.64 TWh ÷ 26.71 M people = 10,544 kWh (validation V-F; OWID 10,543)', () => {
    expect(perCapitaKwh(281.64, 26.71e6)).toBeCloseTo(10_544.4, 0);
  });
  it('Nigeria 2024: 37.56 TWh at 161 kWh a person implies about 233 M people (fact F14: ~232.7 M)', () => {
    expect(populationFromPerCapita(37.56, 161) / 1e6).toBeCloseTo(233.3, 1);
  });
  it('the two are inverses', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 20_000, noNaN: true }), fc.double({ min: 10, max: 100_000, noNaN: true }), (twh, kwh) => {
        expect(perCapitaKwh(twh, populationFromPerCapita(twh, kwh))).toBeCloseTo(kwh, 6);
      }),
    );
  });
  it('refuses zero people', () => {
    expect(() => perCapitaKwh(1, 0)).toThrow(/population/);
    expect(() => populationFromPerCapita(1, 0)).toThrow(/kwhPerPerson/);
  });
});

describe('shareOfGeneration', () => {
  it("Bitcoin's 138 TWh (2024) is 88% of Norway's 157.11 TWh generation (2024)", () => {
    expect(shareOfGeneration(138, 157.11)).toBeCloseTo(0.878, 3);
  });
  it('refuses a zero total', () => {
    expect(() => shareOfGeneration(1, 0)).toThrow(/generationTwh/);
  });
});
