/**
 * The miner's dilemma after the halving: one powered site, three choices, three
 * years of Bitcoin price paths.
 *
 * - **hold**: mine, pay the power bill in cash, keep every coin; the value is
 *   the cash spent plus the coins marked to market at that day's price.
 * - **sell**: mine and sell each day's coins at that day's price.
 * - **host**: lease the site's IT power to an AI tenant at a fixed rate per
 *   kW-month; no Bitcoin exposure at all.
 *
 * Power bookkeeping, as in siteThreeWays: `siteMw` is grid power. As a mine it
 * feeds ASICs at `miningPue`; as an AI site the tenant's IT load is
 * `siteMw / aiPue`, and the rent is paid on that.
 *
 * Prices follow the same seeded daily GBM as `simulateGbmPaths` (risk.ts): the
 * normals come from `createNormalFiller(seed)` row by row, path by path, so
 * `finalPricesUsd` equals the last row of `simulateGbmPaths` with the same seed.
 * Paths are walked day by day in O(pathCount) memory and recorded at month ends.
 *
 * Mining on day d (1-based, price `P(d)` at the end of the day):
 * `hashrate(PH/s) = siteMw / miningPue × 1000 / e`; network `N(d) = N₀ × (1 + g)^(d/365)`;
 * `BTC(d) = hashrate × 144 × (S + F) / (N(d) × 1000)`; power `= siteMw × 24 × 1000 × c`.
 * The miners switch off on a day when its coins are worth less than its power
 * (a miner curtails rather than mine at a loss). Machines are owned already,
 * so no ASIC capex; the site draws the same grid megawatts for all three.
 */
import type { Formula } from './formula';
import { createRowPercentiles } from './quantile';
import { createNormalFiller } from './random';
import { inRange, integer, nonNegative, positive, rangeError } from './validate';

export const DILEMMA_STRATEGIES = ['hold', 'sell', 'host'] as const;
export type DilemmaStrategy = (typeof DILEMMA_STRATEGIES)[number];

const DAYS_PER_YEAR = 365;
const BLOCKS_PER_DAY = 144;
/** The fan's percentiles, as DilemmaBandRow names them. */
const PERCENTILES = [5, 25, 50, 75, 95];

/** Inputs for {@link simulateMinersDilemma}. */
export interface MinersDilemmaInput {
  /** Grid power of the site, MW (0 < x ≤ 10,000). */
  siteMw: number;
  /** A mine's grid ÷ ASIC power (1–5). */
  miningPue: number;
  /** An AI site's grid ÷ IT power (1–5): the tenant's IT load is `siteMw / aiPue`. */
  aiPue: number;
  /** Horizon, whole years (1–10); the chart records one row per month. */
  years: number;
  /** Bitcoin price at the start, USD (0 < p ≤ 10^9). */
  startPriceUsd: number;
  /** Expected price return μ, % per year (−100 to 100). */
  driftPctPerYear: number;
  /** Price volatility σ, % per year (0–300). */
  volatilityPctPerYear: number;
  /** Network hashrate at the start, EH/s (> 0). */
  networkHashrateEhs: number;
  /** Growth of network hashrate, % per year, compounding daily (−90 to 500). */
  hashrateGrowthPctPerYear: number;
  /** Block subsidy, BTC per block (≥ 0). */
  blockSubsidyBtc: number;
  /** Average fees, BTC per block (≥ 0). */
  feesBtcPerBlock: number;
  /** Fleet efficiency, J/TH (> 0). */
  efficiencyJPerTh: number;
  /** Electricity price, USD per kWh (≥ 0). */
  powerPriceUsdPerKwh: number;
  /** Hosting rent, USD per kW of IT load per month (≥ 0). */
  hostingUsdPerKwMonth: number;
  /** True when the host pays the tenant's electricity out of the rent; false when the tenant pays it. */
  hostPaysPower: boolean;
  /** One-off fit-out cost the host pays at the start to make the site AI-ready, USD per MW of IT load (≥ 0). */
  fitOutUsdPerMw: number;
  /** Simulated price paths (integer 1–100,000). */
  pathCount: number;
  /** Seed for the price paths: same seed, same result. */
  seed: number;
}

/** One month of a fan chart, USD. */
export interface DilemmaBandRow {
  month: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** The simulation: per-strategy fans by month and each path's final value. */
export interface MinersDilemma {
  /** Day index of each recorded month end (row 0 is day 0). */
  recordDays: number[];
  bands: Record<DilemmaStrategy, DilemmaBandRow[]>;
  /** Value of each strategy at the horizon, one entry per path (same path order for all three). */
  finalUsd: Record<DilemmaStrategy, Float64Array>;
  /** Bitcoin price at the horizon, per path. */
  finalPricesUsd: Float64Array;
  /** BTC mined (and kept) by the hold strategy by the horizon, per path. */
  finalBtcHeld: Float64Array;
  /** Site hashrate, PH/s. */
  siteHashratePhs: number;
  /** Mining power bill for a full day, USD. */
  powerCostUsdPerDay: number;
  /** Hosting rent for a full month, USD. */
  hostingUsdPerMonth: number;
}

interface Plan {
  siteMw: number;
  days: number;
  months: number;
  pathCount: number;
  startPriceUsd: number;
  driftPerDay: number;
  volPerDay: number;
  /** BTC the site mines on day 0 before network growth: hashrate × 144 × (S + F) / N₀. */
  btcPerDayAtStart: number;
  /** Daily factor on the network hashrate: (1 + g)^(1/365). */
  networkGrowthPerDay: number;
  powerCostUsdPerDay: number;
  hostingUsdPerMonth: number;
  hostPowerUsdPerDay: number;
  fitOutUsd: number;
  siteHashratePhs: number;
  seed: number;
}

function plan(input: MinersDilemmaInput): Plan {
  const siteMw = inRange('siteMw', input.siteMw, { min: 0, max: 10_000, minExclusive: true });
  const years = integer('years', input.years, 1, 10);
  const startPriceUsd = inRange('startPriceUsd', input.startPriceUsd, { min: 0, max: 1e9, minExclusive: true });
  const mu = inRange('driftPctPerYear', input.driftPctPerYear, { min: -100, max: 100 }) / 100;
  const sigma = inRange('volatilityPctPerYear', input.volatilityPctPerYear, { min: 0, max: 300 }) / 100;
  const networkEhs = positive('networkHashrateEhs', input.networkHashrateEhs);
  const growth = inRange('hashrateGrowthPctPerYear', input.hashrateGrowthPctPerYear, { min: -90, max: 500 }) / 100;
  const rewardBtc = nonNegative('blockSubsidyBtc', input.blockSubsidyBtc) + nonNegative('feesBtcPerBlock', input.feesBtcPerBlock);
  const asicMw = siteMw / inRange('miningPue', input.miningPue, { min: 1, max: 5 });
  const itMw = siteMw / inRange('aiPue', input.aiPue, { min: 1, max: 5 });
  const siteHashratePhs = (asicMw * 1000) / positive('efficiencyJPerTh', input.efficiencyJPerTh);
  const powerPrice = nonNegative('powerPriceUsdPerKwh', input.powerPriceUsdPerKwh);
  const hostingRate = nonNegative('hostingUsdPerKwMonth', input.hostingUsdPerKwMonth);
  if (typeof input.hostPaysPower !== 'boolean') throw new RangeError(`hostPaysPower must be true or false, got ${String(input.hostPaysPower)}`);
  const fitOutUsd = nonNegative('fitOutUsdPerMw', input.fitOutUsdPerMw) * itMw;
  const pathCount = integer('pathCount', input.pathCount, 1, 100_000);
  integer('seed', input.seed, Number.MIN_SAFE_INTEGER);
  const stepYears = 1 / DAYS_PER_YEAR;
  const powerCostUsdPerDay = siteMw * 24 * 1000 * powerPrice;
  return {
    siteMw,
    days: years * DAYS_PER_YEAR,
    months: years * 12,
    pathCount,
    startPriceUsd,
    // Same arithmetic as risk.ts planGbm, so the prices match simulateGbmPaths to the last bit.
    driftPerDay: (mu - (sigma * sigma) / 2) * stepYears,
    volPerDay: sigma * Math.sqrt(stepYears),
    btcPerDayAtStart: (siteHashratePhs * BLOCKS_PER_DAY * rewardBtc) / (networkEhs * 1000),
    networkGrowthPerDay: (1 + growth) ** stepYears,
    powerCostUsdPerDay,
    hostingUsdPerMonth: itMw * 1000 * hostingRate,
    hostPowerUsdPerDay: input.hostPaysPower ? powerCostUsdPerDay : 0,
    fitOutUsd,
    siteHashratePhs,
    seed: input.seed,
  };
}

/** Day index of the end of month m: `round(m × days / months)`; month 0 is day 0. */
export function monthEndDays(years: number): number[] {
  const months = integer('years', years, 1, 10) * 12;
  return Array.from({ length: months + 1 }, (_, m) => Math.round((m * years * DAYS_PER_YEAR) / months));
}

/**
 * The simulation as a sequence of small steps, so a page can spread it over several tasks and keep
 * answering input (src/lib/widget/slices.ts): each `step()` walks every path one day, or, once the
 * days are done, takes one month's percentiles of one choice. Same input, same numbers as
 * {@link simulateMinersDilemma}, however the steps are spread.
 */
export interface MinersDilemmaRun {
  /** Does the next step; true once the whole simulation is done. */
  step(): boolean;
  /** The finished simulation; throws when `step()` has not yet returned true. */
  result(): MinersDilemma;
}

/**
 * Starts the Monte Carlo of {@link simulateMinersDilemma} without running it. Checks the input at
 * once (RangeError, as simulateMinersDilemma does); a value that overflows to a non-finite number
 * along the way throws from `step()`.
 */
export function startMinersDilemma(input: MinersDilemmaInput): MinersDilemmaRun {
  const p = plan(input);
  const n = p.pathCount;
  const recordDays = monthEndDays(p.days / DAYS_PER_YEAR);
  const rowCount = recordDays.length;
  const matrices: Record<DilemmaStrategy, Float64Array> = {
    hold: new Float64Array(rowCount * n),
    sell: new Float64Array(rowCount * n),
    host: new Float64Array(rowCount * n).fill(-p.fitOutUsd, 0, n),
  };
  const { hold, sell, host } = matrices;
  const prices = new Float64Array(n).fill(p.startPriceUsd);
  const cashHold = new Float64Array(n);
  const btcHeld = new Float64Array(n);
  const cashSell = new Float64Array(n);
  const normals = new Float64Array(n);
  const fillNormals = createNormalFiller(p.seed);
  const { driftPerDay, volPerDay, powerCostUsdPerDay: power, networkGrowthPerDay } = p;
  let btcPerDay = p.btcPerDayAtStart;
  let day = 0;
  let row = 1;

  function walkDay(): void {
    day++;
    fillNormals(normals);
    btcPerDay /= networkGrowthPerDay;
    for (let path = 0; path < n; path++) {
      const price = prices[path]! * Math.exp(driftPerDay + volPerDay * normals[path]!);
      prices[path] = price;
      const revenue = btcPerDay * price;
      if (revenue > power) {
        cashSell[path] = cashSell[path]! + revenue - power;
        cashHold[path] = cashHold[path]! - power;
        btcHeld[path] = btcHeld[path]! + btcPerDay;
      }
    }
    if (day === recordDays[row]) {
      const base = row * n;
      const hostValue = row * p.hostingUsdPerMonth - p.fitOutUsd - day * p.hostPowerUsdPerDay;
      for (let path = 0; path < n; path++) {
        hold[base + path] = cashHold[path]! + btcHeld[path]! * prices[path]!;
        sell[base + path] = cashSell[path]!;
        host[base + path] = hostValue;
      }
      row++;
    }
  }

  // Percentiles across paths, one month of one choice per step, checked as percentileBands (risk.ts) checks them.
  const bands: Record<DilemmaStrategy, DilemmaBandRow[]> = { hold: [], sell: [], host: [] };
  const rowPercentiles = createRowPercentiles(n, PERCENTILES);
  const out = new Float64Array(PERCENTILES.length);
  let banded = 0;

  function bandRow(): void {
    const strategy = DILEMMA_STRATEGIES[Math.floor(banded / rowCount)]!;
    const month = banded % rowCount;
    const values = matrices[strategy].subarray(month * n, (month + 1) * n);
    for (let path = 0; path < n; path++) {
      if (!Number.isFinite(values[path]!)) throw rangeError(`matrix[${month * n + path}]`, 'a finite number', values[path]);
    }
    rowPercentiles(values, out);
    bands[strategy].push({ month, p5: out[0]!, p25: out[1]!, p50: out[2]!, p75: out[3]!, p95: out[4]! });
    banded++;
  }

  const done = () => banded === DILEMMA_STRATEGIES.length * rowCount;
  const last = (m: Float64Array) => m.slice((rowCount - 1) * n);
  return {
    step() {
      if (day < p.days) walkDay();
      else if (!done()) bandRow();
      return done();
    },
    result() {
      if (!done()) throw new Error('The simulation has not finished: call step() until it returns true.');
      return {
        recordDays,
        bands,
        finalUsd: { hold: last(hold), sell: last(sell), host: last(host) },
        finalPricesUsd: prices,
        finalBtcHeld: btcHeld,
        siteHashratePhs: p.siteHashratePhs,
        powerCostUsdPerDay: p.powerCostUsdPerDay,
        hostingUsdPerMonth: p.hostingUsdPerMonth,
      };
    },
  };
}

/**
 * Monte Carlo of the three choices for one site. Values are cumulative USD from
 * the start: `sell = Σ max(0, BTC(d)·P(d) − power)`, `hold = −Σ power on
 * mining days + BTC held × P(d)`, `host = months × rent − fit-out − host-paid
 * power`. Recorded at each month end (see {@link monthEndDays}); hosting rent is
 * booked at month ends, so after `years × 12` months it is exactly
 * `years × 12 × rent`. 2,000 paths × 1,095 days run in a few tens of ms; in a
 * page, {@link startMinersDilemma} runs them in steps.
 */
export function simulateMinersDilemma(input: MinersDilemmaInput): MinersDilemma {
  const run = startMinersDilemma(input);
  while (!run.step());
  return run.result();
}

/**
 * Share of paths (0–1) in which strategy `a` ends strictly above strategy `b`.
 * Both arrays must hold the same paths in the same order.
 */
export function shareAhead(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 || a.length !== b.length) {
    throw new RangeError(`shareAhead needs two non-empty arrays of equal length, got ${a.length} and ${b.length}`);
  }
  let ahead = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > b[i]!) ahead++;
  return ahead / a.length;
}

export const minersDilemmaFormula: Formula = {
  words:
    'Each day the site mines its share of the 144 blocks at that day’s price and pays for its power, or switches off when the coins are worth less; hosting earns a fixed rent per kilowatt of IT load each month, on the share of the grid power that reaches the tenant’s computers.',
  symbols: 'BTC(d) = (MW/k_mine·1000/e) × 144 × (S + F) / (N₀(1+g)^(d/365) × 1000);  host(m) = m × rent × (MW/k_AI)·1000 − fit-out',
  fn: 'simulateMinersDilemma',
};

/**
 * The price paths all three strategies run on: geometric Brownian motion stepped a day at a time
 * here, in simulateMinersDilemma (the rule of risk.ts's simulateGbmPaths, on this run's own draws).
 */
export const minersDilemmaPriceFormula: Formula = {
  words: 'Each day the price is multiplied by a random factor whose log is normal: average growth μ, spread σ per √year. All three strategies are run on the same price paths.',
  symbols: 'S(d+1) = S(d) · exp((μ − σ²/2)/365 + σ/√365 · Z),  Z ~ N(0, 1)',
  fn: 'simulateMinersDilemma',
};
