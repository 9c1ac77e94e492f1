/**
 * The functions a computed fact may name in `"derive": { "fn": … }` (content/facts/*.json): a
 * short whitelist of the economics core, so a figure in the prose is worked out by the same code
 * as the widgets and cannot drift from them. Most entries are the core function itself; a few
 * adapt one (a day instead of a year, a year instead of a date) and say which core function they
 * call. Only `ratio` is plain arithmetic, for comparing two facts that the core computes.
 */
import { approxEpochStartDateIso, halvingHeight, hashpriceUsdPerPhDay, hashrateFromDifficulty, totalSupplySats, SATS_PER_BTC, TARGET_BLOCK_SECONDS } from '@core/bitcoin';
import { beautyContestTarget, cognitiveHierarchyLevels, cognitiveHierarchyMean, levelKGuess } from '@core/beauty';
import { dealRateUsdPerMwYear, type MwBasis } from '@core/deals';
import { energyRatio, shareOfGeneration } from '@core/energy';
import { fallFromPeakShare, gpuYear } from '@core/gpuRent';
import { gpuRentalEconomics } from '@core/leasing';
import { breakevenPowerPriceUsdPerKwh, minerDay } from '@core/mining';
import { contractHostingUsdPerKwMonth, contractRevenueUsdPerMwYear } from '@core/hosting';
import { siteHostingYear } from '@core/aiSite';
import { siteMiningYear } from '@core/power';
import { gbmPricePercentile, gbmPriceQuantileUsd } from '@core/gbmDistribution';
import { simulateGbmBands } from '@core/risk';
import { monthsSavedByConversion, valueOfEarlierEnergizationUsd } from '@core/siteChoice';

export type FactArgs = Readonly<Record<string, number | string>>;
export type FactResult = number | string | Readonly<Record<string, number>>;

export interface FactFunction {
  /** The core function(s) it calls, as the fact's popover names them; null for plain arithmetic. */
  core: string | null;
  /** What it computes, in a few words. */
  about: string;
  /** Arguments it needs. */
  args: readonly string[];
  /** Arguments it may be given; the core's default applies when left out. */
  optional?: readonly string[];
  /** Names `pick` may choose when the result is an object. */
  outputs?: readonly string[];
  run: (args: FactArgs) => FactResult;
}

/** The arguments as the core's input object; the core checks each one and names a bad one. */
const input = <T>(args: FactArgs) => args as unknown as T;
const n = (args: FactArgs, key: string) => args[key] as number;
const DAYS_PER_YEAR = 365;

const siteMining = {
  args: ['siteMw', 'pue', 'efficiencyJPerTh', 'hashpriceUsdPerPhDay', 'powerPriceUsdPerKwh', 'uptimePct'],
  optional: ['poolFeePct'],
  outputs: ['revenueUsd', 'powerCostUsd', 'netRevenueUsd', 'hashratePhs'],
} as const;

const contract = { args: ['contractValueUsd', 'termYears', 'criticalItMw'] } as const;

const DAY_MS = 86_400_000;
/**
 * Years from one date (YYYY-MM-DD) to another, counted as the miner's dilemma counts them for its
 * "what happened" layer: days ÷ 365.
 */
function yearsBetween(args: FactArgs): number {
  const at = (key: string) => {
    const text = String(args[key]);
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
    if (Number.isNaN(ms)) throw new RangeError(`${key} must be a date written YYYY-MM-DD, got ${text}`);
    return ms;
  };
  return (at('toDate') - at('fromDate')) / DAY_MS / DAYS_PER_YEAR;
}

const gbmPoint = (a: FactArgs) => ({
  startPriceUsd: n(a, 'startPriceUsd'),
  driftPctPerYear: n(a, 'driftPctPerYear'),
  volatilityPctPerYear: n(a, 'volatilityPctPerYear'),
  years: yearsBetween(a),
});
const gbmArgs = ['startPriceUsd', 'driftPctPerYear', 'volatilityPctPerYear', 'fromDate', 'toDate'] as const;

export const factFunctions: Readonly<Record<string, FactFunction>> = {
  minerDay: {
    core: 'minerDay',
    about: 'one mining machine for one day: revenue, power cost and profit, USD',
    args: ['hashrateThs', 'powerW', 'powerPriceUsdPerKwh', 'hashpriceUsdPerPhDay'],
    optional: ['poolFeePct'],
    outputs: ['revenueUsd', 'powerCostUsd', 'profitUsd'],
    run: (a) => ({ ...minerDay(input(a)) }),
  },
  breakevenPowerPriceUsdPerKwh: {
    core: 'breakevenPowerPriceUsdPerKwh',
    about: 'the power price at which a machine just pays its electricity, USD per kWh',
    args: ['efficiencyJPerTh', 'hashpriceUsdPerPhDay'],
    optional: ['poolFeePct'],
    run: (a) => breakevenPowerPriceUsdPerKwh(input(a)),
  },
  hashpriceUsdPerPhDay: {
    core: 'hashpriceUsdPerPhDay',
    about: 'hashprice from price, network hashrate, subsidy and fees, USD per PH/s per day',
    args: ['btcPriceUsd', 'networkHashrateEhs', 'blockSubsidyBtc', 'feesBtcPerBlock'],
    run: (a) => hashpriceUsdPerPhDay(input(a)),
  },
  priceRiseToOffsetHalving: {
    core: 'hashpriceUsdPerPhDay',
    about: 'how much the bitcoin price must rise for hashprice after a halving to equal hashprice before it, as a fraction',
    args: ['subsidyBeforeBtc', 'subsidyAfterBtc', 'feesBtcPerBlock'],
    run: (a) => {
      const at = (blockSubsidyBtc: number) => hashpriceUsdPerPhDay({ btcPriceUsd: 1, networkHashrateEhs: 1, blockSubsidyBtc, feesBtcPerBlock: n(a, 'feesBtcPerBlock') });
      return at(n(a, 'subsidyBeforeBtc')) / at(n(a, 'subsidyAfterBtc')) - 1;
    },
  },
  siteMiningYear: {
    core: 'siteMiningYear',
    about: 'a mining site for a year: revenue, power cost and hashrate',
    ...siteMining,
    run: (a) => {
      const y = siteMiningYear(input(a));
      return { revenueUsd: y.revenueUsd, powerCostUsd: y.powerCostUsd, netRevenueUsd: y.netRevenueUsd, hashratePhs: y.hashrateEhs * 1000 };
    },
  },
  siteMiningDay: {
    core: 'siteMiningYear',
    about: 'a mining site for an average day: a year of siteMiningYear divided by 365',
    ...siteMining,
    run: (a) => {
      const y = siteMiningYear(input(a));
      const day = (usd: number) => usd / DAYS_PER_YEAR;
      return { revenueUsd: day(y.revenueUsd), powerCostUsd: day(y.powerCostUsd), netRevenueUsd: day(y.netRevenueUsd), hashratePhs: y.hashrateEhs * 1000 };
    },
  },
  hostingRentPerGridMwYear: {
    core: 'siteHostingYear',
    about: 'hosting rent per MW drawn from the grid, from a rent per MW of critical IT and the site’s grid and IT megawatts',
    args: ['rentUsdPerItMwYear', 'gridMw', 'criticalItMw'],
    run: (a) => {
      const siteMw = n(a, 'gridMw');
      const year = siteHostingYear({ siteMw, pue: siteMw / n(a, 'criticalItMw'), hostingUsdPerKwMonth: n(a, 'rentUsdPerItMwYear') / 1000 / 12, powerPaidBy: 'tenant', powerPriceUsdPerKwh: 0 });
      return year.revenueUsd / siteMw;
    },
  },
  contractRevenueUsdPerMwYear: {
    core: 'contractRevenueUsdPerMwYear',
    about: 'a hosting contract’s revenue per MW of critical IT per year',
    ...contract,
    run: (a) => contractRevenueUsdPerMwYear(input(a)),
  },
  contractHostingUsdPerKwMonth: {
    core: 'contractHostingUsdPerKwMonth',
    about: 'a hosting contract as a rent per kW of critical IT per month',
    ...contract,
    run: (a) => contractHostingUsdPerKwMonth(input(a)),
  },
  contractRevenueUsdPerMw: {
    core: 'contractRevenueUsdPerMwYear',
    about: 'a hosting contract’s revenue per MW of critical IT over a number of years',
    args: [...contract.args, 'years'],
    run: (a) => contractRevenueUsdPerMwYear(input(a)) * n(a, 'years'),
  },
  dealRateUsdPerMwYear: {
    core: 'dealRateUsdPerMwYear',
    about: 'what a miner–AI deal pays per MW a year, as the deals board works it out: per MW of IT load where one is stated, else per MW as reported',
    args: ['contractValueUsd', 'termYears', 'statedMw', 'statedMwBasis'],
    optional: ['itMw'],
    run: (a) =>
      dealRateUsdPerMwYear({
        contractValueUsd: n(a, 'contractValueUsd'),
        termYears: n(a, 'termYears'),
        statedMw: n(a, 'statedMw'),
        statedMwBasis: a.statedMwBasis as MwBasis,
        itMw: a.itMw === undefined ? null : n(a, 'itMw'),
      }).usdPerMwYear,
  },
  hostingHeadStartUsd: {
    core: 'monthsSavedByConversion, siteHostingYear, valueOfEarlierEnergizationUsd',
    about: 'the rent a converted mine earns while a new data centre still waits for the grid (as the race-to-power widget works it out)',
    args: ['gridWaitYears', 'conversionMonths', 'criticalItMw', 'hostingUsdPerKwMonth'],
    run: (a) => {
      const monthsSaved = monthsSavedByConversion(n(a, 'gridWaitYears') * 12, n(a, 'conversionMonths'));
      const rent = siteHostingYear({ siteMw: n(a, 'criticalItMw'), pue: 1, hostingUsdPerKwMonth: n(a, 'hostingUsdPerKwMonth'), powerPaidBy: 'tenant', powerPriceUsdPerKwh: 0 });
      return valueOfEarlierEnergizationUsd({ monthsSaved, annualNetRevenueUsd: rent.revenueUsd });
    },
  },
  impliedRentUsdPerGpuHour: {
    core: 'gpuYear',
    about: 'the hourly rent that a year of revenue implies when every GPU is rented all year',
    args: ['annualRevenueUsd', 'gpuCount'],
    run: (a) => {
      const perDollarHour = gpuYear({ rentUsdPerGpuHour: 1, utilizationPct: 100, powerDrawW: 0, pue: 1, powerPriceUsdPerKwh: 0, otherOpexUsdPerGpuYear: 0 }).revenueUsd;
      return n(a, 'annualRevenueUsd') / n(a, 'gpuCount') / perDollarHour;
    },
  },
  gpuRental: {
    core: 'gpuRentalEconomics',
    about: 'one GPU rented out over its life, as the lease calculator works it out: its internal rate of return (a fraction a year), its cash over the life (USD) and its payback (years)',
    args: ['capexUsdPerGpu', 'rentUsdPerGpuHour', 'rentDeclinePctPerYear', 'utilizationPct', 'powerDrawW', 'pue', 'powerPriceUsdPerKwh', 'otherOpexUsdPerGpuYear', 'lifeYears'],
    outputs: ['irr', 'totalProfitUsd', 'paybackYears'],
    run: (a) => {
      const r = gpuRentalEconomics(input(a));
      // No IRR or no payback comes back as NaN, which the build reports for the fact that picks it.
      return { irr: r.irr ?? NaN, totalProfitUsd: r.totalProfitUsd, paybackYears: r.paybackYears ?? NaN };
    },
  },
  gpuYear: {
    core: 'gpuYear',
    about: 'one GPU for one year: revenue, power cost and net cash, USD',
    args: ['rentUsdPerGpuHour', 'utilizationPct', 'powerDrawW', 'pue', 'powerPriceUsdPerKwh', 'otherOpexUsdPerGpuYear'],
    outputs: ['revenueUsd', 'powerCostUsd', 'otherOpexUsd', 'netCashUsd'],
    run: (a) => ({ ...gpuYear(input(a)) }),
  },
  fallFromPeakShare: {
    core: 'fallFromPeakShare',
    about: 'how far a price has fallen below an earlier one (a peak, or where a period began), as a fraction of the earlier price',
    args: ['peakUsd', 'nowUsd'],
    run: (a) => fallFromPeakShare(n(a, 'peakUsd'), n(a, 'nowUsd')),
  },
  energyRatio: {
    core: 'energyRatio',
    about: 'how many times one amount of energy fits in another',
    args: ['numerator', 'denominator'],
    run: (a) => energyRatio(n(a, 'numerator'), n(a, 'denominator')),
  },
  shareOfGeneration: {
    core: 'shareOfGeneration',
    about: 'the share of a country’s generation another load would take, as a fraction',
    args: ['loadTwh', 'generationTwh'],
    run: (a) => shareOfGeneration(n(a, 'loadTwh'), n(a, 'generationTwh')),
  },
  hashrateEhsFromDifficulty: {
    core: 'hashrateFromDifficulty',
    about: 'the network hashrate a difficulty implies, in EH/s, from the difficulty in trillions (T)',
    args: ['difficultyT'],
    run: (a) => hashrateFromDifficulty(n(a, 'difficultyT') * 1e12) / 1e18,
  },
  blocksToHours: {
    core: 'TARGET_BLOCK_SECONDS',
    about: 'how long a run of blocks takes at the target of ten minutes a block, in hours',
    args: ['blocks'],
    run: (a) => (n(a, 'blocks') * TARGET_BLOCK_SECONDS) / 3600,
  },
  totalSupplyBtc: {
    core: 'totalSupplySats',
    about: 'every bitcoin the subsidy will ever create',
    args: [],
    run: () => totalSupplySats() / SATS_PER_BTC,
  },
  halvingHeight: {
    core: 'halvingHeight',
    about: 'the first block of a subsidy era',
    args: ['epoch'],
    run: (a) => halvingHeight(n(a, 'epoch')),
  },
  approxEpochStartYear: {
    core: 'approxEpochStartDateIso',
    about: 'the year a subsidy era starts, at ten minutes a block after April 2024',
    args: ['epoch'],
    run: (a) => approxEpochStartDateIso(n(a, 'epoch')).dateIso.slice(0, 4),
  },
  levelKGuess: {
    core: 'levelKGuess',
    about: 'the guess of a player who thinks k steps ahead in the beauty contest',
    args: ['level', 'p'],
    optional: ['level0Mean'],
    run: (a) => levelKGuess(n(a, 'level'), n(a, 'p'), a.level0Mean === undefined ? undefined : n(a, 'level0Mean')),
  },
  beautyContestTarget: {
    core: 'beautyContestTarget',
    about: 'the winning number of a beauty contest whose guesses average meanGuess',
    args: ['meanGuess', 'p'],
    run: (a) => beautyContestTarget([n(a, 'meanGuess')], n(a, 'p')),
  },
  cognitiveHierarchyMean: {
    core: 'cognitiveHierarchyMean',
    about: 'the average guess under the Poisson cognitive hierarchy',
    args: ['tau', 'p'],
    run: (a) => cognitiveHierarchyMean(n(a, 'tau'), n(a, 'p')),
  },
  cognitiveHierarchyShare: {
    core: 'cognitiveHierarchyLevels',
    about: 'the share of players at one thinking level under the Poisson cognitive hierarchy',
    args: ['tau', 'p', 'level'],
    run: (a) => {
      const level = cognitiveHierarchyLevels(n(a, 'tau'), n(a, 'p'))[n(a, 'level')];
      if (!level) throw new RangeError(`level must be a whole number from 0 to 20, got ${a.level}`);
      return level.frequency;
    },
  },
  gbmMedianPriceRatio: {
    core: 'simulateGbmBands',
    about: 'the median simulated price after some years, as a multiple of the starting price (one step, 400,001 paths, so sampling noise stays under 0.5%)',
    args: ['driftPctPerYear', 'volatilityPctPerYear', 'years'],
    run: (a) => {
      const days = Math.round(n(a, 'years') * DAYS_PER_YEAR);
      const bands = simulateGbmBands({ startPriceUsd: 1, driftPctPerYear: n(a, 'driftPctPerYear'), volatilityPctPerYear: n(a, 'volatilityPctPerYear'), days, stepDays: days, pathCount: 400_001, seed: 1 });
      return bands[bands.length - 1]!.p50;
    },
  },
  gbmPricePercentile: {
    core: 'gbmPricePercentile',
    about: 'where a price lands in the spread of the miner’s dilemma price model (exact, not simulated): the percentage of paths below it, 0 to 100, years counted from fromDate to toDate as days ÷ 365',
    args: [...gbmArgs, 'priceUsd'],
    run: (a) => gbmPricePercentile({ ...gbmPoint(a), priceUsd: n(a, 'priceUsd') }),
  },
  gbmPriceQuantileUsd: {
    core: 'gbmPriceQuantileUsd',
    about: 'the price below which a given percentage of the price model’s paths lie on a date (exact, not simulated), USD',
    args: [...gbmArgs, 'percentile'],
    run: (a) => gbmPriceQuantileUsd({ ...gbmPoint(a), percentile: n(a, 'percentile') }),
  },
  ratio: {
    core: null,
    about: 'one figure divided by another (plain arithmetic, for comparing two computed facts)',
    args: ['numerator', 'denominator'],
    run: (a) => n(a, 'numerator') / n(a, 'denominator'),
  },
};
