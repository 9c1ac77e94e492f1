/**
 * One GPU rented out by the hour for one year: its rent, its power and upkeep, and the rates a
 * fleet's figures imply. A GPU's whole life of rent, with its purchase, is leasing.ts.
 *
 * Power is charged only for rented hours (`utilizationPct`): an idle GPU's draw
 * is small next to its rent, and this keeps power and revenue on the same hours.
 */
import { HOURS_PER_YEAR } from './assumptions';
import type { Formula } from './formula';
import { inRange, nonNegative, percent, positive } from './validate';

/** One GPU's operating inputs for one year. */
export interface GpuYearInput {
  /** Rent charged, USD per GPU-hour (≥ 0). */
  rentUsdPerGpuHour: number;
  /** Share of hours rented, % (0–100). */
  utilizationPct: number;
  /** Power per GPU including its share of the server, W (≥ 0). */
  powerDrawW: number;
  /** Power usage effectiveness of the facility, facility power ÷ IT power (1–5). */
  pue: number;
  /** Electricity price, USD per kWh (≥ 0). */
  powerPriceUsdPerKwh: number;
  /** Other operating cost (staff, network, space, maintenance), USD per GPU-year (≥ 0). */
  otherOpexUsdPerGpuYear: number;
}

/** One GPU, one year, in USD. */
export interface GpuYear {
  revenueUsd: number;
  powerCostUsd: number;
  otherOpexUsd: number;
  /** revenue − power − other opex. */
  netCashUsd: number;
}

/** A GPU's rent for a year, USD: `rent × 8,760 h × utilization`, before any cost. */
export function gpuRevenueUsdPerYear(rentUsdPerGpuHour: number, utilizationPct: number): number {
  return nonNegative('rentUsdPerGpuHour', rentUsdPerGpuHour) * HOURS_PER_YEAR * (percent('utilizationPct', utilizationPct) / 100);
}

/**
 * A fleet's revenue per GPU-hour, USD, if every GPU earned every hour of the year:
 * `revenue / (GPUs × 8,760 h)`, the inverse of {@link gpuRevenueUsdPerYear} at full use.
 * IREN's $33M a year from 1,896 GPUs is $1.99 per GPU-hour (validation V-D3).
 */
export function revenueUsdPerGpuHour(revenueUsdPerYear: number, gpuCount: number): number {
  return nonNegative('revenueUsdPerYear', revenueUsdPerYear) / positive('gpuCount', gpuCount) / HOURS_PER_YEAR;
}

/**
 * How far a rent has fallen below its peak, as a share of the peak (0.64 for 64 %):
 * `1 − now / peak`. Negative when the rent is above the peak. From Cheah's "more than $8"
 * in 2023 to $2.85 in January 2024 is 0.644.
 */
export function fallFromPeakShare(peakUsd: number, nowUsd: number): number {
  return 1 - nonNegative('nowUsd', nowUsd) / positive('peakUsd', peakUsd);
}

/**
 * One GPU for one year. Revenue = `rent × 8,760 h × utilization`;
 * power = `powerDrawW / 1000 × PUE × 8,760 h × utilization × powerPrice`.
 */
export function gpuYear(input: GpuYearInput): GpuYear {
  const rent = nonNegative('rentUsdPerGpuHour', input.rentUsdPerGpuHour);
  const rentedHours = HOURS_PER_YEAR * (percent('utilizationPct', input.utilizationPct) / 100);
  const powerKw = nonNegative('powerDrawW', input.powerDrawW) / 1000;
  const pue = inRange('pue', input.pue, { min: 1, max: 5 });
  const powerPrice = nonNegative('powerPriceUsdPerKwh', input.powerPriceUsdPerKwh);
  const otherOpexUsd = nonNegative('otherOpexUsdPerGpuYear', input.otherOpexUsdPerGpuYear);
  const revenueUsd = gpuRevenueUsdPerYear(rent, input.utilizationPct);
  const powerCostUsd = powerKw * pue * rentedHours * powerPrice;
  return { revenueUsd, powerCostUsd, otherOpexUsd, netCashUsd: revenueUsd - powerCostUsd - otherOpexUsd };
}

export const gpuYearFormula: Formula = {
  words: 'A year of one GPU: its hourly rent times the hours it is rented, less the power it draws and its upkeep.',
  symbols: 'R = r × 8,760 × u;  CF = R − W/1000 × PUE × 8,760 × u × c − O',
  fn: 'gpuYear',
};

export const revenuePerGpuHourFormula: Formula = {
  words: 'A fleet’s yearly revenue spread over each of its GPUs and every hour of the year, as if all were rented all the time.',
  symbols: 'r = R / (n × 8,760 h)',
  fn: 'revenueUsdPerGpuHour',
};

export const fallFromPeakFormula: Formula = {
  words: 'How far the rent is below its peak, as a share of the peak: one minus the rent over the peak rent.',
  symbols: 'fall = 1 − r / r_peak',
  fn: 'fallFromPeakShare',
};
