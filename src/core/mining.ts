/**
 * Economics of one mining machine: a day of revenue against a day of power,
 * and the prices at which it stops paying.
 *
 * Unit bridge used throughout: a machine at `e` J/TH draws `e` W per TH/s, so
 * 1 PH/s draws `e` kW and uses `e × 24` kWh a day.
 */
import { hashpriceBtcPerPhDay } from './bitcoin';
import type { Formula } from './formula';
import { inRange, nonNegative, percent, positive, rangeError } from './validate';

const HOURS_PER_DAY = 24;

/** Inputs for {@link minerDay}. */
export interface MinerDayInput {
  /** Machine hashrate, TH/s (> 0). */
  hashrateThs: number;
  /** Machine power draw at the wall, W (≥ 0). */
  powerW: number;
  /** Electricity price, USD per kWh (≥ 0). */
  powerPriceUsdPerKwh: number;
  /** Hashprice, USD per PH/s per day (≥ 0). */
  hashpriceUsdPerPhDay: number;
  /** Pool fee taken from revenue, % (0–100, default 0). */
  poolFeePct?: number;
}

/** One machine, one day, in USD. */
export interface MinerDay {
  revenueUsd: number;
  powerCostUsd: number;
  profitUsd: number;
}

/**
 * One machine for one day.
 * Revenue = `hashrateThs / 1000 × hashprice × (1 − fee)`;
 * power cost = `powerW / 1000 × 24 h × powerPriceUsdPerKwh`; profit = revenue − power cost.
 */
export function minerDay(input: MinerDayInput): MinerDay {
  const hashrateThs = positive('hashrateThs', input.hashrateThs);
  const powerW = nonNegative('powerW', input.powerW);
  const powerPrice = nonNegative('powerPriceUsdPerKwh', input.powerPriceUsdPerKwh);
  const hashprice = nonNegative('hashpriceUsdPerPhDay', input.hashpriceUsdPerPhDay);
  const keepShare = 1 - percent('poolFeePct', input.poolFeePct ?? 0) / 100;
  const revenueUsd = (hashrateThs / 1000) * hashprice * keepShare;
  const powerCostUsd = (powerW / 1000) * HOURS_PER_DAY * powerPrice;
  return { revenueUsd, powerCostUsd, profitUsd: revenueUsd - powerCostUsd };
}

/** Inputs for {@link breakevenPowerPriceUsdPerKwh}. */
export interface BreakevenPowerInput {
  /** Machine efficiency, J/TH (= W per TH/s, > 0). */
  efficiencyJPerTh: number;
  /** Hashprice, USD per PH/s per day (≥ 0). */
  hashpriceUsdPerPhDay: number;
  /** Pool fee, % (0–100, default 0). */
  poolFeePct?: number;
}

/**
 * Power price at which a machine's revenue just pays for its electricity, USD/kWh:
 * `hashprice × (1 − fee) / (efficiencyJPerTh × 24)` (fact B03, validation V-B3:
 * S21 at 17.5 J/TH and $54.3/PH/day → $0.1293/kWh).
 */
export function breakevenPowerPriceUsdPerKwh(input: BreakevenPowerInput): number {
  const efficiency = positive('efficiencyJPerTh', input.efficiencyJPerTh);
  const hashprice = nonNegative('hashpriceUsdPerPhDay', input.hashpriceUsdPerPhDay);
  const keepShare = 1 - percent('poolFeePct', input.poolFeePct ?? 0) / 100;
  return (hashprice * keepShare) / (efficiency * HOURS_PER_DAY);
}

/** Inputs for {@link costPerBtcUsd} and {@link breakevenBtcPriceUsd}. */
export interface CostPerBtcInput {
  /** Machine (or fleet) efficiency, J/TH (> 0). */
  efficiencyJPerTh: number;
  /** Electricity price, USD per kWh (≥ 0). */
  powerPriceUsdPerKwh: number;
  /** Network hashrate, EH/s (> 0). */
  networkHashrateEhs: number;
  /** Block subsidy, BTC per block (≥ 0; subsidy + fees must be > 0). */
  blockSubsidyBtc: number;
  /** Average fees, BTC per block (≥ 0). */
  feesBtcPerBlock: number;
  /** Pool fee, % (0 to below 100, default 0). */
  poolFeePct?: number;
}

/** BTC that 1 PH/s keeps per day after the pool fee; throws when it is zero. */
function keptBtcPerPhDay(input: CostPerBtcInput): number {
  const feePct = inRange('poolFeePct', input.poolFeePct ?? 0, { min: 0, max: 100, maxExclusive: true });
  const btcPerPhDay = hashpriceBtcPerPhDay(input) * (1 - feePct / 100);
  if (btcPerPhDay <= 0) {
    const total = input.blockSubsidyBtc + input.feesBtcPerBlock;
    throw rangeError('blockSubsidyBtc + feesBtcPerBlock', 'a finite number > 0 (no reward, no cost per BTC)', total);
  }
  return btcPerPhDay;
}

/**
 * Electricity cost of mining one BTC, USD/BTC:
 * `(efficiencyJPerTh × 24 × powerPrice) / (144 × (S + F) × (1 − fee) / N)`,
 * i.e. a day's power for 1 PH/s divided by the BTC that 1 PH/s mines in a day.
 * Power only: no hardware, staff or hosting.
 */
export function costPerBtcUsd(input: CostPerBtcInput): number {
  const efficiency = positive('efficiencyJPerTh', input.efficiencyJPerTh);
  const powerPrice = nonNegative('powerPriceUsdPerKwh', input.powerPriceUsdPerKwh);
  const powerCostUsdPerPhDay = efficiency * HOURS_PER_DAY * powerPrice;
  return powerCostUsdPerPhDay / keptBtcPerPhDay(input);
}

/**
 * BTC price below which a machine's revenue no longer covers its electricity,
 * USD/BTC. Revenue per BTC is the price itself, so this is the same number as
 * {@link costPerBtcUsd}: `P* = e × 24 × c × N / (144 × (S + F) × (1 − fee))`.
 */
export function breakevenBtcPriceUsd(input: CostPerBtcInput): number {
  return costPerBtcUsd(input);
}

export const minerDayFormula: Formula = {
  words: 'A machine earns its hashrate times the hashprice, less the pool fee, and pays for the kilowatt-hours it burns.',
  symbols: 'π = h/1000 × H × (1 − f) − W/1000 × 24 × c',
  fn: 'minerDay',
};

export const breakevenPowerPriceFormula: Formula = {
  words: 'The power price at which a day of hashing earns exactly what its electricity costs.',
  symbols: 'c* = H × (1 − f) / (e × 24)',
  fn: 'breakevenPowerPriceUsdPerKwh',
};

export const costPerBtcFormula: Formula = {
  words: 'Electricity cost of one BTC: a day of power for 1 PH/s divided by the BTC that 1 PH/s mines in a day.',
  symbols: 'C = e × 24 × c × N / (144 × (S + F) × (1 − f))',
  fn: 'costPerBtcUsd',
};
