/**
 * A powered site's year, in one shape for every use of it (SiteYear), and the first use: mining
 * Bitcoin with your own ASICs. The other two, hosting a tenant's computers and renting out your
 * own GPUs, are in aiSite.ts, so a page that needs only mining (the switching bill's lost margin)
 * loads only this.
 *
 * `siteMw` is the grid power the site can draw (facility total). The IT load
 * that fits is `siteMw / pue`; cooling and losses take the rest. Every result
 * has the same USD fields so a chart can stack them side by side.
 */
import type { Formula } from './formula';
import { HOURS_PER_YEAR } from './assumptions';
import { inRange, integer, nonNegative, percent, positive } from './validate';

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

/** A year of one site use from its revenue and costs: net revenue and profit follow. */
export function siteYear(revenueUsd: number, powerCostUsd: number, otherCostUsd: number, capexAmortizationUsd: number): SiteYear {
  const netRevenueUsd = revenueUsd - powerCostUsd - otherCostUsd;
  return { revenueUsd, powerCostUsd, otherCostUsd, netRevenueUsd, capexAmortizationUsd, profitUsd: netRevenueUsd - capexAmortizationUsd };
}

/** The site's IT megawatts, `siteMw / pue`, once both are checked. */
export function checkSite(siteMw: number, pue: number): number {
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

export const siteMiningFormula: Formula = {
  words: 'A site’s IT megawatts divided by the machines’ joules per terahash give its hashrate; it earns hashprice and pays for every megawatt-hour.',
  symbols: 'EH/s = (MW / PUE) / e;  R = EH/s × 1000 × H × 365 × uptime;  C = MW × 8760 × uptime × c',
  fn: 'siteMiningYear',
};
