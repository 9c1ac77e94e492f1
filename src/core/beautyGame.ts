/**
 * Several rounds of the p-beauty contest between one reader and a simulated
 * crowd, showing how guesses unravel toward zero.
 *
 * Learning rule (an assumption, after Nagel 1995's finding that play moves
 * toward zero over rounds while the depth of reasoning stays about the same):
 * the crowd keeps its thinking steps (Poisson cognitive hierarchy with mean τ)
 * but re-anchors. In round 1 level-0 players guess uniformly in [0, 100]
 * (mean 50); in round r > 1 their guesses are uniform with mean equal to the
 * previous round's target, and every higher level reasons from that anchor.
 *
 * Everything is a pure function of (τ, p, crowd size, seed, the reader's
 * guesses so far): the same inputs replay the same game.
 */
import { beautyContestTarget, beautyContestWinners, cognitiveHierarchyLevels, cognitiveHierarchyMean, GUESS_MAX, GUESS_MIN } from './beauty';
import { createNormalSampler, createRng, sampleIndex } from './random';
import { finiteArray, inRange, integer, nonNegative } from './validate';
import type { Formula } from './formula';

/** Most rounds one game may hold. */
export const MAX_BEAUTY_ROUNDS = 10;

/** Inputs for {@link beautyGame} and {@link beautyCrowd}. */
export interface BeautyGameInput {
  /** Mean thinking steps τ of the crowd (0–20). */
  tau: number;
  /** Target fraction p in (0, 1]. */
  p: number;
  /** Simulated people besides the reader (integer 1–10,000). */
  crowdSize: number;
  /** Seed of the whole game; round r uses {@link roundSeed}(seed, r). */
  seed: number;
  /** The reader's guesses, one per round played so far (each in [0, 100]; at most 10). */
  readerGuesses: readonly number[];
  /**
   * Spread of a thinker's guess around their level's guess, in guess points,
   * when the anchor is 50; it shrinks in proportion to the anchor (≥ 0, default 3).
   */
  noiseSdAtFifty?: number;
}

/** One finished round. */
export interface BeautyRound {
  /** 1-based. */
  round: number;
  /** Mean guess of the crowd's level-0 players this round. */
  anchor: number;
  /** Mean guess the cognitive-hierarchy model predicts for the crowd at this anchor. */
  predictedMean: number;
  crowdGuesses: number[];
  readerGuess: number;
  /** Mean over the crowd and the reader. */
  mean: number;
  /** p × mean. */
  target: number;
  /** Indices of the winners among everyone; index `crowdSize` is the reader. */
  winners: number[];
  readerWon: boolean;
  /** 1 + number of people strictly closer to the target than the reader. */
  readerRank: number;
  /** The crowd guess closest to the target. */
  bestCrowdGuess: number;
}

/** The game so far, and where the crowd will anchor next. */
export interface BeautyGame {
  rounds: BeautyRound[];
  /** Level-0 mean for the next round: the last target, or 50 before the first. */
  nextAnchor: number;
}

/** Seed of round r: a fixed mix of the game seed and the round, so rounds differ but replay. */
export function roundSeed(seed: number, round: number): number {
  integer('seed', seed, Number.MIN_SAFE_INTEGER);
  integer('round', round, 1, MAX_BEAUTY_ROUNDS);
  return (Math.imul(seed | 0, 0x9e3779b1) + Math.imul(round, 0x85ebca6b)) | 0;
}

/**
 * The crowd of one round. Levels are drawn from the Poisson frequencies
 * (τ, truncated at 20); level 0 guesses uniformly on the widest interval
 * inside [0, 100] centred on `anchor`; level k guesses the hierarchy's x_k
 * from that anchor plus normal noise of sd `noiseSdAtFifty × anchor / 50`,
 * clipped to [0, 100]. With anchor 50 this draws exactly the numbers
 * `sampleCrowdGuesses` draws for the same seed and noise.
 */
export function beautyCrowd(input: Omit<BeautyGameInput, 'readerGuesses'>, anchor: number, seed: number): number[] {
  inRange('anchor', anchor, { min: GUESS_MIN, max: GUESS_MAX });
  const levels = cognitiveHierarchyLevels(input.tau, input.p, 20, anchor);
  const count = integer('crowdSize', input.crowdSize, 1, 10_000);
  const noiseSd = (nonNegative('noiseSdAtFifty', input.noiseSdAtFifty ?? 3) * anchor) / 50;
  const rng = createRng(seed);
  const normal = createNormalSampler(rng);
  const frequencies = levels.map((l) => l.frequency);
  const drawn = Array.from({ length: count }, () => sampleIndex(frequencies, rng));
  const half = Math.min(anchor - GUESS_MIN, GUESS_MAX - anchor);
  return drawn.map((level) => {
    if (level === 0) return anchor - half + rng() * 2 * half;
    const guess = levels[level]!.guess + (noiseSd > 0 ? noiseSd * normal() : 0);
    return Math.min(GUESS_MAX, Math.max(GUESS_MIN, guess));
  });
}

/**
 * Plays every round the reader has guessed in. Round r's crowd anchors on
 * round r − 1's target (see the module comment); the reader counts in the
 * mean, as any player does. The reader is index `crowdSize` in `winners`.
 */
export function beautyGame(input: BeautyGameInput): BeautyGame {
  const guesses = input.readerGuesses;
  if (!Array.isArray(guesses) || guesses.length > MAX_BEAUTY_ROUNDS) {
    throw new RangeError(`readerGuesses must be an array of at most ${MAX_BEAUTY_ROUNDS} guesses, got ${Array.isArray(guesses) ? `${guesses.length}` : String(guesses)}`);
  }
  if (guesses.length) finiteArray('readerGuesses', guesses);
  guesses.forEach((g, i) => inRange(`readerGuesses[${i}]`, g, { min: GUESS_MIN, max: GUESS_MAX }));
  const rounds: BeautyRound[] = [];
  let anchor = 50;
  guesses.forEach((readerGuess, i) => {
    const round = i + 1;
    const crowdGuesses = beautyCrowd(input, anchor, roundSeed(input.seed, round));
    const everyone = [...crowdGuesses, readerGuess];
    const target = beautyContestTarget(everyone, input.p);
    const winners = beautyContestWinners(everyone, input.p);
    const readerDistance = Math.abs(readerGuess - target);
    const closer = crowdGuesses.filter((g) => Math.abs(g - target) < readerDistance - 1e-9).length;
    const bestCrowdGuess = crowdGuesses.reduce((best, g) => (Math.abs(g - target) < Math.abs(best - target) ? g : best));
    rounds.push({
      round,
      anchor,
      predictedMean: cognitiveHierarchyMean(input.tau, input.p, 20, anchor),
      crowdGuesses,
      readerGuess,
      mean: everyone.reduce((s, g) => s + g, 0) / everyone.length,
      target,
      winners,
      readerWon: winners.includes(crowdGuesses.length),
      readerRank: closer + 1,
      bestCrowdGuess,
    });
    anchor = target;
  });
  return { rounds, nextAnchor: anchor };
}

export const beautyGameFormula: Formula = {
  words: 'Each round the simulated crowd guesses by thinking steps drawn with mean τ: level 0 guesses around the anchor (50, then last round’s winning number), level k best-responds to the shallower levels, with a little noise. The average counts your guess too.',
  symbols: 'k ~ Poisson(τ);  gₖ = x_k(anchor) + ε;  mean = (Σ g + your guess) / (n + 1)',
  fn: 'beautyGame',
};
