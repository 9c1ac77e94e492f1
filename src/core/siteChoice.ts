/**
 * One powered site, three businesses for the next year, side by side: mine
 * with the ASICs already there, lease the power to an AI tenant, or buy GPUs
 * and rent them out. Built on the site functions of `power.ts` and `aiSite.ts`,
 * adding the costs a switch brings (the refit of the building, hosting
 * overheads, mining overheads) and the range that Bitcoin's price puts around
 * mining; and the head start a converted mine has over a new site, and its worth.
 *
 * Power bookkeeping: `siteMw` is grid power. As a mine it feeds ASICs at
 * `miningPue`; as an AI site its critical IT is `siteMw / aiPue`.
 */
import type { Formula } from './formula';
import { siteGpuRentalYear, siteHostingYear } from './aiSite';
import { siteMiningYear, type SiteYear } from './power';
import { percentileOfSorted } from './percentile';
import { checkPercentiles } from './quantile';
import { simulateGbmPaths } from './risk';
import { finite, inRange, integer, nonNegative, percent, positive } from './validate';

/** Inputs for {@link siteThreeWays}. */
export interface SiteThreeWaysInput {
  /** Grid power of the site, MW (> 0). */
  siteMw: number;
  /** Electricity price, USD per kWh (≥ 0), the same for every use. */
  powerPriceUsdPerKwh: number;
  /** Facility ÷ miner power of the mine (1–5; 1 = every watt reaches the ASICs). */
  miningPue: number;
  /** Fleet efficiency, J/TH (> 0). */
  efficiencyJPerTh: number;
  /** Hashprice, USD per PH/s per day (≥ 0). */
  hashpriceUsdPerPhDay: number;
  /** Mining costs besides electricity (staff, repairs, hosting fees), USD per MWh used (≥ 0). */
  miningOtherOpexUsdPerMwh: number;
  /** Facility ÷ IT power of the AI site (1–5). */
  aiPue: number;
  /** Cost to refit the building for AI (power, cooling, networking), USD per MW of critical IT (≥ 0). */
  refitUsdPerMwIt: number;
  /** Years over which the refit is spread (integer 1–30). */
  refitLifeYears: number;
  /** Hosting rent, USD per kW of critical IT per month (≥ 0). */
  hostingUsdPerKwMonth: number;
  /** Host's operating cost as a share of hosting revenue, % (0–100). */
  hostingOpexPct: number;
  /** True when the host pays the site's electricity out of the rent; false when the tenant pays it. */
  hostPaysPower: boolean;
  /** Power per GPU including its share of the server, W (> 0). */
  gpuPowerW: number;
  /** GPU rent, USD per GPU-hour (≥ 0). */
  rentUsdPerGpuHour: number;
  /** Share of hours rented, % (0–100). */
  utilizationPct: number;
  /** All-in cost per GPU, USD (≥ 0). */
  capexUsdPerGpu: number;
  /** Years over which the GPUs are written off (integer 1–30). */
  gpuLifeYears: number;
}

/** One business's year, with what it had to buy first. */
export interface SiteChoiceYear extends SiteYear {
  /** Money spent up front (refit, GPUs); 0 for the mine, whose machines are already there. */
  upfrontUsd: number;
  /** Profit as a share of revenue (fraction), or null when revenue is 0. */
  marginShare: number | null;
}

/** The three businesses of one site. */
export interface SiteThreeWays {
  mining: SiteChoiceYear & { hashrateEhs: number; energyMwh: number };
  hosting: SiteChoiceYear & { criticalItMw: number };
  gpu: SiteChoiceYear & { gpuCount: number; criticalItMw: number };
}

function withCosts(year: SiteYear, extraOtherUsd: number, extraAmortizationUsd: number, upfrontUsd: number): SiteChoiceYear {
  const otherCostUsd = year.otherCostUsd + extraOtherUsd;
  const capexAmortizationUsd = year.capexAmortizationUsd + extraAmortizationUsd;
  const netRevenueUsd = year.revenueUsd - year.powerCostUsd - otherCostUsd;
  const profitUsd = netRevenueUsd - capexAmortizationUsd;
  const marginShare = year.revenueUsd > 0 ? profitUsd / year.revenueUsd : null;
  return { ...year, otherCostUsd, netRevenueUsd, capexAmortizationUsd, profitUsd, upfrontUsd, marginShare };
}

/**
 * A year of each business on the same site (first year, no price changes):
 *
 * - **mining**: `siteMiningYear` at 100 % uptime, plus other costs of
 *   `energy MWh × miningOtherOpexUsdPerMwh`; no capex (the ASICs are owned).
 * - **hosting**: `siteHostingYear` (rent × IT kW × 12), host power only when
 *   `hostPaysPower`, other costs `hostingOpexPct` of revenue, plus the refit
 *   `IT MW × refitUsdPerMwIt / refitLifeYears`.
 * - **gpu**: `siteGpuRentalYear` (as many GPUs as the IT power holds, rent ×
 *   8,760 h × utilization, power for rented hours, GPUs written off over
 *   `gpuLifeYears`), plus the same refit.
 */
export function siteThreeWays(input: SiteThreeWaysInput): SiteThreeWays {
  const siteMw = positive('siteMw', input.siteMw);
  const aiPue = inRange('aiPue', input.aiPue, { min: 1, max: 5 });
  const criticalItMw = siteMw / aiPue;
  const refitUsd = criticalItMw * nonNegative('refitUsdPerMwIt', input.refitUsdPerMwIt);
  const refitPerYearUsd = refitUsd / integer('refitLifeYears', input.refitLifeYears, 1, 30);

  const mine = siteMiningYear({
    siteMw,
    pue: input.miningPue,
    efficiencyJPerTh: input.efficiencyJPerTh,
    hashpriceUsdPerPhDay: input.hashpriceUsdPerPhDay,
    powerPriceUsdPerKwh: input.powerPriceUsdPerKwh,
    uptimePct: 100,
  });
  const miningOther = mine.energyMwh * nonNegative('miningOtherOpexUsdPerMwh', input.miningOtherOpexUsdPerMwh);

  const host = siteHostingYear({
    siteMw,
    pue: aiPue,
    hostingUsdPerKwMonth: input.hostingUsdPerKwMonth,
    powerPaidBy: input.hostPaysPower ? 'host' : 'tenant',
    powerPriceUsdPerKwh: input.powerPriceUsdPerKwh,
  });
  const hostingOther = host.revenueUsd * (percent('hostingOpexPct', input.hostingOpexPct) / 100);

  const rent = siteGpuRentalYear({
    siteMw,
    pue: aiPue,
    powerDrawWPerGpu: input.gpuPowerW,
    rentUsdPerGpuHour: input.rentUsdPerGpuHour,
    utilizationPct: input.utilizationPct,
    powerPriceUsdPerKwh: input.powerPriceUsdPerKwh,
    capexUsdPerGpu: input.capexUsdPerGpu,
    lifeYears: input.gpuLifeYears,
    otherOpexUsdPerGpuYear: 0,
  });
  const gpuCapexUsd = rent.gpuCount * input.capexUsdPerGpu;

  return {
    mining: { ...withCosts(mine, miningOther, 0, 0), hashrateEhs: mine.hashrateEhs, energyMwh: mine.energyMwh },
    hosting: { ...withCosts(host, hostingOther, refitPerYearUsd, refitUsd), criticalItMw },
    gpu: { ...withCosts(rent, 0, refitPerYearUsd, refitUsd + gpuCapexUsd), gpuCount: rent.gpuCount, criticalItMw },
  };
}

/** Inputs for {@link yearAveragePriceRatios}. */
export interface YearAveragePriceInput {
  /** Price volatility σ, % per year (0–300). */
  volatilityPctPerYear: number;
  /** Expected return μ, % per year (−200 to 200, default 0: no view on direction). */
  driftPctPerYear?: number;
  /** Simulated paths (integer 1–100,000). */
  pathCount: number;
  /** Seed of the price paths; same seed, same answer. */
  seed: number;
  /** Percentiles to report, ascending, each in [0, 100] (default 5, 50, 95). */
  percentiles?: readonly number[];
}

/**
 * Percentiles, across seeded GBM price paths, of the average price over the
 * next year relative to today: `A = (1/12) Σₘ P(m) / P(0)` at the 12 month
 * ends (paths from `simulateGbmPaths`, monthly steps). A mine's revenue over
 * the year scales with `A` when difficulty and fees stay where they are, so
 * `revenue × A` gives its range. At σ = 0 and μ = 0 every percentile is 1.
 */
export function yearAveragePriceRatios(input: YearAveragePriceInput): number[] {
  const percentiles = checkPercentiles(input.percentiles ?? [5, 50, 95]);
  const pathCount = integer('pathCount', input.pathCount, 1, 100_000);
  const months = 12;
  const paths = simulateGbmPaths({
    startPriceUsd: 1,
    driftPctPerYear: input.driftPctPerYear ?? 0,
    volatilityPctPerYear: input.volatilityPctPerYear,
    days: 365,
    stepDays: 365 / months,
    pathCount,
    seed: input.seed,
  });
  const averages = new Float64Array(pathCount);
  for (let row = 1; row <= months; row++) {
    for (let path = 0; path < pathCount; path++) averages[path] = averages[path]! + paths[row * pathCount + path]! / months;
  }
  // One row, read once per volatility: sorting its 2,000 values takes 0.07 ms (Node, unthrottled),
  // where the bucketed select of ./quantile.ts, built for fans of hundreds of rows, would cost every
  // page with this widget 0.9 KB gzip.
  averages.sort();
  return percentiles.map((p) => percentileOfSorted(averages, p));
}

/**
 * A year's profit when revenue is scaled by a price ratio and costs are not:
 * `revenue × ratio − power − other − amortization`. Feed it the ratios of
 * {@link yearAveragePriceRatios} to get a mine's profit range.
 */
export function profitAtPriceRatio(year: SiteYear, ratio: number): number {
  const scaled = year.revenueUsd * nonNegative('ratio', ratio);
  return scaled - year.powerCostUsd - year.otherCostUsd - year.capexAmortizationUsd;
}

/**
 * Months a converted site starts earning before a new build would:
 * `max(0, gridWaitMonths − conversionMonths)`.
 */
export function monthsSavedByConversion(gridWaitMonths: number, conversionMonths: number): number {
  return Math.max(0, nonNegative('gridWaitMonths', gridWaitMonths) - nonNegative('conversionMonths', conversionMonths));
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

export const monthsSavedFormula: Formula = {
  words: 'A mine that already has its grid connection starts earning after its refit; a new site waits for the grid. The head start is the difference, never below zero.',
  symbols: 'Δ = max(0, grid wait − refit)',
  fn: 'monthsSavedByConversion',
};

export const earlierEnergizationFormula: Formula = {
  words: 'Each month a site runs sooner is another month of net revenue.',
  symbols: 'V = months / 12 × annual net revenue',
  fn: 'valueOfEarlierEnergizationUsd',
};

export const siteThreeWaysFormula: Formula = {
  words: 'The same megawatts earn hashprice as a mine, a fixed rent per kilowatt as a host, or hourly GPU rent; each pays its own power, overheads and what it had to buy.',
  symbols: 'π = revenue − power − other − (refit or GPUs) / life',
  fn: 'siteThreeWays',
};

export const yearAveragePriceFormula: Formula = {
  words: 'Simulate a year of Bitcoin prices many times; a mine earns the year’s average price, so its profit range follows that average’s range.',
  symbols: 'A = (1/12) Σₘ P(m)/P(0);  π(A) = R × A − C',
  fn: 'yearAveragePriceRatios',
};
