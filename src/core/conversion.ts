/**
 * The bill for turning a Bitcoin mine into an AI data centre: new GPUs and
 * servers, a new building and cooling, the mining margin lost while the site is
 * dark, less what the old ASICs fetch; then how long the GPUs' rent takes to
 * earn it back.
 *
 * Power bookkeeping: `siteMw` is the grid power the site draws. As a mine it
 * feeds ASICs at `miningPue` (facility ÷ miner power). As an AI site its
 * critical IT is `siteMw / pue`; each GPU takes `gpuPowerW` of it (the chip plus
 * its share of the server and network). Months are 1/12 of a 365-day year
 * (730 hours, 30.42 days).
 */
import type { Formula } from './formula';
import { HOURS_PER_YEAR } from './assumptions';
import { gpuYear } from './gpuRent';
import { siteMiningYear } from './power';
import { inRange, nonNegative, percent, positive } from './validate';

/** Hours in a month: 8,760 / 12 = 730. */
export const HOURS_PER_MONTH = HOURS_PER_YEAR / 12;

/** Inputs for {@link switchingBill}. */
export interface SwitchingBillInput {
  /** Grid power of the site, MW (> 0). */
  siteMw: number;
  /** PUE of the AI data centre, facility power ÷ IT power (1–5). */
  pue: number;
  /** Power per GPU including its share of server and network, W (> 0). */
  gpuPowerW: number;
  /** All-in cost per GPU: the GPU, its server share, networking, racks, labour; USD (≥ 0). */
  capexUsdPerGpu: number;
  /** Building, power distribution and liquid cooling, USD per MW of critical IT (≥ 0). */
  facilityUsdPerMwIt: number;
  /** Efficiency of the ASIC fleet being retired, J/TH (> 0). */
  asicEfficiencyJPerTh: number;
  /** What the retired ASICs sell for, USD per TH/s (≥ 0). */
  asicResaleUsdPerTh: number;
  /** Months the site earns nothing while it is rebuilt (0–120). */
  downtimeMonths: number;
  /** Hashprice the mine would have earned, USD per PH/s per day (≥ 0). */
  hashpriceUsdPerPhDay: number;
  /** Electricity price, USD per kWh (≥ 0), the same for mine and AI site. */
  powerPriceUsdPerKwh: number;
  /** GPU rent, USD per GPU-hour (≥ 0). */
  rentUsdPerGpuHour: number;
  /** Share of hours the GPUs are rented, % (0–100). */
  utilizationPct: number;
  /** PUE of the mine, facility ÷ miner power (1–5, default 1: all power reaches the ASICs). */
  miningPue?: number;
}

/** The bill and the payback, in USD, months and units named in each field. */
export interface SwitchingBill {
  /** IT power of the AI site, MW: `siteMw / pue`. */
  criticalItMw: number;
  /** Whole GPUs that fit: `floor(criticalItMw × 10^6 / gpuPowerW)`. */
  gpuCount: number;
  /** `gpuCount × capexUsdPerGpu`. */
  gpuCapexUsd: number;
  /** `criticalItMw × facilityUsdPerMwIt`. */
  facilityCapexUsd: number;
  /** Hashrate of the retired fleet, TH/s: `siteMw / miningPue × 10^6 / efficiency`. */
  asicHashrateThs: number;
  /** `asicHashrateThs × asicResaleUsdPerTh`, a credit against the bill. */
  asicResaleUsd: number;
  /** What the mine would have cleared each month (revenue − power), USD; can be negative. */
  miningMarginUsdPerMonth: number;
  /** Margin forgone while dark: `max(0, margin) × downtimeMonths` (a loss-making mine would switch off anyway). */
  lostMarginUsd: number;
  /** gpuCapex + facilityCapex: money spent on the new site. */
  capexUsd: number;
  /** capexUsd ÷ siteMw. */
  capexUsdPerSiteMw: number;
  /** capex + lost margin − resale. */
  totalUsd: number;
  /** Monthly rent of all GPUs: `gpuCount × rent × 730 h × utilization`. */
  aiRevenueUsdPerMonth: number;
  /** Monthly electricity of the rented hours, facility included (PUE). */
  aiPowerCostUsdPerMonth: number;
  /** aiRevenue − aiPowerCost. */
  aiNetUsdPerMonth: number;
  /** Months of AI operation until net rent repays `totalUsd`, or null if net rent is ≤ 0. */
  paybackMonths: number | null;
  /** downtimeMonths + paybackMonths: counted from the day mining stops; null as above. */
  paybackMonthsFromStop: number | null;
}

/**
 * The cost of converting a mining site to rented-out GPUs, and its simple payback.
 *
 * - GPUs: `n = ⌊(siteMw / pue) × 10^6 / gpuPowerW⌋`, costing `n × capexUsdPerGpu`.
 * - Building and cooling: `(siteMw / pue) × facilityUsdPerMwIt`.
 * - Lost mining margin: `max(0, m) × downtimeMonths`, where `m` is the mine's
 *   monthly revenue less power (see `siteMiningYear`, 100 % uptime, no pool fee).
 * - ASIC resale: `siteMw / miningPue × 10^6 / (J/TH) × resale $/TH`, subtracted.
 * - Net rent per month: `n × (rent × 730 × u − W/1000 × PUE × 730 × u × price)`.
 * - Payback = total ÷ net rent per month (undiscounted, no rent decline, no other opex).
 */
export function switchingBill(input: SwitchingBillInput): SwitchingBill {
  const siteMw = positive('siteMw', input.siteMw);
  const pue = inRange('pue', input.pue, { min: 1, max: 5 });
  const miningPue = inRange('miningPue', input.miningPue ?? 1, { min: 1, max: 5 });
  const gpuPowerW = positive('gpuPowerW', input.gpuPowerW);
  const capexUsdPerGpu = nonNegative('capexUsdPerGpu', input.capexUsdPerGpu);
  const facilityUsdPerMwIt = nonNegative('facilityUsdPerMwIt', input.facilityUsdPerMwIt);
  const efficiency = positive('asicEfficiencyJPerTh', input.asicEfficiencyJPerTh);
  const resale = nonNegative('asicResaleUsdPerTh', input.asicResaleUsdPerTh);
  const downtimeMonths = inRange('downtimeMonths', input.downtimeMonths, { min: 0, max: 120 });

  const criticalItMw = siteMw / pue;
  const gpuCount = Math.floor((criticalItMw * 1e6) / gpuPowerW);
  const gpuCapexUsd = gpuCount * capexUsdPerGpu;
  const facilityCapexUsd = criticalItMw * facilityUsdPerMwIt;
  const capexUsd = gpuCapexUsd + facilityCapexUsd;

  const mine = siteMiningYear({
    siteMw,
    pue: miningPue,
    efficiencyJPerTh: efficiency,
    hashpriceUsdPerPhDay: input.hashpriceUsdPerPhDay,
    powerPriceUsdPerKwh: input.powerPriceUsdPerKwh,
    uptimePct: 100,
  });
  const asicHashrateThs = mine.hashrateEhs * 1e6;
  const asicResaleUsd = asicHashrateThs * resale;
  const miningMarginUsdPerMonth = mine.netRevenueUsd / 12;
  const lostMarginUsd = Math.max(0, miningMarginUsdPerMonth) * downtimeMonths;

  const perGpu = gpuYear({
    rentUsdPerGpuHour: input.rentUsdPerGpuHour,
    utilizationPct: percent('utilizationPct', input.utilizationPct),
    powerDrawW: gpuPowerW,
    pue,
    powerPriceUsdPerKwh: input.powerPriceUsdPerKwh,
    otherOpexUsdPerGpuYear: 0,
  });
  const aiRevenueUsdPerMonth = (gpuCount * perGpu.revenueUsd) / 12;
  const aiPowerCostUsdPerMonth = (gpuCount * perGpu.powerCostUsd) / 12;
  const aiNetUsdPerMonth = aiRevenueUsdPerMonth - aiPowerCostUsdPerMonth;

  const totalUsd = capexUsd + lostMarginUsd - asicResaleUsd;
  const paybackMonths = aiNetUsdPerMonth > 0 ? Math.max(0, totalUsd) / aiNetUsdPerMonth : null;
  return {
    criticalItMw,
    gpuCount,
    gpuCapexUsd,
    facilityCapexUsd,
    asicHashrateThs,
    asicResaleUsd,
    miningMarginUsdPerMonth,
    lostMarginUsd,
    capexUsd,
    capexUsdPerSiteMw: capexUsd / siteMw,
    totalUsd,
    aiRevenueUsdPerMonth,
    aiPowerCostUsdPerMonth,
    aiNetUsdPerMonth,
    paybackMonths,
    paybackMonthsFromStop: paybackMonths === null ? null : downtimeMonths + paybackMonths,
  };
}

/**
 * Cumulative cash of the switch `month` months after mining stops, USD:
 * `−(capex − resale) − lostMarginPerMonth × min(t, D) + aiNet × max(0, t − D)`,
 * with `D = downtimeMonths` and the lost margin counted as a cost. Capex is
 * taken as spent at month 0, a simplification that brings the spending forward.
 * @param bill a result of {@link switchingBill}
 * @param downtimeMonths the same downtime given to `switchingBill` (0–120)
 * @param month months since mining stopped (≥ 0)
 */
export function switchingCashUsd(bill: SwitchingBill, downtimeMonths: number, month: number): number {
  const dark = inRange('downtimeMonths', downtimeMonths, { min: 0, max: 120 });
  const t = nonNegative('month', month);
  const lostPerMonth = dark > 0 ? bill.lostMarginUsd / dark : 0;
  return -(bill.capexUsd - bill.asicResaleUsd) - lostPerMonth * Math.min(t, dark) + bill.aiNetUsdPerMonth * Math.max(0, t - dark);
}

export const switchingBillFormula: Formula = {
  words:
    'Fill the site’s IT power with GPUs, pay for them and for a new building, add the mining margin lost while the site is dark, subtract what the old ASICs fetch; divide by what the GPUs clear each month.',
  symbols: 'n = ⌊MW/PUE × 10⁶ / W⌋;  B = nK + (MW/PUE)F + max(0,m)D − hR;  T = B / (n(r·730·u − W/1000·PUE·730·u·c))',
  fn: 'switchingBill',
};
