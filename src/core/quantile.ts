/**
 * Exact percentiles of many equally long rows (Monte Carlo fan charts: 365
 * rows × 10,000 paths) without sorting them.
 *
 * Percentiles interpolate linearly between order statistics, by the rule of
 * ./percentile.ts, which also has the percentile of a plain list.
 *
 * Per row: a sorted sample of 128 values sets a range, one pass drops every
 * value into one of 2,048 buckets (equal widths across the range, one bucket
 * each for the values below and above it) and counts them, the cumulative
 * counts tell which bucket holds each needed order statistic, one more pass
 * copies just those buckets out, and a quickselect inside each (a few dozen
 * values) finishes. Bucketing keeps the order of values, so the answer is
 * exact, not a histogram estimate.
 */
import { interpolate } from './percentile';
import { finiteArray, inRange, rangeError } from './validate';

const BUCKET_COUNT = 2048;

function swap(values: Float64Array, i: number, j: number): void {
  const tmp = values[i]!;
  values[i] = values[j]!;
  values[j] = tmp;
}

/**
 * Reorders `values[lo..hi]` so the k-th smallest sits at `k`, smaller-or-equal
 * values before it and greater-or-equal after (Hoare partition, median of three).
 */
export function selectInPlace(values: Float64Array, k: number, lo = 0, hi = values.length - 1): void {
  inRange('k', k, { min: lo, max: hi, integer: true });
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < values[lo]!) swap(values, mid, lo);
    if (values[hi]! < values[lo]!) swap(values, hi, lo);
    if (values[hi]! < values[mid]!) swap(values, hi, mid);
    const pivot = values[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) swap(values, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Which order statistics a percentile list needs, for rows of `n` values. */
interface PercentilePlan {
  /** Sorted, distinct 0-based ranks to find. */
  ranks: number[];
  /** Per percentile: index in `ranks` of the order statistic at or below its position … */
  lower: number[];
  /** … and of the one above (same as `lower` at an exact rank). */
  upper: number[];
  /** Per percentile: weight of `upper` in the interpolation. */
  fraction: number[];
}

function planPercentiles(n: number, percentiles: readonly number[]): PercentilePlan {
  const positions = percentiles.map((p) => (n - 1) * (p / 100)); // d3.quantile’s exact arithmetic
  const below = positions.map(Math.floor);
  const above = below.map((b) => Math.min(b + 1, n - 1));
  const ranks = [...new Set([...below, ...above])].sort((a, b) => a - b);
  return {
    ranks,
    lower: below.map((b) => ranks.indexOf(b)),
    upper: above.map((a) => ranks.indexOf(a)),
    fraction: positions.map((pos, i) => pos - below[i]!),
  };
}

/** Buffers reused for every row, so a fan chart allocates once. */
interface Workspace {
  plan: PercentilePlan;
  counts: Int32Array;
  bucketOf: Uint16Array;
  slotOfBucket: Int32Array;
  gathered: Float64Array;
  rankBucket: Int32Array;
  rankLocal: Int32Array;
  slotStart: Int32Array;
  slotFill: Int32Array;
  rankValues: Float64Array;
  /** Strided sample of a row, sorted to pick the bucket range. */
  sample: Float64Array;
}

function createWorkspace(n: number, percentiles: readonly number[]): Workspace {
  const plan = planPercentiles(n, percentiles);
  const r = plan.ranks.length;
  return {
    plan,
    counts: new Int32Array(BUCKET_COUNT),
    bucketOf: new Uint16Array(n),
    slotOfBucket: new Int32Array(BUCKET_COUNT).fill(-1),
    gathered: new Float64Array(n),
    rankBucket: new Int32Array(r),
    rankLocal: new Int32Array(r),
    slotStart: new Int32Array(r),
    slotFill: new Int32Array(r),
    rankValues: new Float64Array(r),
    sample: new Float64Array(Math.min(n, 128)),
  };
}

/**
 * Bucket range from a strided sample of the row: its second-smallest and
 * second-largest values. Heavy tails (long horizons, high volatility) then
 * cannot squeeze the middle of the row into a few buckets; the few values
 * outside the range go to the two end buckets, which keeps the order.
 */
function sampleRange(row: Float64Array, ws: Workspace): [number, number] {
  const { sample } = ws;
  const stride = row.length / sample.length;
  for (let j = 0; j < sample.length; j++) sample[j] = row[Math.floor(j * stride)]!;
  sample.sort();
  const edge = sample.length > 4 ? 1 : 0;
  return [sample[edge]!, sample[sample.length - 1 - edge]!];
}

/**
 * Assigns each value a bucket, in order: 0 below the sampled range, 1 to
 * BUCKET_COUNT − 2 across it in equal widths, BUCKET_COUNT − 1 at or above its top.
 */
function bucketize(row: Float64Array, ws: Workspace): void {
  const [lo, hi] = sampleRange(row, ws);
  const inner = BUCKET_COUNT - 2; // a local: module constants are slower in hot loops
  let scale = inner / (hi - lo);
  // A span too wide or too narrow to scale: the inner values share one bucket.
  if (!Number.isFinite(scale)) scale = 0;
  const { counts, bucketOf } = ws;
  counts.fill(0);
  for (let i = 0; i < row.length; i++) {
    const v = row[i]!;
    const bucket = v < lo ? 0 : v >= hi ? inner + 1 : Math.min(((v - lo) * scale) | 0, inner - 1) + 1;
    bucketOf[i] = bucket;
    counts[bucket]!++;
  }
}

/** Finds each needed rank's bucket and its rank inside that bucket. */
function locateRanks(ws: Workspace): void {
  const { ranks } = ws.plan;
  let before = 0;
  let r = 0;
  for (let bucket = 0; bucket < BUCKET_COUNT && r < ranks.length; bucket++) {
    const through = before + ws.counts[bucket]!;
    while (r < ranks.length && ranks[r]! < through) {
      ws.rankBucket[r] = bucket;
      ws.rankLocal[r] = ranks[r]! - before;
      r++;
    }
    before = through;
  }
}

/** Copies the values of the buckets that hold needed ranks into `gathered`, one region per bucket. */
function gatherTargetBuckets(row: Float64Array, ws: Workspace): void {
  let offset = 0;
  let slot = -1;
  ws.rankBucket.forEach((bucket) => {
    if (ws.slotOfBucket[bucket] !== -1) return;
    ws.slotOfBucket[bucket] = ++slot;
    ws.slotStart[slot] = ws.slotFill[slot] = offset;
    offset += ws.counts[bucket]!;
  });
  const { bucketOf, slotOfBucket, slotFill, gathered } = ws;
  for (let i = 0; i < row.length; i++) {
    const target = slotOfBucket[bucketOf[i]!]!;
    if (target >= 0) gathered[slotFill[target]!++] = row[i]!;
  }
}

/** Selects each needed rank inside its bucket's region and resets the bucket slots. */
function selectRanks(ws: Workspace): void {
  ws.rankBucket.forEach((bucket, r) => {
    const slot = ws.slotOfBucket[bucket]!;
    const start = ws.slotStart[slot]!;
    const k = start + ws.rankLocal[r]!;
    selectInPlace(ws.gathered, k, start, start + ws.counts[bucket]! - 1);
    ws.rankValues[r] = ws.gathered[k]!;
  });
  ws.rankBucket.forEach((bucket) => (ws.slotOfBucket[bucket] = -1));
}

/**
 * Returns a function that writes the percentiles of a row (a `Float64Array`
 * of exactly `n` finite values, left unchanged) into `out`, in the order of
 * `percentiles`. Reuses its buffers across calls; not safe to share between
 * concurrent users.
 */
export function createRowPercentiles(n: number, percentiles: readonly number[]): (row: Float64Array, out: Float64Array) => void {
  inRange('n', n, { min: 1, integer: true });
  const ws = createWorkspace(n, checkPercentiles(percentiles));
  const { lower, upper, fraction } = ws.plan;
  return (row, out) => {
    if (row.length !== n) throw rangeError('row', `a Float64Array of ${n} values`, row.length);
    bucketize(row, ws);
    locateRanks(ws);
    gatherTargetBuckets(row, ws);
    selectRanks(ws);
    for (let p = 0; p < lower.length; p++) out[p] = interpolate(ws.rankValues[lower[p]!]!, ws.rankValues[upper[p]!]!, fraction[p]!);
  };
}

/** Checks a percentile list: non-empty, ascending, each in [0, 100]. */
export function checkPercentiles(percentiles: readonly number[]): readonly number[] {
  finiteArray('percentiles', percentiles);
  percentiles.forEach((p, i) => {
    inRange(`percentiles[${i}]`, p, { min: i === 0 ? 0 : percentiles[i - 1]!, max: 100 });
  });
  return percentiles;
}
