/**
 * Bitcoin protocol arithmetic: block subsidy, supply, halvings, hashrate and
 * hashprice. Satoshi amounts are exact integers held in `number` (all are far
 * below 2^53); BTC amounts are derived from them by dividing by 10^8.
 */
import type { Formula } from './formula';
import { integer, nonNegative, positive } from './validate';

/** Satoshis per BTC (Bitcoin Core `COIN`, fact A04). */
export const SATS_PER_BTC = 100_000_000;
/** Blocks per subsidy era on mainnet (`nSubsidyHalvingInterval`, fact A03). */
export const HALVING_INTERVAL_BLOCKS = 210_000;
/** Subsidy of the first era: 50 BTC (fact A01). */
export const INITIAL_SUBSIDY_SATS = 50 * SATS_PER_BTC;
/** Target seconds between blocks (`nPowTargetSpacing`, fact A07). */
export const TARGET_BLOCK_SECONDS = 600;
/** Expected blocks per day at the 600 s target: 86,400 / 600. */
export const BLOCKS_PER_DAY = 144;
/** Last height that pays a non-zero subsidy (1 sat, era 32; fact A18). */
export const LAST_SUBSIDY_HEIGHT = 6_929_999;
/** Number of eras that pay anything (eras 0..32, fact A18). */
export const SUBSIDY_ERA_COUNT = 33;

const MAX_HEIGHT = Number.MAX_SAFE_INTEGER;
const MAX_EPOCH = Math.floor(Number.MAX_SAFE_INTEGER / HALVING_INTERVAL_BLOCKS);

/**
 * Halving epoch (era) of a block: how many halvings happened before it.
 * Formula: `floor(height / interval)`; interval 210,000 on mainnet.
 * @param height block height (integer ≥ 0)
 * @param halvingIntervalBlocks blocks per era (integer ≥ 1; regtest uses 150)
 */
export function halvingEpoch(height: number, halvingIntervalBlocks = HALVING_INTERVAL_BLOCKS): number {
  integer('height', height, 0, MAX_HEIGHT);
  integer('halvingIntervalBlocks', halvingIntervalBlocks, 1, MAX_HEIGHT);
  return Math.floor(height / halvingIntervalBlocks);
}

/**
 * First block height of a halving epoch: `epoch × 210,000` (epoch 1 → 210,000).
 * @param epoch halving count (integer ≥ 0)
 */
export function halvingHeight(epoch: number): number {
  integer('epoch', epoch, 0, MAX_EPOCH);
  return epoch * HALVING_INTERVAL_BLOCKS;
}

/**
 * Subsidy paid by every block of an epoch, in satoshis: `floor(5e9 / 2^epoch)`,
 * and 0 from epoch 64 on (the guard Bitcoin Core needs for its 64-bit shift).
 * Dividing by a power of two is exact in floating point, so this equals
 * Core's `nSubsidy >>= halvings`.
 */
export function epochSubsidySats(epoch: number): number {
  integer('epoch', epoch, 0, MAX_EPOCH);
  if (epoch >= 64) return 0;
  return Math.floor(INITIAL_SUBSIDY_SATS / 2 ** epoch);
}

/**
 * Block subsidy in satoshis, a port of Bitcoin Core's `GetBlockSubsidy()`
 * (fact A02): `halvings = floor(height / interval)`; 0 if halvings ≥ 64,
 * else `5,000,000,000 >> halvings`.
 * @param height block height (integer ≥ 0)
 * @param halvingIntervalBlocks blocks per era; 210,000 on mainnet (Core's tests also use 150 and 1,000)
 */
export function blockSubsidySats(height: number, halvingIntervalBlocks = HALVING_INTERVAL_BLOCKS): number {
  return epochSubsidySats(halvingEpoch(height, halvingIntervalBlocks));
}

/** Block subsidy in BTC at a height: `blockSubsidySats(height) / 10^8`. */
export function subsidyBtcAtHeight(height: number): number {
  return blockSubsidySats(height) / SATS_PER_BTC;
}

/**
 * Satoshis issued by all blocks 0..height inclusive, in closed form per epoch:
 * `Σ_{e < E} 210,000 × s(e) + (height − 210,000·E + 1) × s(E)` with `E` the
 * epoch of `height` and `s(e)` the epoch subsidy. Without an argument, the final
 * supply of 2,099,999,997,690,000 sat (fact A05).
 * @param height last block counted (integer ≥ 0); omit for the final supply
 */
export function totalSupplySats(height: number = LAST_SUBSIDY_HEIGHT): number {
  const lastEpoch = Math.min(halvingEpoch(height), 64);
  let totalSats = 0;
  for (let epoch = 0; epoch < lastEpoch; epoch++) {
    totalSats += HALVING_INTERVAL_BLOCKS * epochSubsidySats(epoch);
  }
  const blocksInLastEpoch = height - lastEpoch * HALVING_INTERVAL_BLOCKS + 1;
  return totalSats + blocksInLastEpoch * epochSubsidySats(lastEpoch);
}

/**
 * Share of all the bitcoin the subsidy will ever pay that was issued before block `height`
 * (blocks 0 to height − 1): `Q(h − 1) / Q(final)`. Half of it by the first halving (block
 * 210,000); 93.75 % by the fourth (block 840,000).
 * @param height first block not counted (integer ≥ 0)
 */
export function supplyShareIssuedBefore(height: number): number {
  integer('height', height);
  return height === 0 ? 0 : totalSupplySats(height - 1) / totalSupplySats();
}

/**
 * New BTC per day from the subsidy alone: `144 × subsidy(height)`
 * (450 BTC/day after the 2024 halving, validation V-A4).
 */
export function issuanceBtcPerDay(height: number): number {
  return BLOCKS_PER_DAY * subsidyBtcAtHeight(height);
}

/**
 * Network hashrate implied by a difficulty, in hashes per second:
 * `H = D × 2^32 / 600` (fact A10; one block needs D × 2^32 hashes on average).
 * @param difficulty network difficulty (> 0)
 */
export function hashrateFromDifficulty(difficulty: number): number {
  positive('difficulty', difficulty);
  return (difficulty * 2 ** 32) / TARGET_BLOCK_SECONDS;
}

/** Inputs for {@link hashpriceUsdPerPhDay}. */
export interface HashpriceInput {
  /** BTC price, USD per BTC (≥ 0). */
  btcPriceUsd: number;
  /** Network hashrate, EH/s (> 0). */
  networkHashrateEhs: number;
  /** Block subsidy, BTC per block (≥ 0). */
  blockSubsidyBtc: number;
  /** Average transaction fees, BTC per block (≥ 0). */
  feesBtcPerBlock: number;
}

/**
 * Hashprice in BTC: expected BTC earned by 1 PH/s in one day,
 * `144 × (S + F) × 1 PH/s ÷ N` with N in PH/s (1 EH/s = 1,000 PH/s).
 */
export function hashpriceBtcPerPhDay(input: Omit<HashpriceInput, 'btcPriceUsd'>): number {
  const networkHashrateEhs = positive('networkHashrateEhs', input.networkHashrateEhs);
  const subsidyBtc = nonNegative('blockSubsidyBtc', input.blockSubsidyBtc);
  const feesBtc = nonNegative('feesBtcPerBlock', input.feesBtcPerBlock);
  return (BLOCKS_PER_DAY * (subsidyBtc + feesBtc)) / (networkHashrateEhs * 1000);
}

/**
 * Hashprice: expected revenue in USD of 1 PH/s of hashrate for one day,
 * `H = 144 × (S + F) × P × (1 PH/s ÷ N)` (fact B20, validation V-B1).
 */
export function hashpriceUsdPerPhDay(input: HashpriceInput): number {
  const btcPriceUsd = nonNegative('btcPriceUsd', input.btcPriceUsd);
  return hashpriceBtcPerPhDay(input) * btcPriceUsd;
}

/** A halving: first block of the new era, its date and the subsidy change. */
export interface Halving {
  epoch: number;
  height: number;
  /** UTC date (YYYY-MM-DD) the block was mined, or a projection when `isEstimate`. */
  dateIso: string;
  isEstimate: boolean;
  subsidyBtcBefore: number;
  subsidyBtcAfter: number;
  /** Id in content/facts.json for the date (facts A12–A15, A17 in the fact sheet). */
  factId: string;
}

function halving(epoch: number, dateIso: string, factId: string, isEstimate = false): Halving {
  const height = halvingHeight(epoch);
  const subsidyBtcBefore = epochSubsidySats(epoch - 1) / SATS_PER_BTC;
  const subsidyBtcAfter = epochSubsidySats(epoch) / SATS_PER_BTC;
  return { epoch, height, dateIso, isEstimate, subsidyBtcBefore, subsidyBtcAfter, factId };
}

/**
 * The halvings so far and the next one. The 2028 date is a projection at
 * exactly 600 s per block from 2024-04-20 (fact A17); recent blocks have come a
 * little faster, so it is likely a few weeks early.
 */
export const HALVINGS: readonly Halving[] = [
  halving(1, '2012-11-28', 'halving-1-date'),
  halving(2, '2016-07-09', 'halving-2-date'),
  halving(3, '2020-05-11', 'halving-3-date'),
  halving(4, '2024-04-20', 'halving-4-date'),
  halving(5, '2028-04-17', 'halving-5-date-est', true),
];

/** Genesis block time, 2009-01-03 18:15:05 UTC (fact A09), in ms since 1970. */
export const GENESIS_TIME_MS = 1_231_006_505_000;
/** Block 840,000 (4th halving), 2024-04-20 ~00:09 UTC (fact A15), in ms since 1970. */
export const FOURTH_HALVING_TIME_MS = Date.UTC(2024, 3, 20, 0, 9);

/**
 * Approximate date of the first block of an epoch: the recorded date for
 * epochs 0–4, else the 4th halving plus `(epoch − 4) × 210,000 × 600 s`.
 */
export function approxEpochStartDateIso(epoch: number): { dateIso: string; isEstimate: boolean } {
  integer('epoch', epoch, 0, 64);
  if (epoch === 0) return { dateIso: new Date(GENESIS_TIME_MS).toISOString().slice(0, 10), isEstimate: false };
  const known = HALVINGS.find((h) => h.epoch === epoch && !h.isEstimate);
  if (known) return { dateIso: known.dateIso, isEstimate: false };
  const secondsAhead = (epoch - 4) * HALVING_INTERVAL_BLOCKS * TARGET_BLOCK_SECONDS;
  const dateIso = new Date(FOURTH_HALVING_TIME_MS + secondsAhead * 1000).toISOString().slice(0, 10);
  return { dateIso, isEstimate: true };
}

/** One point of the supply chart: one subsidy era. */
export interface SupplyPoint {
  epoch: number;
  startHeight: number;
  approxDateIso: string;
  isEstimate: boolean;
  /** Subsidy per block during this era, BTC. */
  subsidyBtc: number;
  /** BTC issued before this era's first block. */
  supplyBtcAtStart: number;
  /** BTC issued by the end of this era (its last block included). */
  supplyBtcAtEnd: number;
}

/**
 * Supply schedule for a chart: one point per era 0..33 (era 33 is the first
 * that pays nothing, so the curve ends flat at 20,999,999.9769 BTC).
 */
export function supplySchedule(): SupplyPoint[] {
  return Array.from({ length: SUBSIDY_ERA_COUNT + 1 }, (_, epoch) => {
    const startHeight = halvingHeight(epoch);
    const endHeight = startHeight + HALVING_INTERVAL_BLOCKS - 1;
    const { dateIso, isEstimate } = approxEpochStartDateIso(epoch);
    return {
      epoch,
      startHeight,
      approxDateIso: dateIso,
      isEstimate,
      subsidyBtc: epochSubsidySats(epoch) / SATS_PER_BTC,
      supplyBtcAtStart: epoch === 0 ? 0 : totalSupplySats(startHeight - 1) / SATS_PER_BTC,
      supplyBtcAtEnd: totalSupplySats(endHeight) / SATS_PER_BTC,
    };
  });
}

export const blockSubsidyFormula: Formula = {
  words: 'Each block pays 50 BTC, halved (rounding down to whole satoshis) every 210,000 blocks.',
  symbols: 'S(h) = ⌊5,000,000,000 sat / 2^⌊h / 210,000⌋⌋',
  fn: 'blockSubsidySats',
};

export const totalSupplyFormula: Formula = {
  words: 'Supply is the sum over eras of blocks in the era times that era’s subsidy.',
  symbols: 'Q(h) = Σₑ blocksₑ(h) × S(e)',
  fn: 'totalSupplySats',
};

export const supplyShareFormula: Formula = {
  words: 'The bitcoin issued before an era’s first block, as a share of every bitcoin the subsidy will ever pay.',
  symbols: 'share = Q(h − 1) / Q(final)',
  fn: 'supplyShareIssuedBefore',
};

export const hashrateFromDifficultyFormula: Formula = {
  words: 'A block takes difficulty × 2³² hashes on average and comes every 600 seconds.',
  symbols: 'N = D × 2³² / 600',
  fn: 'hashrateFromDifficulty',
};

export const halvingHeightFormula: Formula = {
  words: 'Era e begins at block e × 210,000, the halving interval.',
  symbols: 'hₑ = e × 210,000',
  fn: 'halvingHeight',
};

export const epochStartDateFormula: Formula = {
  words: 'Past eras begin on the recorded date of their halving block; later ones are projected at one block every 600 seconds from the fourth halving (20 April 2024).',
  symbols: 'tₑ = t₄ + (e − 4) × 210,000 × 600 s',
  fn: 'approxEpochStartDateIso',
};

export const hashpriceFormula: Formula = {
  words: 'Hashprice is what 1 PH/s earns in a day: 144 blocks of subsidy plus fees, priced in USD, times your share of the network.',
  symbols: 'H = 144 × (S + F) × P / N',
  fn: 'hashpriceUsdPerPhDay',
};
