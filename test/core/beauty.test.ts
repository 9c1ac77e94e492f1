import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import facts from '@content/facts.json';
import {
  BEAUTY_EXPERIMENTS,
  beautyContestTarget,
  beautyContestWinners,
  cognitiveHierarchyLevels,
  cognitiveHierarchyMean,
  cognitiveHierarchyTarget,
  guessHistogram,
  levelKGuess,
  parseGuesses,
  sampleCrowdGuesses,
} from '@core/beauty';

const experiment = (id: string) => BEAUTY_EXPERIMENTS.find((e) => e.id === id)!;

describe('beautyContestTarget and beautyContestWinners', () => {
  it('targets p times the mean', () => {
    expect(beautyContestTarget([0, 50, 100], 2 / 3)).toBeCloseTo(100 / 3, 12);
  });

  // Reference: V-H2 (facts H03, H05, H06, H09, H10): target = p × published mean.
  it.each([
    { id: 'nagel-two-thirds', target: 24.49 },
    { id: 'nagel-half', target: 13.53 },
    { id: 'spektrum-1997', target: 14.72 },
    { id: 'ft-1997', target: 12.61 },
  ])('$id: p × mean = $target (V-H2)', ({ id, target }) => {
    const { p, mean } = experiment(id);
    expect(beautyContestTarget([mean], p)).toBeCloseTo(target, 2);
  });

  // Reference: fact H09 (Spektrum: winning entry 14.7) and H10 (FT, integers only: winner 13).
  it('reproduces the published winners: Spektrum 14.7, Financial Times 13 (integers)', () => {
    const spektrum = experiment('spektrum-1997');
    expect(Math.abs(beautyContestTarget([spektrum.mean], spektrum.p) - spektrum.winner!)).toBeLessThan(0.05);
    const ft = experiment('ft-1997');
    expect(Math.round(beautyContestTarget([ft.mean], ft.p))).toBe(ft.winner);
  });

  it('names every guess tied for closest', () => {
    // mean 30, target 20: 10 and 30 are both 10 away.
    expect(beautyContestWinners([10, 30, 50], 2 / 3)).toEqual([0, 1]);
    expect(beautyContestWinners([40], 0.5)).toEqual([0]);
  });

  it('always names at least one winner, each closest to the target', () => {
    const guesses = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(guesses, fc.double({ min: 0.01, max: 1, noNaN: true }), (list, p) => {
        const winners = beautyContestWinners(list, p);
        const target = beautyContestTarget(list, p);
        const best = Math.min(...list.map((g) => Math.abs(g - target)));
        expect(winners.length).toBeGreaterThan(0);
        winners.forEach((i) => expect(Math.abs(list[i]! - target) - best).toBeLessThanOrEqual(1e-9)); // documented tie tolerance
      }),
    );
  });

  it('does not mutate its input', () => {
    const guesses = Object.freeze([10, 30, 50]);
    beautyContestWinners(guesses, 2 / 3);
    expect(guesses).toEqual([10, 30, 50]);
  });
});

describe('levelKGuess', () => {
  // Reference: V-H1 / fact H15: x_k = 50 p^k; p = 2/3 → 50, 33.33, 22.22, 14.81, 9.88; p = 1/2 → 50, 25, 12.5, 6.25.
  it.each([
    { p: 2 / 3, expected: [50, 33.33, 22.22, 14.81, 9.88] },
    { p: 1 / 2, expected: [50, 25, 12.5, 6.25, 3.13] },
  ])('gives 50·p^k for p = $p (V-H1)', ({ p, expected }) => {
    expected.forEach((x, k) => expect(levelKGuess(k, p)).toBeCloseTo(x, 2));
  });

  // Reference: facts H04/H07: Nagel's p = 2/3 first-round median 33 sits on level 1 (33.3).
  it('puts Nagel’s p = 2/3 median of 33 on level 1', () => {
    expect(Math.round(levelKGuess(1, 2 / 3))).toBe(experiment('nagel-two-thirds').median);
  });
});

describe('cognitiveHierarchyMean', () => {
  // Reference: V-H3 (Camerer, Ho & Chong 2004, fact H14), truncated at K = 20, step-0 mean 50.
  it.each([
    { tau: 1.5, p: 2 / 3, mean: 33.5 },
    { tau: 1.0, p: 2 / 3, mean: 37.84 },
    { tau: 1.61, p: 2 / 3, mean: 32.64 },
    { tau: 2.0, p: 2 / 3, mean: 29.81 },
    { tau: 1.5, p: 1 / 2, mean: 26.67 },
  ])('τ = $tau, p = $p → population mean $mean (V-H3)', ({ tau, p, mean }) => {
    expect(cognitiveHierarchyMean(tau, p)).toBeCloseTo(mean, 2);
  });

  // Reference: V-H3 table rows for step choices x₀…x₅ and frequencies f(0..4).
  it.each([
    { tau: 1.5, p: 2 / 3, guesses: [50, 33.333, 26.667, 23.908, 22.838, 22.472], frequencies: [0.2231, 0.3347, 0.251, 0.1255, 0.0471] },
    { tau: 1.0, p: 2 / 3, guesses: [50, 33.333, 27.778, 25.926, 25.386, 25.256], frequencies: [0.3679, 0.3679, 0.1839, 0.0613, 0.0153] },
    { tau: 2.0, p: 2 / 3, guesses: [50, 33.333, 25.926, 22.469, 20.892, 20.229], frequencies: null },
    { tau: 1.5, p: 1 / 2, guesses: [50, 25, 17.5, 14.784, 13.791, 13.461], frequencies: null },
  ])('τ = $tau, p = $p → level guesses and shares as tabulated (V-H3)', ({ tau, p, guesses, frequencies }) => {
    const levels = cognitiveHierarchyLevels(tau, p);
    guesses.forEach((x, k) => expect(levels[k]!.guess).toBeCloseTo(x, 3));
    frequencies?.forEach((f, k) => expect(levels[k]!.frequency).toBeCloseTo(f, 4));
  });

  // Reference: V-H3 sanity checks and facts H03, H05, H13: τ between 1 and 1.5 brackets Nagel's
  // first-round means (36.73 at p = 2/3; 27.05 at p = 1/2 against 26.67 at τ = 1.5).
  it.each(['nagel-two-thirds', 'nagel-half'])('brackets Nagel’s observed first-round mean (%s) with τ in [1, 1.5]', (id) => {
    const { p, mean } = experiment(id);
    expect(mean).toBeGreaterThan(cognitiveHierarchyMean(1.5, p));
    expect(mean).toBeLessThan(cognitiveHierarchyMean(1.0, p));
  });

  it('falls as players think more steps (larger τ)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0.05, max: 0.99, noNaN: true }), (tau, p) => {
        expect(cognitiveHierarchyMean(tau + 0.5, p)).toBeLessThan(cognitiveHierarchyMean(tau, p));
      }),
    );
  });

  it('has frequencies that sum to 1 and guesses that fall with level', () => {
    const levels = cognitiveHierarchyLevels(1.5, 2 / 3);
    expect(levels).toHaveLength(21);
    expect(levels.reduce((sum, l) => sum + l.frequency, 0)).toBeCloseTo(1, 12);
    levels.slice(1).forEach((l, i) => expect(l.guess).toBeLessThanOrEqual(levels[i]!.guess));
  });

  it('with τ = 0 everyone is level 0 and the mean is 50', () => {
    expect(cognitiveHierarchyMean(0, 2 / 3)).toBe(50);
  });
});

describe('cognitiveHierarchyTarget', () => {
  // Reference: V-H3 means times p: 33.50 × 2/3 = 22.33; τ = 0 is the naive crowd, 50 × 2/3.
  it.each([
    { tau: 1.5, p: 2 / 3, target: 22.33 },
    { tau: 1.61, p: 2 / 3, target: 21.76 },
    { tau: 0, p: 2 / 3, target: 33.33 },
    { tau: 1.5, p: 1 / 2, target: 13.34 },
  ])('τ = $tau, p = $p → winning number $target', ({ tau, p, target }) => {
    expect(cognitiveHierarchyTarget(tau, p)).toBeCloseTo(target, 2);
  });

  it('is p times the model’s mean guess, to the last bit', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (tau, p) => {
        expect(cognitiveHierarchyTarget(tau, p)).toBe(p * cognitiveHierarchyMean(tau, p));
      }),
    );
  });
});

describe('guessHistogram', () => {
  it('bins guesses in twos, with 100 in the last bin', () => {
    const bins = guessHistogram([0, 1.99, 2, 99, 100], 2);
    expect(bins).toHaveLength(50);
    expect(bins[0]).toEqual({ x0: 0, x1: 2, count: 2 });
    expect(bins[1]!.count).toBe(1);
    expect(bins[49]).toEqual({ x0: 98, x1: 100, count: 2 });
  });

  it('gives 20 empty bins of 5 for no guesses', () => {
    const bins = guessHistogram([], 5);
    expect(bins).toHaveLength(20);
    expect(bins.every((b) => b.count === 0)).toBe(true);
    expect(bins.at(-1)).toEqual({ x0: 95, x1: 100, count: 0 });
  });

  it('counts every guess once and does not mutate its input', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 200 }), fc.constantFrom(1, 2, 4, 5, 10, 25, 50, 100), (list, width) => {
        const copy = [...list];
        const bins = guessHistogram(list, width);
        expect(bins.reduce((s, b) => s + b.count, 0)).toBe(list.length);
        expect(list).toEqual(copy);
      }),
    );
  });
});

describe('sampleCrowdGuesses', () => {
  const crowd = { tau: 1.5, p: 2 / 3, count: 500, seed: 7, noiseSd: 3 };

  it('is the same crowd for the same seed', () => {
    expect(sampleCrowdGuesses(crowd)).toEqual(sampleCrowdGuesses(crowd));
    expect(sampleCrowdGuesses({ ...crowd, seed: 8 }).guesses).not.toEqual(sampleCrowdGuesses(crowd).guesses);
  });

  it('keeps every guess in [0, 100] and every level in range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0, max: 50, noNaN: true }), (seed, noiseSd) => {
        const { guesses, levels } = sampleCrowdGuesses({ ...crowd, count: 100, seed, noiseSd });
        expect(guesses.every((g) => g >= 0 && g <= 100)).toBe(true);
        expect(levels.every((l) => Number.isInteger(l) && l >= 0 && l <= 20)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('averages close to the model mean in a large crowd without noise', () => {
    const { guesses } = sampleCrowdGuesses({ ...crowd, count: 50_000, noiseSd: 0 });
    const mean = guesses.reduce((a, b) => a + b, 0) / guesses.length;
    expect(mean).toBeCloseTo(cognitiveHierarchyMean(1.5, 2 / 3), 0);
  });
});

describe('parseGuesses', () => {
  it.each([
    { text: '', guesses: [], rejected: [] },
    { text: '12, 33.3; 50\n7\t100 0', guesses: [12, 33.3, 50, 7, 100, 0], rejected: [] },
    { text: '.5 +4 22.', guesses: [0.5, 4, 22], rejected: [] },
    { text: '33,3', guesses: [33, 3], rejected: [] },
    { text: '-0', guesses: [0], rejected: [] },
    { text: '101 -5 50', guesses: [50], rejected: [{ token: '101', reason: 'outside 0 to 100' }, { token: '-5', reason: 'outside 0 to 100' }] },
    { text: 'abc 1e2 0x10 NaN 4O', guesses: [], rejected: ['abc', '1e2', '0x10', 'NaN', '4O'].map((token) => ({ token, reason: 'not a number' })) },
  ])('parses $text', ({ text, guesses, rejected }) => {
    expect(parseGuesses(text)).toEqual({ guesses, rejected });
  });

  it('keeps every accepted guess in [0, 100]', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseGuesses(text).guesses.every((g) => Number.isFinite(g) && g >= 0 && g <= 100)).toBe(true);
      }),
    );
  });
});

describe('BEAUTY_EXPERIMENTS', () => {
  it('lists sourced contests with ids, p in (0, 2] and means in [0, 100]', () => {
    expect(BEAUTY_EXPERIMENTS.map((e) => e.id)).toEqual(['nagel-half', 'nagel-two-thirds', 'nagel-four-thirds', 'spektrum-1997', 'ft-1997']);
    BEAUTY_EXPERIMENTS.forEach((e) => {
      expect(e.p).toBeGreaterThan(0);
      expect(e.mean).toBeGreaterThanOrEqual(0);
      expect(e.mean).toBeLessThanOrEqual(100);
      expect(e.sourceId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.factIds.length).toBeGreaterThan(0);
    });
  });
});

describe('BEAUTY_EXPERIMENTS and content/facts.json', () => {
  it('repeats exactly the values of the content facts it names', () => {
    const fieldFor = (factId: string) => {
      if (/-mean(-r1)?$/.test(factId)) return 'mean';
      if (factId.endsWith('-median-r1')) return 'median';
      if (factId.endsWith('-winner')) return 'winner';
      return 'n';
    };
    BEAUTY_EXPERIMENTS.forEach((e) =>
      e.factIds.forEach((factId) => {
        const fact = facts.find((f) => f.id === factId);
        expect({ factId, value: e[fieldFor(factId)] }).toEqual({ factId, value: fact?.value });
      }),
    );
  });
});

describe('beauty input checks', () => {
  it.each([
    { call: () => beautyContestTarget([], 2 / 3), message: 'guesses must be a non-empty array of finite numbers, got an array of length 0' },
    { call: () => beautyContestTarget([101], 2 / 3), message: 'guesses[0] must be a finite number in [0, 100], got 101' },
    { call: () => beautyContestTarget([50], 0), message: 'p must be a finite number in (0, 1], got 0' },
    // Nagel's p = 4/3 session (target 80.16, V-H2) is outside the models' contract.
    { call: () => beautyContestTarget([60.12], 4 / 3), message: 'p must be a finite number in (0, 1], got 1.3333333333333333' },
    { call: () => beautyContestWinners([50, Number.NaN], 0.5), message: 'guesses[1] must be a finite number, got NaN' },
    { call: () => levelKGuess(1.5, 0.5), message: 'level must be an integer in [0, 1000], got 1.5' },
    { call: () => levelKGuess(1, 1.5), message: 'p must be a finite number in (0, 1], got 1.5' },
    { call: () => cognitiveHierarchyMean(1.5, 0), message: 'p must be a finite number in (0, 1], got 0' },
    { call: () => cognitiveHierarchyMean(-1, 0.5), message: 'tau must be a finite number in [0, 20], got -1' },
    { call: () => cognitiveHierarchyLevels(1, 0.5, 2.5), message: 'maxLevel must be an integer in [0, 100], got 2.5' },
    { call: () => cognitiveHierarchyTarget(1.5, 0), message: 'p must be a finite number in (0, 1], got 0' },
    { call: () => guessHistogram([50], 3), message: 'binWidth must be a width that divides 100 into 1 to 10,000 whole bins, got 3' },
    { call: () => guessHistogram([50], 0), message: 'binWidth must be a finite number > 0, got 0' },
    { call: () => guessHistogram([50, 100.5], 5), message: 'guesses[1] must be a finite number in [0, 100], got 100.5' },
    { call: () => sampleCrowdGuesses({ tau: 1, p: 0.5, count: 0, seed: 1 }), message: 'count must be an integer in [1, 100000], got 0' },
    { call: () => sampleCrowdGuesses({ tau: 1, p: 0.5, count: 5, seed: 1, noiseSd: -1 }), message: 'noiseSd must be a finite number ≥ 0, got -1' },
  ])('throws RangeError: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('throws TypeError when parseGuesses gets no text', () => {
    expect(() => parseGuesses(42 as unknown as string)).toThrow('text must be a string, got number');
  });
});
