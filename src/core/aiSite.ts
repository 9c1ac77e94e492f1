/**
 * A powered site put to AI work for a year, in power.ts's SiteYear shape: host a tenant's
 * computers (colocation), or buy GPUs and rent them out by the hour.
 */
import type { Formula } from './formula';
import { HOURS_PER_YEAR } from './assumptions';
import { hostingRentUsdPerYear } from './hosting';
import { gpuYear } from './gpuRent';
import { checkSite, siteYear, type SiteYear } from './power';
import { integer, nonNegative, percent, positive } from './validate';

/** Inputs for {@link siteHostingYear}. */
export interface SiteHostingInput {
  /** Grid power of the site, MW (> 0). */
  siteMw: number;
  /** Facility power ÷ IT power (1–5). */
  pue: number;
  /** Rent the tenant pays, USD per kW of critical IT per month (≥ 0). */
  hostingUsdPerKwMonth: number;
  /**
   * Who pays the electricity bill. 'tenant': power is passed through at cost,
   * outside the host's revenue and costs. 'host': the rent includes power and
   * the host pays for the facility's energy at `averageLoadPct`.
   */
  powerPaidBy: 'tenant' | 'host';
  /** Electricity price, USD per kWh (≥ 0; used when the host pays). */
  powerPriceUsdPerKwh: number;
  /** Average draw as a share of the site's capacity, % (0–100, default 100). */
  averageLoadPct?: number;
  /** Host's other operating cost, USD per MW of critical IT per year (≥ 0, default 0). */
  otherOpexUsdPerMwYear?: number;
}

/** A year of hosting. */
export interface SiteHostingYear extends SiteYear {
  /** IT power sold to the tenant, MW: `siteMw / pue`. */
  criticalItMw: number;
}

/**
 * Hosting (colocation) for a year: the tenant brings the computers and pays
 * `hostingUsdPerKwMonth × criticalItKw × 12`. The host pays power only when
 * `powerPaidBy` is 'host': `siteMw × 8,760 h × load × price`.
 */
export function siteHostingYear(input: SiteHostingInput): SiteHostingYear {
  const criticalItMw = checkSite(input.siteMw, input.pue);
  const revenueUsd = hostingRentUsdPerYear(criticalItMw, input.hostingUsdPerKwMonth);
  const load = percent('averageLoadPct', input.averageLoadPct ?? 100) / 100;
  const powerPrice = nonNegative('powerPriceUsdPerKwh', input.powerPriceUsdPerKwh);
  if (input.powerPaidBy !== 'tenant' && input.powerPaidBy !== 'host') {
    throw new RangeError(`powerPaidBy must be 'tenant' or 'host', got ${String(input.powerPaidBy)}`);
  }
  const powerCostUsd = input.powerPaidBy === 'host' ? input.siteMw * HOURS_PER_YEAR * load * 1000 * powerPrice : 0;
  const otherCostUsd = criticalItMw * nonNegative('otherOpexUsdPerMwYear', input.otherOpexUsdPerMwYear ?? 0);
  return { ...siteYear(revenueUsd, powerCostUsd, otherCostUsd, 0), criticalItMw };
}

/** Inputs for {@link siteGpuRentalYear}. */
export interface SiteGpuRentalInput {
  /** Grid power of the site, MW (> 0). */
  siteMw: number;
  /** Facility power ÷ IT power (1–5). */
  pue: number;
  /** Power per GPU including its share of the server, W (> 0). */
  powerDrawWPerGpu: number;
  /** Rent, USD per GPU-hour (≥ 0). */
  rentUsdPerGpuHour: number;
  /** Share of hours rented, % (0–100). */
  utilizationPct: number;
  /** Electricity price, USD per kWh (≥ 0). */
  powerPriceUsdPerKwh: number;
  /** All-in cost per GPU, USD (≥ 0). */
  capexUsdPerGpu: number;
  /** Years over which capex is spread (integer 1–30). */
  lifeYears: number;
  /** Other operating cost, USD per GPU-year (≥ 0). */
  otherOpexUsdPerGpuYear: number;
}

/** A year of GPU rental. */
export interface SiteGpuRentalYear extends SiteYear {
  /** Whole GPUs that fit: `floor(siteMw × 10^6 / (pue × powerDrawWPerGpu))`. */
  gpuCount: number;
}

/**
 * Renting out GPUs for a year (first-year rent, no decline): `gpuCount` GPUs
 * each earning and paying as in `gpuYear` (power only for rented hours), plus
 * `capexUsdPerGpu × gpuCount / lifeYears` of amortization.
 */
export function siteGpuRentalYear(input: SiteGpuRentalInput): SiteGpuRentalYear {
  checkSite(input.siteMw, input.pue);
  const gpuCount = Math.floor((input.siteMw * 1e6) / (input.pue * positive('powerDrawWPerGpu', input.powerDrawWPerGpu)));
  const perGpu = gpuYear({ ...input, powerDrawW: input.powerDrawWPerGpu });
  const capexUsd = nonNegative('capexUsdPerGpu', input.capexUsdPerGpu) * gpuCount;
  const amortizationUsd = capexUsd / integer('lifeYears', input.lifeYears, 1, 30);
  const year = siteYear(perGpu.revenueUsd * gpuCount, perGpu.powerCostUsd * gpuCount, perGpu.otherOpexUsd * gpuCount, amortizationUsd);
  return { ...year, gpuCount };
}

export const siteHostingFormula: Formula = {
  words: 'A host rents out critical IT power by the kilowatt-month; the tenant owns the computers.',
  symbols: 'R = (MW / PUE) × 1000 × rate × 12',
  fn: 'siteHostingYear',
};

export const siteGpuRentalFormula: Formula = {
  words: 'Fill the site with as many GPUs as its power allows, rent them by the hour, pay for power, and spread their price over their life.',
  symbols: 'n = ⌊MW × 10⁶ / (PUE × W)⌋;  π = n × (r × 8760 × u − power − opex) − n × K / L',
  fn: 'siteGpuRentalYear',
};
