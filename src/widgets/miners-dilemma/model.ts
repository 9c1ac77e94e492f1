/**
 * The miner's dilemma view-model: slider values in; fans, readouts, sentence and table out.
 * Every number comes from the core's simulateMinersDilemma and shareAhead.
 */
import { AI_SITE_OVERHEAD, MINING_SITE_OVERHEAD } from '@core/assumptions';
import { DILEMMA_STRATEGIES, shareAhead, simulateMinersDilemma, type DilemmaBandRow, type DilemmaStrategy, type MinersDilemmaInput } from '@core/dilemma';
import { usdPerKwMonthFromUsdPerMwYear } from '@core/power';
import { createRowPercentiles } from '@core/quantile';
import { num, pct, usd, usdMillions } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import type { schema } from './meta';

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

export const STRATEGY_LABELS: Record<DilemmaStrategy, string> = {
  hold: 'Mine and hold the coins',
  sell: 'Mine and sell daily',
  host: 'Host an AI tenant',
};
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
  final: DilemmaBandRow;
  medianText: string;
  p5Text: string;
  p95Text: string;
}

export interface DilemmaView {
  error: string | null;
  strategies: StrategyView[];
  yDomain: [number, number];
  shares: { holdBeatsHost: number; holdBeatsSell: number; sellBeatsHost: number };
  readouts: { hashrate: string; powerPerDay: string; rentPerMonth: string; holdBeatsHost: string; medianPrice: string };
  summary: string;
  desc: string;
  tableRows: { strategy: string; year: number; p5: number; p25: number; p50: number; p75: number; p95: number }[];
}

export function dilemmaInput(values: DilemmaValues): MinersDilemmaInput {
  return {
    ...FIXED,
    startPriceUsd: values.price,
    driftPctPerYear: values.drift,
    volatilityPctPerYear: values.vol,
    hashrateGrowthPctPerYear: values.growth,
    efficiencyJPerTh: values.eff,
    powerPriceUsdPerKwh: values.power,
    hostingUsdPerKwMonth: usdPerKwMonthFromUsdPerMwYear(values.host * 1e6),
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
  readouts: { hashrate: '–', powerPerDay: '–', rentPerMonth: '–', holdBeatsHost: '–', medianPrice: '–' },
  summary: message,
  desc: message,
  tableRows: [],
});

/** Median of a path array, without reordering it. */
const median = (values: Float64Array) => {
  const out = new Float64Array(1);
  createRowPercentiles(values.length, [50])(values, out);
  return out[0]!;
};

export function dilemmaView(values: DilemmaValues): DilemmaView {
  let sim;
  try {
    sim = simulateMinersDilemma(dilemmaInput(values));
  } catch (e) {
    if (e instanceof RangeError) return emptyView(`These settings cannot be simulated: ${e.message}.`);
    throw e;
  }
  const strategies = DILEMMA_STRATEGIES.map((id) => {
    const rows = sim.bands[id];
    const final = rows[rows.length - 1]!;
    return { id, label: STRATEGY_LABELS[id], color: STRATEGY_COLORS[id], rows, final, medianText: usdMillions(final.p50), p5Text: usdMillions(final.p5), p95Text: usdMillions(final.p95) };
  });
  const all = strategies.flatMap((s) => s.rows.flatMap((r) => [r.p5, r.p95]));
  const yDomain: [number, number] = [Math.min(0, ...all), Math.max(1, ...all)];
  const shares = {
    holdBeatsHost: shareAhead(sim.finalUsd.hold, sim.finalUsd.host),
    holdBeatsSell: shareAhead(sim.finalUsd.hold, sim.finalUsd.sell),
    sellBeatsHost: shareAhead(sim.finalUsd.sell, sim.finalUsd.host),
  };
  const [hold, sell, host] = strategies as [StrategyView, StrategyView, StrategyView];
  const paths = num(FIXED.pathCount);
  const summary =
    `Seed ${values.seed}, ${paths} price paths from ${usd(values.price)} a coin, after three years: hosting ends at ${host.medianText} in every path; ` +
    `selling daily at a median of ${sell.medianText} (1 path in 20 below ${sell.p5Text}); ` +
    `holding at a median of ${hold.medianText} (1 in 20 below ${hold.p5Text}, 1 in 20 above ${hold.p95Text}). ` +
    `Holding beats hosting in ${pct(shares.holdBeatsHost)} of paths and beats selling in ${pct(shares.holdBeatsSell)}.`;
  const desc =
    `Cumulative cash of a 1 MW site over 36 months, median with 25–75% and 5–95% bands. ` +
    strategies.map((s) => `${s.label}: median ${s.medianText}, 5–95% range ${s.p5Text} to ${s.p95Text} at month 36.`).join(' ');
  const tableRows = strategies.flatMap((s) =>
    [12, 24, 36].map((m) => {
      const r = s.rows[m]!;
      return { strategy: s.label, year: m / 12, p5: r.p5, p25: r.p25, p50: r.p50, p75: r.p75, p95: r.p95 };
    }),
  );
  return {
    error: null,
    strategies,
    yDomain,
    shares,
    readouts: {
      hashrate: `${num(sim.siteHashratePhs, 1)} PH/s`,
      powerPerDay: usd(sim.powerCostUsdPerDay),
      rentPerMonth: usd(sim.hostingUsdPerMonth),
      holdBeatsHost: pct(shares.holdBeatsHost),
      medianPrice: usd(median(sim.finalPricesUsd)),
    },
    summary,
    desc,
    tableRows,
  };
}
