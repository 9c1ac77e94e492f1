/**
 * One chip, one day: what a mining ASIC and an AI GPU each do and earn.
 *
 * The two do different work (double SHA-256 hashes vs BF16 floating-point
 * operations), so their work rates and energy per unit of work are reported in
 * their own units and never divided by each other. Power, dollars per day and
 * dollars per kWh are the same kind of quantity for both and can be compared.
 */
import type { Formula } from './formula';
import { breakevenPowerPriceUsdPerKwh, minerDay } from './mining';
import { gpuRevenueUsdPerYear } from './gpuRent';
import { nonNegative, positive } from './validate';

const HOURS_PER_DAY = 24;
const DAYS_PER_YEAR = 365;

/** What every chip reports, in shared units. */
export interface ChipDayCommon {
  /** Power draw, W (ASIC at the wall; GPU board power). */
  powerW: number;
  /** Energy per day at full load, kWh: `W / 1000 × 24`. */
  energyKwhPerDay: number;
  /** Gross earnings per day, USD (before power and hardware). */
  revenueUsdPerDay: number;
  /** Gross earnings per kWh burnt, USD/kWh: `revenue / energy`. */
  revenueUsdPerKwh: number;
}

/** Inputs for {@link asicChipDay}. */
export interface AsicChipDayInput {
  /** Hashrate, TH/s (> 0). */
  hashrateThs: number;
  /** Power at the wall, W (> 0). */
  powerW: number;
  /** Hashprice, USD per PH/s per day (≥ 0). */
  hashpriceUsdPerPhDay: number;
}

/** A mining ASIC's day. */
export interface AsicChipDay extends ChipDayCommon {
  /** Double SHA-256 hashes per second: `TH/s × 10^12`. */
  hashesPerSecond: number;
  /** Energy per terahash, J/TH: `W / (TH/s)`. */
  joulesPerTh: number;
}

/**
 * A mining ASIC for one day at full load. Revenue = `TH/s / 1000 × hashprice`
 * (see `minerDay`); revenue per kWh equals the machine's breakeven power price
 * (`breakevenPowerPriceUsdPerKwh`), since a kWh that earns exactly its price
 * leaves nothing over.
 */
export function asicChipDay(input: AsicChipDayInput): AsicChipDay {
  const hashrateThs = positive('hashrateThs', input.hashrateThs);
  const powerW = positive('powerW', input.powerW);
  const { revenueUsd } = minerDay({ hashrateThs, powerW, powerPriceUsdPerKwh: 0, hashpriceUsdPerPhDay: input.hashpriceUsdPerPhDay });
  const joulesPerTh = powerW / hashrateThs;
  return {
    powerW,
    energyKwhPerDay: (powerW / 1000) * HOURS_PER_DAY,
    revenueUsdPerDay: revenueUsd,
    revenueUsdPerKwh: breakevenPowerPriceUsdPerKwh({ efficiencyJPerTh: joulesPerTh, hashpriceUsdPerPhDay: input.hashpriceUsdPerPhDay }),
    hashesPerSecond: hashrateThs * 1e12,
    joulesPerTh,
  };
}

/** Inputs for {@link gpuChipDay}. */
export interface GpuChipDayInput {
  /** Dense BF16 throughput, TFLOPS (> 0). */
  bf16Tflops: number;
  /** Board power, W (> 0). */
  powerW: number;
  /** Rent, USD per GPU-hour (≥ 0). */
  rentUsdPerGpuHour: number;
}

/** An AI GPU's day. */
export interface GpuChipDay extends ChipDayCommon {
  /** BF16 floating-point operations per second: `TFLOPS × 10^12`. */
  flopsPerSecond: number;
  /** Energy per petaFLOP, J/PFLOP: `W / (TFLOPS / 1000)`. */
  joulesPerPflop: number;
  /** Energy per teraFLOP, J/TFLOP: `W / TFLOPS`. */
  joulesPerTflop: number;
}

/**
 * A GPU rented every hour of one day. Revenue = `rent × 24` (a day of `gpuRevenueUsdPerYear`
 * at 100 % utilisation); revenue per kWh = `rent / (W / 1000)`.
 */
export function gpuChipDay(input: GpuChipDayInput): GpuChipDay {
  const tflops = positive('bf16Tflops', input.bf16Tflops);
  const powerW = positive('powerW', input.powerW);
  const rent = nonNegative('rentUsdPerGpuHour', input.rentUsdPerGpuHour);
  const revenueUsdPerDay = gpuRevenueUsdPerYear(rent, 100) / DAYS_PER_YEAR;
  const energyKwhPerDay = (powerW / 1000) * HOURS_PER_DAY;
  return {
    powerW,
    energyKwhPerDay,
    revenueUsdPerDay,
    revenueUsdPerKwh: revenueUsdPerDay / energyKwhPerDay,
    flopsPerSecond: tflops * 1e12,
    joulesPerPflop: powerW / (tflops / 1000),
    joulesPerTflop: powerW / tflops,
  };
}

/**
 * What a GPU's rent brings per kWh it burns, divided by what an ASIC earns per kWh: both are
 * dollars per kWh, so the ratio has no unit (21.7 for an H100 at $2 an hour against an S21 at a
 * hashprice of $55.21). Null when the ASIC earns nothing, since no ratio can be shown.
 */
export function revenuePerKwhRatio(gpuRevenueUsdPerKwh: number, asicRevenueUsdPerKwh: number): number | null {
  const gpu = nonNegative('gpuRevenueUsdPerKwh', gpuRevenueUsdPerKwh);
  const asic = nonNegative('asicRevenueUsdPerKwh', asicRevenueUsdPerKwh);
  return asic > 0 ? gpu / asic : null;
}

export const asicChipDayFormula: Formula = {
  words: 'A mining chip earns its hashrate times the hashprice; dividing by the kilowatt-hours it burns in a day gives its earnings per kWh, which is also its breakeven power price.',
  symbols: 'R = h/1000 × H;  R/kWh = H / (e × 24)',
  fn: 'asicChipDay',
};

export const gpuChipDayFormula: Formula = {
  words: 'A GPU rented every hour earns its hourly rent 24 times a day; dividing by the kilowatt-hours it burns gives its earnings per kWh.',
  symbols: 'R = r × 24;  R/kWh = r / (W/1000)',
  fn: 'gpuChipDay',
};

export const asicEnergyPerWorkFormula: Formula = {
  words: 'Energy per unit of work: the power the chip draws divided by the hashes it does each second.',
  symbols: 'e = W / h',
  fn: 'asicChipDay',
};

export const gpuEnergyPerWorkFormula: Formula = {
  words: 'Energy per unit of work: the power the board draws divided by the operations it does each second.',
  symbols: 'e = W / F',
  fn: 'gpuChipDay',
};

export const revenuePerKwhRatioFormula: Formula = {
  words: 'What the GPU’s rent brings per kilowatt-hour it burns, divided by what the ASIC earns per kilowatt-hour.',
  symbols: 'ratio = (r / (W/1000)) / (H / (e × 24))',
  fn: 'revenuePerKwhRatio',
};
