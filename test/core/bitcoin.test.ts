import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadFacts } from '@lib/content/dataFiles';
import { siteFactRefs } from '@site/factRefs';

/** The content facts with computed values filled in, as the site shows them. */
const facts = loadFacts(siteFactRefs);
import {
  HALVINGS,
  LAST_SUBSIDY_HEIGHT,
  SATS_PER_BTC,
  blockSubsidySats,
  halvingEpoch,
  halvingHeight,
  hashpriceBtcPerPhDay,
  hashpriceUsdPerPhDay,
  hashrateFromDifficulty,
  issuanceBtcPerDay,
  subsidyBtcAtHeight,
  supplySchedule,
  supplyShareIssuedBefore,
  totalSupplySats,
} from '@core/bitcoin';

const FINAL_SUPPLY_SATS = 2_099_999_997_690_000;

describe('blockSubsidySats', () => {
  // Reference: fact sheet V-A1, a port of Bitcoin Core GetBlockSubsidy()
  // (bitcoin/bitcoin src/validation.cpp; facts A01-A03, A18).
  it.each([
    { height: 0, expected: 5_000_000_000 },
    { height: 209_999, expected: 5_000_000_000 },
    { height: 210_000, expected: 2_500_000_000 },
    { height: 419_999, expected: 2_500_000_000 },
    { height: 420_000, expected: 1_250_000_000 },
    { height: 630_000, expected: 625_000_000 },
    { height: 839_999, expected: 625_000_000 },
    { height: 840_000, expected: 312_500_000 },
    { height: 1_049_999, expected: 312_500_000 },
    { height: 1_050_000, expected: 156_250_000 },
    { height: 6_719_999, expected: 2 },
    { height: 6_720_000, expected: 1 },
    { height: 6_929_999, expected: 1 },
    { height: 6_930_000, expected: 0 },
    { height: 13_440_000, expected: 0 },
  ])('pays $expected sat at height $height (V-A1)', ({ height, expected }) => {
    expect(blockSubsidySats(height)).toBe(expected);
  });

  // Reference: Bitcoin Core src/test/validation_tests.cpp, block_subsidy_test (fact A06):
  // for 64 halvings each subsidy is the previous one / 2 (integer division) and never
  // above 50 BTC; at halving 64 it is 0. Run for intervals 210,000, 150 and 1,000.
  it.each([210_000, 150, 1_000])('halves exactly at every halving for interval %i (block_subsidy_test)', (interval) => {
    const initialSubsidy = 50 * SATS_PER_BTC;
    let previousSubsidy = initialSubsidy * 2;
    for (let halvings = 0; halvings < 64; halvings++) {
      const subsidy = blockSubsidySats(halvings * interval, interval);
      expect(subsidy).toBeLessThanOrEqual(initialSubsidy);
      expect(subsidy).toBe(Math.floor(previousSubsidy / 2));
      previousSubsidy = subsidy;
    }
    expect(blockSubsidySats(64 * interval, interval)).toBe(0);
  });

  it('returns whole satoshis that never increase with height', () => {
    fc.assert(
      fc.property(fc.nat(20_000_000), fc.nat(1_000_000), (height, step) => {
        const now = blockSubsidySats(height);
        expect(Number.isInteger(now)).toBe(true);
        expect(blockSubsidySats(height + step)).toBeLessThanOrEqual(now);
      }),
    );
  });
});

describe('totalSupplySats', () => {
  // Reference: Bitcoin Core subsidy_limit_test (fact A05, validation V-A2): sum of
  // GetBlockSubsidy(h) * 1000 for h = 0, 1000, ..., 13,999,000 equals 2,099,999,997,690,000.
  it('matches subsidy_limit_test: sampled sum equals 2,099,999,997,690,000 sat', () => {
    let sum = 0;
    let largestSubsidy = 0;
    let largestSum = 0;
    for (let height = 0; height < 14_000_000; height += 1000) {
      const subsidy = blockSubsidySats(height);
      largestSubsidy = Math.max(largestSubsidy, subsidy);
      sum += subsidy * 1000;
      largestSum = Math.max(largestSum, sum);
    }
    expect(largestSubsidy).toBeLessThanOrEqual(50 * SATS_PER_BTC);
    expect(largestSum).toBeLessThanOrEqual(21_000_000 * SATS_PER_BTC); // MoneyRange
    expect(sum).toBe(FINAL_SUPPLY_SATS);
  });

  it('with no argument is the final supply, 2,099,999,997,690,000 sat (V-A2)', () => {
    expect(totalSupplySats()).toBe(FINAL_SUPPLY_SATS);
    expect(totalSupplySats() / SATS_PER_BTC).toBeCloseTo(20_999_999.9769, 4);
  });

  it('stops growing after the last paying block', () => {
    expect(totalSupplySats(LAST_SUBSIDY_HEIGHT)).toBe(FINAL_SUPPLY_SATS);
    expect(totalSupplySats(LAST_SUBSIDY_HEIGHT - 1)).toBe(FINAL_SUPPLY_SATS - 1);
    expect(totalSupplySats(50_000_000)).toBe(FINAL_SUPPLY_SATS);
  });

  // Hand-checkable: block 0 pays 50 BTC; the first era pays 210,000 × 50 BTC = 10.5M BTC.
  it.each([
    { height: 0, expectedBtc: 50 },
    { height: 209_999, expectedBtc: 10_500_000 },
    { height: 210_000, expectedBtc: 10_500_025 },
    { height: 839_999, expectedBtc: 19_687_500 },
  ])('counts blocks 0..$height inclusive: $expectedBtc BTC', ({ height, expectedBtc }) => {
    expect(totalSupplySats(height)).toBe(expectedBtc * SATS_PER_BTC);
  });

  it('grows by exactly the block subsidy from one height to the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15_000_000 }), (height) => {
        expect(totalSupplySats(height) - totalSupplySats(height - 1)).toBe(blockSubsidySats(height));
      }),
    );
  });

  it('never exceeds 21 million BTC', () => {
    fc.assert(
      fc.property(fc.nat(Number.MAX_SAFE_INTEGER), (height) => {
        expect(totalSupplySats(height)).toBeLessThanOrEqual(21_000_000 * SATS_PER_BTC);
      }),
    );
  });

  it('agrees with a block-by-block sum over the first 300,000 blocks', () => {
    let sum = 0;
    for (let h = 0; h <= 300_000; h++) sum += blockSubsidySats(h);
    expect(totalSupplySats(300_000)).toBe(sum);
  });
});

describe('supplyShareIssuedBefore', () => {
  // Each era issues half of what is left: 10.5M of 20,999,999.9769 BTC by block 210,000, and
  // 19,687,500 BTC (93.75 %) by the fourth halving at block 840,000 (validation V-A2).
  it.each([
    { height: 0, expected: 0 },
    { height: 210_000, expected: 10_500_000e8 / FINAL_SUPPLY_SATS },
    { height: 840_000, expected: 19_687_500e8 / FINAL_SUPPLY_SATS },
    { height: LAST_SUBSIDY_HEIGHT + 1, expected: 1 },
  ])('before block $height it is $expected', ({ height, expected }) => {
    expect(supplyShareIssuedBefore(height)).toBeCloseTo(expected, 12);
  });

  // The final supply falls 0.0231 BTC short of 21M, so the shares sit a hair above the round ones.
  it('is one half at the first halving and 93.75 % at the fourth, to eight places', () => {
    expect(supplyShareIssuedBefore(210_000)).toBeCloseTo(0.5, 8);
    expect(supplyShareIssuedBefore(840_000)).toBeCloseTo(0.9375, 8);
  });

  it.each([-1, 1.5, Number.NaN])('throws a RangeError for height %s', (height) => {
    expect(() => supplyShareIssuedBefore(height)).toThrow(/height must be/);
  });
});

describe('halvings', () => {
  it('halvingHeight gives the first height of an epoch (epoch 1 → 210,000)', () => {
    expect(halvingHeight(0)).toBe(0);
    expect(halvingHeight(1)).toBe(210_000);
    expect(halvingHeight(4)).toBe(840_000);
  });

  it('halvingEpoch is the inverse of halvingHeight', () => {
    fc.assert(
      fc.property(fc.nat(64), fc.nat(209_999), (epoch, offset) => {
        expect(halvingEpoch(halvingHeight(epoch) + offset)).toBe(epoch);
      }),
    );
  });

  // Dates: facts A12-A15 (teletype.in halving history; Forbes India for 2024) and A17 (computed).
  it('HALVINGS lists the four halvings so far and the ~2028 estimate', () => {
    expect(HALVINGS.map((h) => [h.height, h.dateIso, h.subsidyBtcAfter, h.isEstimate])).toEqual([
      [210_000, '2012-11-28', 25, false],
      [420_000, '2016-07-09', 12.5, false],
      [630_000, '2020-05-11', 6.25, false],
      [840_000, '2024-04-20', 3.125, false],
      [1_050_000, '2028-04-17', 1.5625, true],
    ]);
  });

  it('HALVINGS dates agree with content/facts.json', () => {
    HALVINGS.forEach((h) => {
      const fact = facts.find((f) => f.id === h.factId);
      expect(h.dateIso.startsWith(String(fact?.value))).toBe(true);
    });
  });

  it('subsidyBtcAtHeight is 3.125 BTC after the 2024 halving (fact A15)', () => {
    expect(subsidyBtcAtHeight(840_000)).toBe(3.125);
  });

  // Reference: V-A4, CoinDesk Nov 2024 "450 BTC/day" (fact B14).
  it('issuance after the 2024 halving is 450 BTC/day, down from 900', () => {
    expect(issuanceBtcPerDay(840_000)).toBe(450);
    expect(issuanceBtcPerDay(839_999)).toBe(900);
  });
});

describe('supplySchedule', () => {
  const schedule = supplySchedule();

  it('has one point per era 0..33 and ends at 20,999,999.9769 BTC', () => {
    expect(schedule).toHaveLength(34);
    expect(schedule.at(-1)!.supplyBtcAtEnd).toBeCloseTo(20_999_999.9769, 4);
    expect(schedule.at(-1)!.subsidyBtc).toBe(0);
  });

  it('starts each era where the last ended, with supply rising', () => {
    schedule.slice(1).forEach((point, i) => {
      expect(point.supplyBtcAtStart).toBe(schedule[i]!.supplyBtcAtEnd);
      expect(point.supplyBtcAtEnd).toBeGreaterThanOrEqual(point.supplyBtcAtStart);
    });
  });

  // Genesis date: fact A09 (chainparams nTime 1231006505); halving dates A12-A15; A17 computed.
  it('dates the genesis block, the recorded halvings and projects later ones', () => {
    expect(schedule[0]).toMatchObject({ startHeight: 0, approxDateIso: '2009-01-03', isEstimate: false, subsidyBtc: 50 });
    expect(schedule[4]).toMatchObject({ startHeight: 840_000, approxDateIso: '2024-04-20', isEstimate: false });
    expect(schedule[5]).toMatchObject({ approxDateIso: '2028-04-17', isEstimate: true });
    expect(schedule[33]!.approxDateIso.slice(0, 3)).toBe('214');
  });
});

describe('hashrateFromDifficulty', () => {
  // Reference: Bitcoin wiki "Difficulty" worked example (facts A10, A11; V-A3).
  it('turns difficulty 5,006,860,589 into 35.84 PH/s (Bitcoin wiki example)', () => {
    expect(hashrateFromDifficulty(5_006_860_589) / 1e15).toBeCloseTo(35.84, 2);
  });

  // Reference: V-A3. Computed column exact; published 7/30-day SMAs (HRI, CoinDesk) within ±5 %.
  it.each([
    { difficulty: 108.52e12, computedEhs: 776.8, publishedEhs: [771, 771], source: 'HRI 2024-12-23, 30-day SMA' },
    { difficulty: 103.92e12, computedEhs: 743.9, publishedEhs: [744, 744], source: 'HRI 2024-12-02, 7-day SMA' },
    { difficulty: 86.39e12, computedEhs: 618.4, publishedEhs: [611, 650], source: 'HRI Q1 2024 report, ~611-650' },
    { difficulty: 101.65e12, computedEhs: 727.6, publishedEhs: [726, 726], source: 'CoinDesk 2024-11-28, 7-day' },
  ])('difficulty $difficulty gives $computedEhs EH/s ($source)', ({ difficulty, computedEhs, publishedEhs }) => {
    const ehs = hashrateFromDifficulty(difficulty) / 1e18;
    expect(ehs).toBeCloseTo(computedEhs, 1);
    expect(ehs).toBeGreaterThan(publishedEhs[0]! * 0.95);
    expect(ehs).toBeLessThan(publishedEhs[1]! * 1.05);
  });
});

describe('hashpriceUsdPerPhDay', () => {
  const hri20241223 = {
    btcPriceUsd: 93_450,
    networkHashrateEhs: hashrateFromDifficulty(108.52e12) / 1e18,
    blockSubsidyBtc: 3.125,
    feesBtcPerBlock: 0.0931,
  };

  // Reference: V-B1, inputs and published $55.21 from Hashrate Index roundup 2024-12-23 (fact B12).
  it('reproduces HRI hashprice $55.21/PH/day within 3 % (computed $55.75, V-B1)', () => {
    const hashprice = hashpriceUsdPerPhDay(hri20241223);
    expect(hashprice).toBeCloseTo(55.75, 2);
    expect(Math.abs(hashprice / 55.21 - 1)).toBeLessThan(0.03);
  });

  // Reference: V-B1 second row: start-of-week price $104,572, published $63.27.
  it('reproduces HRI start-of-week hashprice $63.27 within 3 % (computed $62.38)', () => {
    const hashprice = hashpriceUsdPerPhDay({ ...hri20241223, btcPriceUsd: 104_572 });
    expect(hashprice).toBeCloseTo(62.38, 2);
    expect(Math.abs(hashprice / 63.27 - 1)).toBeLessThan(0.03);
  });

  // Reference: V-B2, HRI 2024-04-01: $108.6 → $54.3 if the halving happened that day (fact B02).
  it('halves when the subsidy halves and fees are zero (V-B2)', () => {
    const before = { btcPriceUsd: 70_000, networkHashrateEhs: 600, blockSubsidyBtc: 6.25, feesBtcPerBlock: 0 };
    const ratio = hashpriceUsdPerPhDay({ ...before, blockSubsidyBtc: 3.125 }) / hashpriceUsdPerPhDay(before);
    expect(ratio).toBe(0.5);
  });

  it('equals the BTC hashprice times the BTC price', () => {
    expect(hashpriceUsdPerPhDay(hri20241223)).toBeCloseTo(hashpriceBtcPerPhDay(hri20241223) * 93_450, 10);
  });

  it('rises with price and falls with network hashrate', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 5000, noNaN: true }), (price, ehs) => {
        const base = { btcPriceUsd: price, networkHashrateEhs: ehs, blockSubsidyBtc: 3.125, feesBtcPerBlock: 0.1 };
        const value = hashpriceUsdPerPhDay(base);
        expect(Number.isFinite(value)).toBe(true);
        expect(hashpriceUsdPerPhDay({ ...base, btcPriceUsd: price * 1.1 })).toBeGreaterThan(value);
        expect(hashpriceUsdPerPhDay({ ...base, networkHashrateEhs: ehs * 1.1 })).toBeLessThan(value);
      }),
    );
  });

  it('does not mutate its input', () => {
    expect(() => hashpriceUsdPerPhDay(Object.freeze({ ...hri20241223 }))).not.toThrow();
  });
});

describe('bitcoin input checks', () => {
  const hashpriceBase = { btcPriceUsd: 1, networkHashrateEhs: 1, blockSubsidyBtc: 1, feesBtcPerBlock: 0 };
  it.each([
    { call: () => blockSubsidySats(-1), message: 'height must be an integer in [0, 9007199254740991], got -1' },
    { call: () => blockSubsidySats(1.5), message: 'height must be an integer in [0, 9007199254740991], got 1.5' },
    { call: () => blockSubsidySats(Number.NaN), message: 'height must be an integer in [0, 9007199254740991], got NaN' },
    { call: () => blockSubsidySats(0, 0), message: 'halvingIntervalBlocks must be an integer in [1, 9007199254740991], got 0' },
    { call: () => totalSupplySats(-5), message: 'height must be an integer' },
    { call: () => halvingHeight(-1), message: 'epoch must be an integer in [0, ' },
    { call: () => hashrateFromDifficulty(0), message: 'difficulty must be a finite number > 0, got 0' },
    { call: () => hashrateFromDifficulty(Infinity), message: 'difficulty must be a finite number > 0, got Infinity' },
    { call: () => hashpriceUsdPerPhDay({ ...hashpriceBase, networkHashrateEhs: 0 }), message: 'networkHashrateEhs must be a finite number > 0, got 0' },
    { call: () => hashpriceUsdPerPhDay({ ...hashpriceBase, btcPriceUsd: -1 }), message: 'btcPriceUsd must be a finite number ≥ 0, got -1' },
    { call: () => hashpriceUsdPerPhDay({ ...hashpriceBase, feesBtcPerBlock: Number.NaN }), message: 'feesBtcPerBlock must be a finite number ≥ 0, got NaN' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
