/**
 * Seeded randomness, so every chart is reproducible: the same seed gives the
 * same numbers in every browser, in Node and in tests.
 *
 * Uniforms come from mulberry32 (a 32-bit state advanced by a Weyl sequence
 * and mixed with integer multiplies; period 2^32, 32-bit resolution). Normals
 * come from the polar form of the Box–Muller transform (Marsaglia 1964): each
 * accepted pair of uniforms gives two independent normals, the second cached
 * for the next call. The polar form needs no sin/cos, which keeps the
 * 10,000 × 365 Monte Carlo inside its time budget.
 */
import { inRange, integer } from './validate';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

const WEYL_INCREMENT = 0x6d2b79f5;
const TWO_POW_32 = 4294967296;

/** mulberry32's output function: mixes an (already advanced) 32-bit state into [0, 1). */
function mix32(state: number): number {
  let mixed = Math.imul(state ^ (state >>> 15), state | 1);
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
  return ((mixed ^ (mixed >>> 14)) >>> 0) / TWO_POW_32;
}

function seedState(seed: number): number {
  return integer('seed', seed, Number.MIN_SAFE_INTEGER) >>> 0;
}

/**
 * Seeded uniform generator returning numbers in [0, 1).
 * @param seed any safe integer; only its low 32 bits are used
 */
export function createRng(seed: number): Rng {
  let state = seedState(seed);
  return () => {
    state = (state + WEYL_INCREMENT) | 0;
    return mix32(state);
  };
}

/**
 * Standard normal sampler, N(0, 1). Polar Box–Muller: draw u, v uniform on
 * (−1, 1) until `q = u² + v² ∈ (0, 1)`; then `u·√(−2 ln q / q)` is returned and
 * `v·√(−2 ln q / q)` cached for the next call.
 */
export function createNormalSampler(rng: Rng): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number;
    let v: number;
    let q: number;
    do {
      u = 2 * rng() - 1;
      v = 2 * rng() - 1;
      q = u * u + v * v;
    } while (q >= 1 || q === 0);
    const scale = Math.sqrt((-2 * Math.log(q)) / q);
    spare = v * scale;
    hasSpare = true;
    return u * scale;
  };
}

/**
 * Writes normals into `out[from..to)` (an even count) from mulberry32 state
 * `state`, exactly as `createNormalSampler(createRng(…))` would return them, and
 * returns the advanced state. mulberry32 is written out twice, with literal
 * constants, because here V8 neither inlines `mix32` nor folds module-level
 * constants, and each costs about a fifth of the Monte Carlo time.
 */
function fillNormalPairs(out: Float64Array, from: number, to: number, state: number): number {
  let s = state;
  for (let i = from; i < to; i += 2) {
    let u: number;
    let v: number;
    let q: number;
    do {
      s = (s + 0x6d2b79f5) | 0;
      let m = Math.imul(s ^ (s >>> 15), s | 1);
      m ^= m + Math.imul(m ^ (m >>> 7), m | 61);
      u = 2 * (((m ^ (m >>> 14)) >>> 0) / 4294967296) - 1;
      s = (s + 0x6d2b79f5) | 0;
      m = Math.imul(s ^ (s >>> 15), s | 1);
      m ^= m + Math.imul(m ^ (m >>> 7), m | 61);
      v = 2 * (((m ^ (m >>> 14)) >>> 0) / 4294967296) - 1;
      q = u * u + v * v;
    } while (q >= 1 || q === 0);
    const scale = Math.sqrt((-2 * Math.log(q)) / q);
    out[i] = u * scale;
    out[i + 1] = v * scale;
  }
  return s;
}

/**
 * Fast bulk version of `createNormalSampler(createRng(seed))`: each call fills
 * a whole `Float64Array` with the next normals of exactly the same sequence
 * (an odd leftover is cached and comes first next time).
 */
export function createNormalFiller(seed: number): (out: Float64Array) => void {
  let state = seedState(seed);
  let spare = 0;
  let hasSpare = false;
  const pair = new Float64Array(2);
  return (out) => {
    let start = 0;
    if (hasSpare && out.length > 0) {
      out[start++] = spare;
      hasSpare = false;
    }
    const pairsEnd = start + ((out.length - start) & ~1);
    state = fillNormalPairs(out, start, pairsEnd, state);
    if (pairsEnd < out.length) {
      state = fillNormalPairs(pair, 0, 2, state);
      out[pairsEnd] = pair[0]!;
      spare = pair[1]!;
      hasSpare = true;
    }
  };
}

/**
 * Returns a sampler that draws an index with probability proportional to
 * `weights[i]` (inverse CDF on one uniform per draw). Weights need not sum to
 * 1; they must be ≥ 0 with a positive sum. Checks and sums them once, so
 * drawing a whole crowd stays cheap.
 */
export function createIndexSampler(weights: readonly number[], rng: Rng): () => number {
  let total = 0;
  const cumulative = weights.map((w, i) => (total += inRange(`weights[${i}]`, w, { min: 0 })));
  inRange('sum of weights', total, { min: 0, minExclusive: true });
  const lastPositive = weights.findLastIndex((w) => w > 0);
  return () => {
    const u = rng() * total;
    const index = cumulative.findIndex((c) => u < c);
    return index === -1 ? lastPositive : Math.min(index, lastPositive);
  };
}

/** One draw of {@link createIndexSampler}. */
export function sampleIndex(weights: readonly number[], rng: Rng): number {
  return createIndexSampler(weights, rng)();
}
