import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BEAUTY_EXPERIMENTS, beautyContestTarget, sampleCrowdGuesses } from '../../src/core/beauty';
import { beautyCrowd, beautyGame, MAX_BEAUTY_ROUNDS, roundSeed } from '../../src/core/beautyGame';

const base = { tau: 1.5, p: 2 / 3, crowdSize: 100, seed: 7 };
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('beautyGame', () => {
  it('before any guess has no rounds and anchors the crowd at 50', () => {
    expect(beautyGame({ ...base, readerGuesses: [] })).toEqual({ rounds: [], nextAnchor: 50 });
  });

  it('round 1 predicts the cognitive-hierarchy means of validation case V-H3', () => {
    // Facts V-H3 (Camerer, Ho & Chong 2004, large N, K = 20): τ = 1.5 → 33.50; τ = 1 → 37.84;
    // τ = 1.61 → 32.64; τ = 2 → 29.81; τ = 1.5 with p = 1/2 → 26.67.
    const cases = [
      { tau: 1.5, p: 2 / 3, expected: 33.5 },
      { tau: 1.0, p: 2 / 3, expected: 37.84 },
      { tau: 1.61, p: 2 / 3, expected: 32.64 },
      { tau: 2.0, p: 2 / 3, expected: 29.81 },
      { tau: 1.5, p: 1 / 2, expected: 26.67 },
    ];
    for (const c of cases) {
      const [round] = beautyGame({ ...base, tau: c.tau, p: c.p, readerGuesses: [33] }).rounds;
      expect(round!.predictedMean).toBeCloseTo(c.expected, 2);
    }
  });

  it('a large round-1 crowd averages close to the model mean (τ = 1.5, p = 2/3: 33.50)', () => {
    const [round] = beautyGame({ ...base, crowdSize: 10_000, noiseSdAtFifty: 0, readerGuesses: [33] }).rounds;
    expect(mean(round!.crowdGuesses)).toBeCloseTo(33.5, 0);
  });

  it('round 1 draws exactly the crowd of sampleCrowdGuesses for the round seed', () => {
    const crowd = beautyCrowd({ ...base, noiseSdAtFifty: 3 }, 50, roundSeed(7, 1));
    expect(crowd).toEqual(sampleCrowdGuesses({ tau: 1.5, p: 2 / 3, count: 100, seed: roundSeed(7, 1), noiseSd: 3 }).guesses);
  });

  it('unravels: each round anchors on the last target, and the targets fall toward zero', () => {
    const game = beautyGame({ ...base, readerGuesses: [33, 22, 15, 10] });
    expect(game.rounds).toHaveLength(4);
    game.rounds.forEach((r, i) => {
      if (i > 0) expect(r.anchor).toBe(game.rounds[i - 1]!.target);
      if (i > 0) expect(r.target).toBeLessThan(game.rounds[i - 1]!.target);
    });
    expect(game.nextAnchor).toBe(game.rounds[3]!.target);
    expect(game.rounds[3]!.target).toBeLessThan(10);
  });

  it('counts the reader in the mean and reports the target as p × mean', () => {
    const [r] = beautyGame({ ...base, readerGuesses: [100] }).rounds;
    expect(r!.mean).toBeCloseTo(mean([...r!.crowdGuesses, 100]), 12);
    expect(r!.target).toBeCloseTo((2 / 3) * r!.mean, 12);
  });

  it('ranks the reader against a crowd of one and flags a win by the closest-guess rule', () => {
    // With one crowd member the crowd guess is whatever the seed gives; check the rule against it.
    const [r] = beautyGame({ ...base, crowdSize: 1, readerGuesses: [20] }).rounds;
    const crowd = r!.crowdGuesses[0]!;
    const target = (2 / 3) * ((crowd + 20) / 2);
    expect(r!.target).toBeCloseTo(target, 12);
    const readerCloser = Math.abs(20 - target) <= Math.abs(crowd - target);
    expect(r!.readerWon).toBe(readerCloser);
    expect(r!.readerRank).toBe(Math.abs(crowd - target) < Math.abs(20 - target) ? 2 : 1);
  });

  it('replays identically for the same inputs, and a different seed gives another crowd', () => {
    const a = beautyGame({ ...base, readerGuesses: [40, 20] });
    expect(beautyGame({ ...base, readerGuesses: [40, 20] })).toEqual(a);
    expect(beautyGame({ ...base, seed: 8, readerGuesses: [40, 20] }).rounds[0]!.crowdGuesses).not.toEqual(a.rounds[0]!.crowdGuesses);
  });

  it.each([
    [{ readerGuesses: [101] }, /readerGuesses\[0\]/],
    [{ readerGuesses: [Number.NaN] }, /readerGuesses\[0\]/],
    [{ readerGuesses: Array(MAX_BEAUTY_ROUNDS + 1).fill(1) }, /at most 10/],
    [{ readerGuesses: [10], tau: -1 }, /tau/],
    [{ readerGuesses: [10], p: 4 / 3 }, /\bp\b/],
    [{ readerGuesses: [10], crowdSize: 0 }, /crowdSize/],
  ])('rejects bad input with a RangeError naming it (%#)', (patch, message) => {
    expect(() => beautyGame({ ...base, ...patch })).toThrow(RangeError);
    expect(() => beautyGame({ ...base, ...patch })).toThrow(message);
  });

  it('does not mutate the reader’s guesses', () => {
    const guesses = [50, 30];
    beautyGame({ ...base, readerGuesses: guesses });
    expect(guesses).toEqual([50, 30]);
  });

  it('property: every guess stays in [0, 100] and every target is at most p × 100', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (seed, tau, readerGuesses) => {
          const game = beautyGame({ tau, p: 2 / 3, crowdSize: 30, seed, readerGuesses });
          for (const r of game.rounds) {
            expect(Math.min(...r.crowdGuesses)).toBeGreaterThanOrEqual(0);
            expect(Math.max(...r.crowdGuesses)).toBeLessThanOrEqual(100);
            expect(r.target).toBeLessThanOrEqual((2 / 3) * 100 + 1e-9);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('published targets (validation case V-H2)', () => {
  it.each([
    ['nagel-two-thirds', 24.49],
    ['nagel-half', 13.53],
    ['spektrum-1997', 14.72],
    ['ft-1997', 12.61],
  ])('%s: p × mean = %f', (id, expected) => {
    const e = BEAUTY_EXPERIMENTS.find((x) => x.id === id)!;
    expect(beautyContestTarget([e.mean], e.p)).toBeCloseTo(expected, 2);
  });
});
