/**
 * One powered site, three ways to use it for a year: mine Bitcoin with your
 * own ASICs, host someone else's computers, or rent out your own GPUs.
 *
 * `siteMw` is the grid power the site can draw (facility total). The IT load
 * that fits is `siteMw / pue`; cooling and losses take the rest. Every result
 * has the same USD fields so a chart can stack them side by side.
 */
import type { Formula } from './formula';
import { HOURS_PER_YEAR } from './assumptions';
import { hostingRentUsdPerYear } from './hosting';
import { gpuYear } from './gpuRent';
import { finite, inRange, integer, nonNegative, percent, positive } from './validate';

const DAYS_PER_YEAR = 365;

/** A year of one site use, USD. */
export interface SiteYear {
  revenueUsd: number;
  /** Electricity the site operator pays for. */
  powerCostUsd: number;
  /** Other operating cost (staff, maintenance, network). */
  otherCostUsd: number;
  /** revenue − power − other: cash before hardware. */
  netRevenueUsd: number;
  /** Straight-line hardware cost for the year: capex ÷ life. */
  capexAmortizationUsd: number;
  /** netRevenue − capexAmortization. */
  profitUsd: number;
}

function siteYear(revenueUsd: number, powerCostUsd: number, otherCostUsd: number, capexAmortizationUsd: number): SiteYear {
  const netRevenueUsd = revenueUsd - powerCostUsd - otherCostUsd;
  return { revenueUsd, powerCostUsd, otherCostUsd, netRevenueUsd, capexAmortizationUsd, profitUsd: netRevenueUsd - capexAmortizationUsd };
}

function checkSite(siteMw: number, pue: number): number {
  positive('siteMw', siteMw);
  return siteMw / inRange('pue', pue, { min: 1, max: 5 });
}

/** Inputs for {@link siteMiningYear}. */
export interface SiteMiningInput {
  /** Grid power of the site, MW (> 0). */
  siteMw: number;
  /** Facility power ÷ miner power (1–5; immersion or air-cooled mines run near 1.05). */
  pue: number;
  /** Fleet efficiency, J/TH (> 0). */
  efficiencyJPerTh: number;
  /** Hashprice, USD per PH/s per day (≥ 0). */
  hashpriceUsdPerPhDay: number;
  /** Electricity price, USD per kWh (≥ 0). */
  powerPriceUsdPerKwh: number;
  /** Share of the year the miners run, % (0–100). */
  uptimePct: number;
  /** Pool fee, % (0–100, default 0). */
  poolFeePct?: number;
  /** ASIC purchase cost, USD per TH/s (≥ 0, default 0: machines already paid for). */
  asicCapexUsdPerTh?: number;
  /** Years over which ASIC capex is spread (integer 1–30; required when capex > 0). */
  asicLifeYears?: number;
}

/** A year of self-mining. */
export interface SiteMiningYear extends SiteYear {
  /** Hashrate the site's IT power supports, EH/s: `itMw / efficiencyJPerTh`. */
  hashrateEhs: number;
  energyMwh: number;
}

/**
 * Self-mining for a year. Hashrate `= (siteMw / pue) × 10^6 W ÷ e J/TH`, in EH/s
 * `= itMw / e`; revenue `= hashrate(PH/s) × hashprice × 365 × uptime × (1 − fee)`;
 * power `= siteMw × 8,760 h × uptime × price`.
 */
export function siteMiningYear(input: SiteMiningInput): SiteMiningYear {
  const itMw = checkSite(input.siteMw, input.pue);
  const hashrateEhs = itMw / positive('efficiencyJPerTh', input.efficiencyJPerTh);
  const uptime = percent('uptimePct', input.uptimePct) / 100;
  const keepShare = 1 - percent('poolFeePct', input.poolFeePct ?? 0) / 100;
  const hashprice = nonNegative('hashpriceUsdPerPhDay', input.hashpriceUsdPerPhDay);
  const revenueUsd = hashrateEhs * 1000 * hashprice * DAYS_PER_YEAR * uptime * keepShare;
  const energyMwh = input.siteMw * HOURS_PER_YEAR * uptime;
  const powerCostUsd = energyMwh * 1000 * nonNegative('powerPriceUsdPerKwh', input.powerPriceUsdPerKwh);
  const capexUsd = nonNegative('asicCapexUsdPerTh', input.asicCapexUsdPerTh ?? 0) * hashrateEhs * 1e6;
  const amortizationUsd = capexUsd === 0 ? 0 : capexUsd / integer('asicLifeYears', input.asicLifeYears, 1, 30);
  return { ...siteYear(revenueUsd, powerCostUsd, 0, amortizationUsd), hashrateEhs, energyMwh };
}

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

/** Inputs for {@link valueOfEarlierEnergizationUsd}. */
export interface EarlierEnergizationInput {
  /** Months sooner the site starts earning (≥ 0). */
  monthsSaved: number;
  /** Net revenue of a full year of operation, USD (any finite number). */
  annualNetRevenueUsd: number;
}

/**
 * Value of switching a site on sooner, undiscounted: the extra months of
 * operation at the annual net revenue, `monthsSaved / 12 × annualNetRevenue`.
 * This is why an already-connected mining site is worth a premium when the
 * grid queue for a new connection is years long (fact E12).
 */
export function valueOfEarlierEnergizationUsd(input: EarlierEnergizationInput): number {
  const months = nonNegative('monthsSaved', input.monthsSaved);
  return (months / 12) * finite('annualNetRevenueUsd', input.annualNetRevenueUsd);
}

export const siteMiningFormula: Formula = {
  words: 'A site’s IT megawatts divided by the machines’ joules per terahash give its hashrate; it earns hashprice and pays for every megawatt-hour.',
  symbols: 'EH/s = (MW / PUE) / e;  R = EH/s × 1000 × H × 365 × uptime;  C = MW × 8760 × uptime × c',
  fn: 'siteMiningYear',
};

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

export const earlierEnergizationFormula: Formula = {
  words: 'Each month a site runs sooner is another month of net revenue.',
  symbols: 'V = months / 12 × annual net revenue',
  fn: 'valueOfEarlierEnergizationUsd',
};
