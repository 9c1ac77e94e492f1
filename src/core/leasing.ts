/**
 * GPU rental economics for one GPU over its life: buy it (capex at t = 0),
 * rent it out by the hour, pay for its power and upkeep, year by year.
 *
 * Power is charged only for rented hours (`utilizationPct`): an idle GPU's draw
 * is small next to its rent, and this keeps power and revenue on the same hours.
 */
import { irr, npv, paybackPeriods } from './finance';
import type { Formula } from './formula';
import { inRange, integer, nonNegative, percent, positive, rangeError } from './validate';
import { HOURS_PER_YEAR } from './assumptions';

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
 * Solved by bisection on rent (NPV rises with rent) to within 10^-9 USD/h.
 * Utilization and the rent multipliers must leave some rented hours.
 */
export function breakevenRentUsdPerGpuHour(input: BreakevenRentInput): number {
  const rate = inRange('targetReturnPct', input.targetReturnPct, { min: -99, max: 1000 }) / 100;
  const npvAt = (rentUsdPerGpuHour: number) => npv(rate, rentalCashflows({ ...input, rentUsdPerGpuHour }));
  const npvAtZero = npvAt(0);
  if (npvAtZero >= 0) return 0;
  if (npvAt(1) <= npvAtZero) {
    throw rangeError('utilizationPct', 'a number > 0 that leaves rented hours in some year (no rent can break even)', input.utilizationPct);
  }
  let hi = 1;
  for (let i = 0; i < 1000 && npvAt(hi) < 0; i++) hi *= 2;
  let lo = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-9 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (npvAt(mid) < 0) lo = mid;
    else hi = mid;
  }
  return hi;
}

export const gpuRentalFormula: Formula = {
  words: 'Each year a GPU earns its hourly rent for the hours it is rented, minus power and upkeep; the purchase is paid up front.',
  symbols: 'CFₜ = r·mₜ·8760·u − W/1000·PUE·8760·u·c − O;  CF₀ = −K',
  fn: 'gpuRentalEconomics',
};

export const gpuYearFormula: Formula = {
  words: 'A year of one GPU: its hourly rent times the hours it is rented, less the power it draws and its upkeep.',
  symbols: 'R = r × 8,760 × u;  CF = R − W/1000 × PUE × 8,760 × u × c − O',
  fn: 'gpuYear',
};

export const breakevenRentFormula: Formula = {
  words: 'The starting rent at which the GPU’s cash flows, discounted at the target return, exactly repay its cost.',
  symbols: 'r*: NPV(target, CF(r*)) = 0',
  fn: 'breakevenRentUsdPerGpuHour',
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
