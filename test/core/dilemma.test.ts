import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { monthEndDays, shareAhead, simulateMinersDilemma, startMinersDilemma, type MinersDilemmaInput } from '../../src/core/dilemma';
import { simulateGbmPaths } from '../../src/core/risk';

/**
 * The chapter 6 defaults: a 1 MW site on 23 December 2024 (HRI roundup: BTC $93,450, 30-day
 * hashrate 771 EH/s, fees 0.0931 BTC/block), Cambridge 2025 fleet (28.2 J/TH, $0.045/kWh), and
 * the Core Scientific–CoreWeave rate ($8.7B / (500 MW × 12 yr) = $1.45M per MW-year, V-E).
 */
const base: MinersDilemmaInput = {
  siteMw: 1,
  // Overheads of 1 keep these cases' arithmetic plain; the basis is tested on its own below.
  miningPue: 1,
  aiPue: 1,
  years: 3,
  startPriceUsd: 93_450,
  driftPctPerYear: 0,
  volatilityPctPerYear: 50,
  networkHashrateEhs: 771,
  hashrateGrowthPctPerYear: 41,
  blockSubsidyBtc: 3.125,
  feesBtcPerBlock: 0.0931,
  efficiencyJPerTh: 28.2,
  powerPriceUsdPerKwh: 0.045,
  hostingUsdPerKwMonth: 1_450_000 / 1000 / 12,
  hostPaysPower: false,
  fitOutUsdPerMw: 0,
  pathCount: 500,
  seed: 42,
};
const flat = { ...base, volatilityPctPerYear: 0, hashrateGrowthPctPerYear: 0 };
const lastRow = <R>(rows: R[]) => rows[rows.length - 1]!;

describe('simulateMinersDilemma', () => {
  it('is deterministic: the same seed gives identical numbers, another seed does not', () => {
    const a = simulateMinersDilemma(base);
    const b = simulateMinersDilemma(base);
    expect(b.finalUsd.hold).toEqual(a.finalUsd.hold);
    expect(b.bands).toEqual(a.bands);
    const c = simulateMinersDilemma({ ...base, seed: 43 });
    expect(c.finalUsd.hold).not.toEqual(a.finalUsd.hold);
  });

  it('walks the same price paths as simulateGbmPaths with the same seed', () => {
    const input = { ...base, pathCount: 50 };
    const r = simulateMinersDilemma(input);
    const days = 3 * 365;
    const matrix = simulateGbmPaths({ startPriceUsd: 93_450, driftPctPerYear: 0, volatilityPctPerYear: 50, days, pathCount: 50, seed: 42 });
    expect(Array.from(r.finalPricesUsd)).toEqual(Array.from(matrix.slice(days * 50)));
  });

  it('books hosting income of exactly rent × 36 months after three years', () => {
    const r = simulateMinersDilemma(base);
    const rent = 1000 * base.hostingUsdPerKwMonth;
    expect(lastRow(r.bands.host).p50).toBe(36 * rent);
    expect(lastRow(r.bands.host).p50).toBeCloseTo(4_350_000, 6); // $1.45M per MW-year × 3 years
    expect(r.bands.host[12]!.p5).toBeCloseTo(1_450_000, 6);
    expect(r.hostingUsdPerMonth).toBeCloseTo(120_833.33, 2);
  });

  it('subtracts the fit-out at the start and host-paid power day by day', () => {
    const r = simulateMinersDilemma({ ...base, fitOutUsdPerMw: 8e6, hostPaysPower: true });
    expect(r.bands.host[0]!.p50).toBe(-8e6);
    // 1 MW × 24 h × 1,000 kWh/MWh × $0.045 = $1,080 a day, for 1,095 days.
    expect(lastRow(r.bands.host).p50).toBeCloseTo(4_350_000 - 8e6 - 1095 * 1080, 4);
  });

  it('rents only the IT load of the grid megawatts, and fits out per MW of IT, as siteThreeWays does', () => {
    const r = simulateMinersDilemma({ ...base, aiPue: 1.43, fitOutUsdPerMw: 8e6 });
    const itKw = 1000 / 1.43;
    expect(r.hostingUsdPerMonth).toBeCloseTo(itKw * base.hostingUsdPerKwMonth, 6);
    expect(r.bands.host[0]!.p50).toBeCloseTo(-8e6 / 1.43, 4);
    expect(lastRow(r.bands.host).p50).toBeCloseTo((1_450_000 * 3 - 8e6) / 1.43, 4);
  });

  it('mines with the ASIC share of the grid megawatts and pays for all of them', () => {
    const a = simulateMinersDilemma(flat);
    const b = simulateMinersDilemma({ ...flat, miningPue: 1.25 });
    expect(b.siteHashratePhs).toBeCloseTo(a.siteHashratePhs / 1.25, 9);
    expect(b.powerCostUsdPerDay).toBe(a.powerCostUsdPerDay);
  });

  it('with zero volatility every percentile is the same number', () => {
    const r = simulateMinersDilemma({ ...base, volatilityPctPerYear: 0 });
    for (const rows of Object.values(r.bands)) {
      for (const row of rows) {
        expect(row.p5).toBeCloseTo(row.p95, 6);
        expect(row.p25).toBeCloseTo(row.p50, 6);
      }
    }
  });

  it('matches a hand computation with a flat price and a flat network (selling = holding)', () => {
    // 1 MW / 28.2 J/TH = 35.461 PH/s; × 144 × 3.2181 BTC / 771,000 PH/s = 0.0213137 BTC a day,
    // worth $1,991.76 at $93,450 against $1,080 of power: $911.76 a day, $998,381 over 1,095 days.
    const r = simulateMinersDilemma(flat);
    expect(r.siteHashratePhs).toBeCloseTo(35.461, 3);
    expect(r.powerCostUsdPerDay).toBeCloseTo(1080, 9);
    expect(lastRow(r.bands.sell).p50).toBeCloseTo(998_381.42, 0);
    expect(lastRow(r.bands.hold).p50).toBeCloseTo(998_381.42, 0);
    expect(r.finalBtcHeld[0]).toBeCloseTo(1095 * 0.0213137, 3);
  });

  it('network growth shrinks the coins mined: at 41% a year, 3-year output falls to about 62% of flat', () => {
    // Free power, so the miners never switch off and only the network's growth matters.
    const grown = simulateMinersDilemma({ ...flat, hashrateGrowthPctPerYear: 41, powerPriceUsdPerKwh: 0 });
    const still = simulateMinersDilemma({ ...flat, powerPriceUsdPerKwh: 0 });
    // Mean of 1.41^(−d/365) over 3 years = (1 − 1.41^−3) / (3 ln 1.41) ≈ 0.6241.
    expect(grown.finalBtcHeld[0]! / still.finalBtcHeld[0]!).toBeCloseTo(0.624, 2);
  });

  it('with a flat price and 41% network growth the fleet switches off after about 21 months', () => {
    // Revenue $1,991.76 × 1.41^(−d/365) falls below $1,080 of power when d > 365 × ln(1.8442) / ln(1.41) ≈ 650 days.
    const r = simulateMinersDilemma({ ...flat, hashrateGrowthPctPerYear: 41 });
    const btcOn = r.finalBtcHeld[0]!;
    const expectedDays = Math.floor((365 * Math.log(1991.7638546 / 1080)) / Math.log(1.41));
    let btc = 0;
    for (let d = 1; d <= expectedDays; d++) btc += 0.0213136849 * 1.41 ** (-d / 365);
    expect(expectedDays).toBe(650);
    expect(btcOn).toBeCloseTo(btc, 4);
  });

  it('switches the miners off when the coins are worth less than the power', () => {
    const r = simulateMinersDilemma({ ...flat, powerPriceUsdPerKwh: 0.2 });
    expect(lastRow(r.bands.sell).p95).toBe(0);
    expect(lastRow(r.bands.hold).p95).toBe(0);
    expect(r.finalBtcHeld[0]).toBe(0);
  });

  it('records one row per month end, 37 rows for three years', () => {
    expect(monthEndDays(3)).toHaveLength(37);
    expect(monthEndDays(3)[0]).toBe(0);
    expect(monthEndDays(3)[12]).toBe(365);
    expect(monthEndDays(3)[36]).toBe(1095);
    expect(simulateMinersDilemma(base).bands.sell).toHaveLength(37);
  });

  it.each([
    ['siteMw', { siteMw: 0 }, /siteMw/],
    ['volatilityPctPerYear', { volatilityPctPerYear: -1 }, /volatilityPctPerYear/],
    ['efficiencyJPerTh', { efficiencyJPerTh: 0 }, /efficiencyJPerTh/],
    ['pathCount', { pathCount: 1.5 }, /pathCount/],
    ['startPriceUsd', { startPriceUsd: Number.NaN }, /startPriceUsd must be a finite number/],
    ['years', { years: 0 }, /years/],
  ])('rejects a bad %s with a RangeError naming it', (_name, patch, message) => {
    expect(() => simulateMinersDilemma({ ...base, ...patch })).toThrow(RangeError);
    expect(() => simulateMinersDilemma({ ...base, ...patch })).toThrow(message);
  });

  it('does not mutate its input', () => {
    const input = { ...base };
    simulateMinersDilemma(input);
    expect(input).toEqual(base);
  });

  it('runs 2,000 paths × 1,095 days fast enough to rerun on input (a generous 1.5 s bound for busy CI machines)', () => {
    simulateMinersDilemma({ ...base, pathCount: 200 }); // warm up the JIT
    const t0 = performance.now();
    simulateMinersDilemma({ ...base, pathCount: 2000 });
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('property: selling never loses cash and its percentiles never fall from month to month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.double({ min: 0, max: 150, noNaN: true }),
        fc.double({ min: 0.01, max: 0.2, noNaN: true }),
        (seed, vol, power) => {
          const r = simulateMinersDilemma({ ...base, seed, volatilityPctPerYear: vol, powerPriceUsdPerKwh: power, pathCount: 40, years: 1 });
          r.bands.sell.forEach((row, i) => {
            expect(row.p5).toBeGreaterThanOrEqual(0);
            if (i > 0) expect(row.p50).toBeGreaterThanOrEqual(r.bands.sell[i - 1]!.p50);
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('startMinersDilemma', () => {
  it('runs in one step per day and then one per month of each choice, to the numbers simulateMinersDilemma gives', () => {
    const run = startMinersDilemma(base);
    let steps = 1;
    while (!run.step()) steps++;
    expect(steps).toBe(3 * 365 + 3 * 37);
    expect(run.result()).toEqual(simulateMinersDilemma(base));
    expect(run.step()).toBe(true);
  });

  it('checks its input at once, and has no result before its last step', () => {
    expect(() => startMinersDilemma({ ...base, siteMw: 0 })).toThrow(RangeError);
    const run = startMinersDilemma(base);
    run.step();
    expect(() => run.result()).toThrow(/call step\(\) until it returns true/);
  });
});

describe('shareAhead', () => {
  it('counts the paths where the first strategy ends strictly higher', () => {
    expect(shareAhead(Float64Array.from([1, 2, 3, 4]), Float64Array.from([0, 2, 5, 1]))).toBe(0.5);
  });
  it('rejects arrays of different lengths', () => {
    expect(() => shareAhead(Float64Array.from([1]), Float64Array.from([1, 2]))).toThrow(RangeError);
  });
});
