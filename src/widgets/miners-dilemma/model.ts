/**
 * The miner's dilemma view model: slider values in; fans, the figures the readouts show, sentence
 * and table out (./readouts.ts words the figures). Every number comes from the core's
 * simulateMinersDilemma and shareAhead.
 */
import { AI_SITE_OVERHEAD, MINING_SITE_OVERHEAD } from '@core/assumptions';
import {
  DILEMMA_STRATEGIES,
  shareAhead,
  simulateMinersDilemma,
  startMinersDilemma,
  type DilemmaBandRow,
  type DilemmaStrategy,
  type MinersDilemma,
  type MinersDilemmaInput,
} from '@core/dilemma';
import { usdPerKwMonthFromUsdPerMwYear } from '@core/hosting';
import { createRowPercentiles } from '@core/quantile';
import { num, ordinal, pct, usd, usdMillions } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { runInSlices } from '@lib/widget/slices';
import type { schema } from './meta';
import { happened, type Happened } from './happened';
import { text } from './i18n';

export type DilemmaValues = Values<typeof schema>;

/** Fixed inputs: the Hashrate Index snapshot of 2024-12-23 and the post-2024 subsidy. */
export const FIXED = {
  /** One MW drawn from the grid; the shared assumptions split it into ASIC or IT load. */
  siteMw: 1,
  miningPue: MINING_SITE_OVERHEAD.value,
  aiPue: AI_SITE_OVERHEAD.value,
  years: 3,
  pathCount: 2000,
  /** 30-day average hashrate, EH/s (HRI, 2024-12-23). */
  networkHashrateEhs: 771,
  /** Average fees per block, BTC (HRI, week to 2024-12-23). */
  feesBtcPerBlock: 0.0931,
  /** Block subsidy after the fourth halving, BTC. */
  blockSubsidyBtc: 3.125,
} as const;

export const STRATEGY_LABELS: Record<DilemmaStrategy, string> = text.strategies;
export const STRATEGY_COLORS: Record<DilemmaStrategy, string> = {
  hold: 'var(--accent)',
  sell: 'var(--fg-muted)',
  host: 'var(--accent-3)',
};

export interface StrategyView {
  id: DilemmaStrategy;
  label: string;
  color: string;
  rows: DilemmaBandRow[];
  /** Month 36: the band the legend and the readouts quote. */
  final: DilemmaBandRow;
}

export interface DilemmaView {
  error: string | null;
  strategies: StrategyView[];
  yDomain: [number, number];
  shares: { holdBeatsHost: number; holdBeatsSell: number; sellBeatsHost: number };
  /** The megawatt as simulated (NaN when the settings cannot be simulated). */
  site: { hashratePhs: number; powerUsdPerDay: number; hostingUsdPerKwMonth: number; rentUsdPerMonth: number };
  /** Median Bitcoin price after three years across the paths, USD. */
  medianPriceUsd: number;
  /** The real closes against the model's price spread, when the reader asks for them. */
  happened: Happened | null;
  summary: string;
  desc: string;
  tableRows: { strategy: string; year: number; p5: number; p25: number; p50: number; p75: number; p95: number }[];
}

/** The hosting slider reads in $M per MW of IT a year; the core takes USD per kW-month. */
export const hostingUsdPerKwMonth = (millionUsdPerMwYear: number) => usdPerKwMonthFromUsdPerMwYear(millionUsdPerMwYear * 1e6);

/** The hosting slider's value in words: "$1.45M per MW of IT a year ($120.83 per kW-month)". */
export const hostRateText = (millionUsdPerMwYear: number) =>
  text.hostRate(millionUsdPerMwYear, usd(hostingUsdPerKwMonth(millionUsdPerMwYear), 2));

export function dilemmaInput(values: DilemmaValues): MinersDilemmaInput {
  return {
    ...FIXED,
    startPriceUsd: values.price,
    driftPctPerYear: values.drift,
    volatilityPctPerYear: values.vol,
    hashrateGrowthPctPerYear: values.growth,
    efficiencyJPerTh: values.eff,
    powerPriceUsdPerKwh: values.power,
    hostingUsdPerKwMonth: hostingUsdPerKwMonth(values.host),
    hostPaysPower: values.hostPower === 'host',
    fitOutUsdPerMw: Number(values.fitOut) * 1e6,
    seed: values.seed,
  };
}

const emptyView = (message: string): DilemmaView => ({
  error: message,
  strategies: [],
  yDomain: [0, 1],
  shares: { holdBeatsHost: 0, holdBeatsSell: 0, sellBeatsHost: 0 },
  site: { hashratePhs: NaN, powerUsdPerDay: NaN, hostingUsdPerKwMonth: NaN, rentUsdPerMonth: NaN },
  medianPriceUsd: NaN,
  happened: null,
  summary: message,
  desc: message,
  tableRows: [],
});

/** Median of a path array, without reordering it. */
const medianOf = (values: Float64Array) => {
  const out = new Float64Array(1);
  createRowPercentiles(values.length, [50])(values, out);
  return out[0]!;
};

/** The real path in a sentence: where its latest close landed in the model's spread. */
export const happenedSentence = (h: Happened) =>
  text.happened({ month: h.last.label, close: usd(h.last.closeUsd), percentile: ordinal(h.last.percentile) });

/** "33rd", "1st", "52nd": a percentile rounded to a whole number (the same words a chapter's ordinal fact uses). */
export { ordinal };

/** The view for settings that cannot be simulated: the core's RangeError in words. */
function cannotSimulate(e: unknown): DilemmaView {
  if (e instanceof RangeError) return emptyView(text.cannotSimulate(e.message));
  throw e;
}

/** Everything the widget shows, simulated at once (server rendering, tests, lesson notes). */
export function compute(values: DilemmaValues): DilemmaView {
  let sim: MinersDilemma;
  try {
    sim = simulateMinersDilemma(dilemmaInput(values));
  } catch (e) {
    return cannotSimulate(e);
  }
  return viewOf(values, sim);
}

/**
 * The same view as {@link compute}, simulated in slices that leave the page free for input
 * (src/lib/widget/slices.ts); null when `signal` stops it first.
 */
export async function computeInSlices(values: DilemmaValues, signal?: AbortSignal): Promise<DilemmaView | null> {
  let sim: MinersDilemma;
  try {
    const run = startMinersDilemma(dilemmaInput(values));
    if (!(await runInSlices(run.step, { signal }))) return null;
    sim = run.result();
  } catch (e) {
    return cannotSimulate(e);
  }
  return viewOf(values, sim);
}

/** The view of a finished simulation of these settings. */
function viewOf(values: DilemmaValues, sim: MinersDilemma): DilemmaView {
  const strategies = DILEMMA_STRATEGIES.map((id): StrategyView => {
    const rows = sim.bands[id];
    return { id, label: STRATEGY_LABELS[id], color: STRATEGY_COLORS[id], rows, final: rows[rows.length - 1]! };
  });
  // The sentence quotes the legend's figures, worded as the readouts word them.
  const median = (s: StrategyView) => usdMillions(s.final.p50);
  const low = (s: StrategyView) => usdMillions(s.final.p5);
  const high = (s: StrategyView) => usdMillions(s.final.p95);
  const all = strategies.flatMap((s) => s.rows.flatMap((r) => [r.p5, r.p95]));
  const yDomain: [number, number] = [Math.min(0, ...all), Math.max(1, ...all)];
  const shares = {
    holdBeatsHost: shareAhead(sim.finalUsd.hold, sim.finalUsd.host),
    holdBeatsSell: shareAhead(sim.finalUsd.hold, sim.finalUsd.sell),
    sellBeatsHost: shareAhead(sim.finalUsd.sell, sim.finalUsd.host),
  };
  const [hold, sell, host] = strategies as [StrategyView, StrategyView, StrategyView];
  const paths = num(FIXED.pathCount);
  const summary = text.summary({
    seed: String(values.seed),
    paths,
    price: usd(values.price),
    host: median(host),
    sellMedian: median(sell),
    sellLow: low(sell),
    holdMedian: median(hold),
    holdLow: low(hold),
    holdHigh: high(hold),
    holdBeatsHost: pct(shares.holdBeatsHost),
    holdBeatsSell: pct(shares.holdBeatsSell),
  });
  const desc = text.desc(strategies.map((s) => text.descStrategy({ label: s.label, median: median(s), low: low(s), high: high(s) })));
  const tableRows = strategies.flatMap((s) =>
    [12, 24, 36].map((m) => {
      const r = s.rows[m]!;
      return { strategy: s.label, year: m / 12, p5: r.p5, p25: r.p25, p50: r.p50, p75: r.p75, p95: r.p95 };
    }),
  );
  const real = values.real === 'show' ? happened(values) : null;
  return {
    error: null,
    strategies,
    yDomain,
    shares,
    site: {
      hashratePhs: sim.siteHashratePhs,
      powerUsdPerDay: sim.powerCostUsdPerDay,
      hostingUsdPerKwMonth: hostingUsdPerKwMonth(values.host),
      rentUsdPerMonth: sim.hostingUsdPerMonth,
    },
    medianPriceUsd: medianOf(sim.finalPricesUsd),
    happened: real,
    summary: real ? text.twoSentences(summary, happenedSentence(real)) : summary,
    desc,
    tableRows,
  };
}
