/**
 * GPU rental economics for one GPU over its life: buy it (capex at t = 0),
 * rent it out by the hour, pay for its power and upkeep, year by year (each
 * year is `gpuYear`, gpuRent.ts), and judge the cash flows (finance.ts).
 */
import { irr, npv, paybackPeriods } from './finance';
import type { Formula } from './formula';
import { gpuYear, type GpuYear, type GpuYearInput } from './gpuRent';
import { inRange, integer, nonNegative, percent, rangeError } from './validate';

/** Inputs for {@link gpuRentalEconomics}. */
export interface GpuRentalInput extends GpuYearInput {
  /** All-in purchase and setup cost, USD per GPU, paid at t = 0 (≥ 0). */
  capexUsdPerGpu: number;
  /** Years the GPU earns (integer 1–30). */
  lifeYears: number;
  /** Yearly fall in rent, % per year, compounding: year y earns `rent × (1 − d)^(y−1)` (0–100). */
  rentDeclinePctPerYear: number;
  /**
   * Optional rent multiplier for each year (length `lifeYears`, each ≥ 0); when
   * given it replaces `rentDeclinePctPerYear`. See {@link linearRentMultipliers}.
   */
  rentMultiplierByYear?: readonly number[];
}

/** Year-by-year result; arrays indexed by year − 1 except `cashflowsUsd`. */
export interface GpuRental {
  /** `[−capex, net year 1, …, net year L]`, ready for `npv`, `irr`, `paybackPeriods`. */
  cashflowsUsd: number[];
  rentUsdPerGpuHourByYear: number[];
  revenueUsdByYear: number[];
  powerCostUsdByYear: number[];
  otherOpexUsdByYear: number[];
  netCashUsdByYear: number[];
  /** Sum of `cashflowsUsd` (undiscounted profit over the life). */
  totalProfitUsd: number;
  /** Years until cumulative cash turns non-negative, or null if never. */
  paybackYears: number | null;
  /** Internal rate of return per year as a fraction, or null if none. */
  irr: number | null;
}

/**
 * Rent multipliers falling in a straight line from 100 % in year 1 to
 * `finalPct` in the last year: `1 − (1 − final) × (y − 1) / (L − 1)`.
 * Cheah's "blended price" (fact D18) is `linearRentMultipliers(5, 50)`:
 * 1, 0.875, 0.75, 0.625, 0.5.
 */
export function linearRentMultipliers(lifeYears: number, finalPct: number): number[] {
  integer('lifeYears', lifeYears, 1, 30);
  const drop = 1 - nonNegative('finalPct', finalPct) / 100;
  if (lifeYears === 1) return [1];
  return Array.from({ length: lifeYears }, (_, i) => 1 - (drop * i) / (lifeYears - 1));
}

function rentMultipliers(input: GpuRentalInput): readonly number[] {
  const lifeYears = integer('lifeYears', input.lifeYears, 1, 30);
  const given = input.rentMultiplierByYear;
  if (given === undefined) {
    const keep = 1 - percent('rentDeclinePctPerYear', input.rentDeclinePctPerYear) / 100;
    return Array.from({ length: lifeYears }, (_, i) => keep ** i);
  }
  if (given.length !== lifeYears) {
    throw rangeError('rentMultiplierByYear', `an array of ${lifeYears} numbers (one per life year)`, given);
  }
  given.forEach((m, i) => nonNegative(`rentMultiplierByYear[${i}]`, m));
  return given;
}

/** Rent per hour and the operating result of each life year, before capex. */
function rentalYears(input: GpuRentalInput): { rentByYear: number[]; years: GpuYear[] } {
  const startRent = nonNegative('rentUsdPerGpuHour', input.rentUsdPerGpuHour);
  const rentByYear = rentMultipliers(input).map((m) => startRent * m);
  const years = rentByYear.map((rentUsdPerGpuHour) => gpuYear({ ...input, rentUsdPerGpuHour }));
  return { rentByYear, years };
}

function rentalCashflows(input: GpuRentalInput, years = rentalYears(input).years): number[] {
  const capexUsd = nonNegative('capexUsdPerGpu', input.capexUsdPerGpu);
  return [-capexUsd, ...years.map((y) => y.netCashUsd)];
}

/**
 * Cash flows of one rented GPU over its life. Year y earns
 * `rent × multiplier(y) × 8,760 × utilization` and pays power and other opex
 * (see {@link gpuYear}); `cashflowsUsd[0] = −capexUsdPerGpu`.
 */
export function gpuRentalEconomics(input: GpuRentalInput): GpuRental {
  const { rentByYear, years } = rentalYears(input);
  const cashflowsUsd = rentalCashflows(input, years);
  return {
    cashflowsUsd,
    rentUsdPerGpuHourByYear: rentByYear,
    revenueUsdByYear: years.map((y) => y.revenueUsd),
    powerCostUsdByYear: years.map((y) => y.powerCostUsd),
    otherOpexUsdByYear: years.map((y) => y.otherOpexUsd),
    netCashUsdByYear: years.map((y) => y.netCashUsd),
    totalProfitUsd: cashflowsUsd.reduce((sum, cf) => sum + cf, 0),
    paybackYears: paybackPeriods(cashflowsUsd),
    irr: irr(cashflowsUsd),
  };
}

/** Inputs for {@link breakevenRentUsdPerGpuHour}: the rental inputs without rent, plus the target return. */
export interface BreakevenRentInput extends Omit<GpuRentalInput, 'rentUsdPerGpuHour'> {
  /** Required return, % per year, used as the discount rate (−99 to 1,000). */
  targetReturnPct: number;
}

/**
 * Lowest starting rent (USD per GPU-hour) at which the GPU earns the target
 * return: NPV at `targetReturnPct` of {@link gpuRentalEconomics}' cash flows = 0.
 * NPV is a straight line in the starting rent (each year's revenue is rent × its multiplier ×
 * rented hours, and no cost depends on rent), so its value at 0 and at $1/h give the root
 * exactly: `r* = −NPV(0) / (NPV(1) − NPV(0))`. The lease calculator calls this twice on every
 * slider step, so two evaluations instead of a bisection's eighty matter.
 * Utilization and the rent multipliers must leave some rented hours.
 */
export function breakevenRentUsdPerGpuHour(input: BreakevenRentInput): number {
  const rate = inRange('targetReturnPct', input.targetReturnPct, { min: -99, max: 1000 }) / 100;
  const npvAt = (rentUsdPerGpuHour: number) => npv(rate, rentalCashflows({ ...input, rentUsdPerGpuHour }));
  const npvAtZero = npvAt(0);
  if (npvAtZero >= 0) return 0;
  const npvPerUsdOfRent = npvAt(1) - npvAtZero;
  if (!(npvPerUsdOfRent > 0)) {
    throw rangeError('utilizationPct', 'a number > 0 that leaves rented hours in some year (no rent can break even)', input.utilizationPct);
  }
  return -npvAtZero / npvPerUsdOfRent;
}

export const gpuRentalFormula: Formula = {
  words: 'Each year a GPU earns its hourly rent for the hours it is rented, minus power and upkeep; the purchase is paid up front.',
  symbols: 'CFₜ = r·mₜ·8760·u − W/1000·PUE·8760·u·c − O;  CF₀ = −K',
  fn: 'gpuRentalEconomics',
};

export const breakevenRentFormula: Formula = {
  words: 'The starting rent at which the GPU’s cash flows, discounted at the target return, exactly repay its cost.',
  symbols: 'r*: NPV(target, CF(r*)) = 0',
  fn: 'breakevenRentUsdPerGpuHour',
};
