/**
 * Keynes's beauty contest as the p-beauty game: everyone picks a number in
 * [0, 100]; whoever is closest to p × the average wins. Models of how deep
 * people think (level-k, Poisson cognitive hierarchy), a seeded crowd for
 * the widget, a parser for classroom input, and the classic published results.
 */
import type { Formula } from './formula';
import { createIndexSampler, createNormalSampler, createRng } from './random';
import { finiteArray, inRange, integer, nonNegative, positive, rangeError } from './validate';

/** Guesses are numbers in this closed range. */
export const GUESS_MIN = 0;
export const GUESS_MAX = 100;

function checkGuesses(guesses: readonly number[]): readonly number[] {
  finiteArray('guesses', guesses);
  guesses.forEach((g, i) => inRange(`guesses[${i}]`, g, { min: GUESS_MIN, max: GUESS_MAX }));
  return guesses;
}

/** Model p: a fraction in (0, 1] (the models assume the target never exceeds the mean). */
function checkModelP(p: number): number {
  return inRange('p', p, { min: 0, max: 1, minExclusive: true });
}

/**
 * Winning target: `p × mean(guesses)`.
 * @param guesses non-empty, each in [0, 100]
 * @param p fraction in (0, 1], like every beauty function here (Nagel also ran p = 4/3, a game
 *   whose target lies above the mean; the site's models do not cover it)
 */
export function beautyContestTarget(guesses: readonly number[], p: number): number {
  checkGuesses(guesses);
  const mean = guesses.reduce((sum, g) => sum + g, 0) / guesses.length;
  return checkModelP(p) * mean;
}

/**
 * Indices of the guesses closest to the target (all of them when tied;
 * distances within 1e-9 count as equal), ascending.
 */
export function beautyContestWinners(guesses: readonly number[], p: number): number[] {
  const target = beautyContestTarget(guesses, p);
  const distances = guesses.map((g) => Math.abs(g - target));
  const best = distances.reduce((a, b) => Math.min(a, b));
  return distances.flatMap((d, i) => (d - best <= 1e-9 ? [i] : []));
}

/**
 * Level-k guess: a level-0 player guesses `level0Mean` on average, and a
 * level-k player best-responds to everyone being level k − 1:
 * `x_k = level0Mean × p^k` (fact H15; validation V-H1: p = 2/3 → 33.33, 22.22, …).
 */
export function levelKGuess(level: number, p: number, level0Mean = 50): number {
  integer('level', level, 0, 1000);
  inRange('level0Mean', level0Mean, { min: GUESS_MIN, max: GUESS_MAX });
  return level0Mean * checkModelP(p) ** level;
}

/** One thinking step in the cognitive hierarchy. */
export interface CognitiveLevel {
  level: number;
  /** Guess of a player at this level. */
  guess: number;
  /** Share of the population at this level (sums to 1 over the levels returned). */
  frequency: number;
}

/** Poisson weights `e^−τ τ^k / k!` for k = 0..maxLevel, normalised to sum to 1. */
function poissonFrequencies(tau: number, maxLevel: number): number[] {
  const weights = [Math.exp(-tau)];
  for (let k = 1; k <= maxLevel; k++) weights.push((weights[k - 1]! * tau) / k);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/**
 * Poisson cognitive hierarchy (Camerer, Ho & Chong 2004; fact H14) for the
 * p-beauty contest with many players. Level frequencies `f(k) = e^−τ τ^k / k!`
 * (truncated at `maxLevel`, normalised); level 0 guesses `level0Mean`; level k
 * best-responds to the normalised mix of levels below it:
 * `x_k = p × Σ_{h<k} f(h) x_h / Σ_{h<k} f(h)`.
 * @param tau mean thinking steps τ (0–20; about 1.5 fits most data, fact H13)
 * @param p fraction in (0, 1]
 */
export function cognitiveHierarchyLevels(tau: number, p: number, maxLevel = 20, level0Mean = 50): CognitiveLevel[] {
  inRange('tau', tau, { min: 0, max: 20 });
  checkModelP(p);
  integer('maxLevel', maxLevel, 0, 100);
  inRange('level0Mean', level0Mean, { min: GUESS_MIN, max: GUESS_MAX });
  const frequencies = poissonFrequencies(tau, maxLevel);
  let weightBelow = 0;
  let weightedGuessBelow = 0;
  return frequencies.map((frequency, level) => {
    const guess = level === 0 ? level0Mean : (p * weightedGuessBelow) / weightBelow;
    weightBelow += frequency;
    weightedGuessBelow += frequency * guess;
    return { level, guess, frequency };
  });
}

/**
 * Population mean guess under the Poisson cognitive hierarchy: `Σ_k f(k) x_k`
 * (validation V-H3: τ = 1.5, p = 2/3 → 33.50).
 */
export function cognitiveHierarchyMean(tau: number, p: number, maxLevel = 20, level0Mean = 50): number {
  return cognitiveHierarchyLevels(tau, p, maxLevel, level0Mean).reduce((sum, l) => sum + l.frequency * l.guess, 0);
}

/**
 * The winning number of a crowd that thinks like the Poisson cognitive hierarchy: p × the mean
 * guess the model predicts, `p × cognitiveHierarchyMean(τ, p)` (τ = 1.5, p = 2/3 → 22.33).
 */
export function cognitiveHierarchyTarget(tau: number, p: number, maxLevel = 20, level0Mean = 50): number {
  return checkModelP(p) * cognitiveHierarchyMean(tau, p, maxLevel, level0Mean);
}

/** One bar of a histogram of guesses: how many fall in [x0, x1). */
export interface GuessBin {
  x0: number;
  x1: number;
  count: number;
}

/**
 * Guesses counted in bins of `binWidth` across [0, 100]: bin i holds [i·w, (i + 1)·w), and 100
 * falls in the last bin (so the bins cover the closed range). No guesses give empty bins.
 * @param binWidth a width that divides 100 into whole bins (2 gives 50 bins, 5 gives 20)
 */
export function guessHistogram(guesses: readonly number[], binWidth: number): GuessBin[] {
  const width = positive('binWidth', binWidth);
  const n = Math.round((GUESS_MAX - GUESS_MIN) / width);
  if (n < 1 || n > 10_000 || Math.abs(n * width - (GUESS_MAX - GUESS_MIN)) > 1e-9) {
    throw rangeError('binWidth', 'a width that divides 100 into 1 to 10,000 whole bins', binWidth);
  }
  const bins = Array.from({ length: n }, (_, i) => ({ x0: GUESS_MIN + i * width, x1: GUESS_MIN + (i + 1) * width, count: 0 }));
  guesses.forEach((g, i) => {
    inRange(`guesses[${i}]`, g, { min: GUESS_MIN, max: GUESS_MAX });
    bins[Math.min(n - 1, Math.floor((g - GUESS_MIN) / width))]!.count++;
  });
  return bins;
}

/** Inputs for {@link sampleCrowdGuesses}. */
export interface CrowdInput {
  /** Mean thinking steps τ (0–20). */
  tau: number;
  /** Fraction p in (0, 1]. */
  p: number;
  /** Number of people (integer 1–100,000). */
  count: number;
  /** Seed; the same seed gives the same crowd. */
  seed: number;
  /** Spread of each thinker's guess around their level's guess, standard deviation in guess points (≥ 0, default 0). */
  noiseSd?: number;
  /** Highest level (integer 0–100, default 20). */
  maxLevel?: number;
}

/** A simulated crowd: one guess and one thinking level per person. */
export interface Crowd {
  guesses: number[];
  levels: number[];
}

/**
 * A seeded crowd drawn from the cognitive hierarchy: each person's level is
 * drawn from the level frequencies; level 0 guesses uniformly in [0, 100];
 * level k guesses `x_k + noiseSd × Z`, clipped to [0, 100].
 */
export function sampleCrowdGuesses(input: CrowdInput): Crowd {
  const levels = cognitiveHierarchyLevels(input.tau, input.p, input.maxLevel ?? 20);
  const count = integer('count', input.count, 1, 100_000);
  const noiseSd = nonNegative('noiseSd', input.noiseSd ?? 0);
  const rng = createRng(input.seed);
  const normal = createNormalSampler(rng);
  const drawLevel = createIndexSampler(levels.map((l) => l.frequency), rng);
  const drawn = Array.from({ length: count }, drawLevel);
  const guesses = drawn.map((level) => {
    if (level === 0) return GUESS_MIN + rng() * (GUESS_MAX - GUESS_MIN);
    const guess = levels[level]!.guess + (noiseSd > 0 ? noiseSd * normal() : 0);
    return Math.min(GUESS_MAX, Math.max(GUESS_MIN, guess));
  });
  return { guesses, levels: drawn };
}

/** Why a classroom token was not accepted. */
export type RejectReason = 'not a number' | 'outside 0 to 100';

/** Result of {@link parseGuesses}. */
export interface ParsedGuesses {
  guesses: number[];
  rejected: { token: string; reason: RejectReason }[];
}

const NUMBER_TOKEN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads guesses typed or pasted by a class. Tokens are separated by any run of
 * commas, semicolons, spaces, tabs or newlines; each must be a plain decimal
 * with a point (`12`, `33.3`, `.5`). A decimal comma cannot be supported,
 * because the comma is a separator: `33,3` reads as 33 and 3.
 */
export function parseGuesses(text: string): ParsedGuesses {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${typeof text}`);
  const result: ParsedGuesses = { guesses: [], rejected: [] };
  for (const token of text.split(/[\s,;]+/u).filter((t) => t !== '')) {
    const value = Number(token);
    if (!NUMBER_TOKEN.test(token)) result.rejected.push({ token, reason: 'not a number' });
    else if (value < GUESS_MIN || value > GUESS_MAX) result.rejected.push({ token, reason: 'outside 0 to 100' });
    else result.guesses.push(value === 0 ? 0 : value); // no -0
  }
  return result;
}

/** A published beauty-contest result (first round where there were several). */
export interface BeautyExperiment {
  id: string;
  label: string;
  p: number;
  mean: number;
  median: number | null;
  /** Winning entry, when published. */
  winner: number | null;
  /** Number of participants, when known. */
  n: number | null;
  /** True when only whole numbers were allowed. */
  integersOnly: boolean;
  /** Id in content/sources.json. */
  sourceId: string;
  /** Ids in content/facts.json for these numbers (medians of p = 1/2 and 4/3 are from the fact sheet, H05/H06). */
  factIds: string[];
}

/**
 * Nagel (1995) lab sessions (first period) and the 1997 newspaper contests
 * reported by Bosch-Domènech, Montalvo, Nagel & Satorra (2002). The Spanish
 * Expansión contest is left out: its numbers were not found (fact H11).
 * Nagel's N values come from a secondary extraction and are unverified.
 */
export const BEAUTY_EXPERIMENTS: readonly BeautyExperiment[] = [
  { id: 'nagel-half', label: 'Nagel (1995) lab, p = 1/2, round 1', p: 1 / 2, mean: 27.05, median: 17, winner: null, n: 50, integersOnly: false, sourceId: 'nagel-1995', factIds: ['nagel-p12-mean-r1'] },
  { id: 'nagel-two-thirds', label: 'Nagel (1995) lab, p = 2/3, round 1', p: 2 / 3, mean: 36.73, median: 33, winner: null, n: 67, integersOnly: false, sourceId: 'nagel-1995', factIds: ['nagel-p23-mean-r1', 'nagel-p23-median-r1'] },
  { id: 'nagel-four-thirds', label: 'Nagel (1995) lab, p = 4/3, round 1', p: 4 / 3, mean: 60.12, median: 66, winner: null, n: null, integersOnly: false, sourceId: 'nagel-1995', factIds: ['nagel-p43-mean-r1'] },
  { id: 'spektrum-1997', label: 'Spektrum der Wissenschaft readers, 1997, p = 2/3', p: 2 / 3, mean: 22.08, median: null, winner: 14.7, n: 2728, integersOnly: false, sourceId: 'spektrum-1997', factIds: ['spektrum-mean', 'spektrum-winner', 'spektrum-entries'] },
  { id: 'ft-1997', label: 'Financial Times readers (Thaler), 1997, p = 2/3', p: 2 / 3, mean: 18.91, median: null, winner: 13, n: null, integersOnly: true, sourceId: 'thaler-ft-1997', factIds: ['ft-mean', 'ft-winner'] },
];

export const beautyContestFormula: Formula = {
  words: 'The winner is whoever comes closest to p times the average guess.',
  symbols: 'T = p × (1/n) Σ gᵢ',
  fn: 'beautyContestTarget',
};

export const levelKFormula: Formula = {
  words: 'A level-k thinker assumes everyone else thinks one step less, so multiplies the naive 50 by p, k times.',
  symbols: 'x_k = 50 × pᵏ',
  fn: 'levelKGuess',
};

export const cognitiveHierarchyFormula: Formula = {
  words: 'Thinking steps are Poisson-distributed with mean τ; each step best-responds to the mix of shallower thinkers.',
  symbols: 'f(k) = e^−τ τᵏ / k!;  x_k = p × Σ_{h<k} f(h) x_h / Σ_{h<k} f(h)',
  fn: 'cognitiveHierarchyMean',
};

export const cognitiveHierarchyTargetFormula: Formula = {
  words: 'The winning number against a crowd that thinks like the cognitive hierarchy: p times the average guess the model predicts.',
  symbols: 'T = p × Σ_k f(k) x_k',
  fn: 'cognitiveHierarchyTarget',
};
