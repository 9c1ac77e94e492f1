/**
 * "What happened next": bitcoin's real month-end closes from December 2024 (content/btc-closes.json)
 * against the model's spread of prices, which the model gives exactly (no simulation): for each
 * month, the price bands of the fan and the percentile the real close landed on.
 */
import closes from '@content/btc-closes.json' with { type: 'json' };
import { gbmPricePercentile, gbmPriceQuantileUsd } from '@core/gbmDistribution';
import type { BtcCloseEntry } from '@lib/content/dataSchemas';
import { monthYear, utcDate } from '@lib/widget/format';

export const CLOSES: readonly BtcCloseEntry[] = closes;

/** The model's start: the Hashrate Index snapshot of 23 December 2024 (the price slider's default date). */
export const START_DATE = '2024-12-23';
const DAY_MS = 86_400_000;
const BANDS = [5, 25, 50, 75, 95] as const;

/** The last day of a month, "2025-02" → "2025-02-28". */
const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export interface HappenedPoint extends Record<string, unknown> {
  month: string;
  /** "June 2026". */
  label: string;
  /** Time since the start, in the fan chart's months (365/12 days). */
  x: number;
  years: number;
  closeUsd: number;
  /** Share of the model's paths below the close, %. */
  percentile: number;
  source: string;
}

export interface HappenedBand {
  x: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface Happened {
  points: HappenedPoint[];
  bands: HappenedBand[];
  last: HappenedPoint;
}

interface ModelSettings {
  price: number;
  drift: number;
  vol: number;
}

/** The real closes placed in the model's spread, and the spread itself month by month to 36 months. */
export function happened(v: ModelSettings): Happened {
  const model = { startPriceUsd: v.price, driftPctPerYear: v.drift, volatilityPctPerYear: v.vol };
  const start = utcDate(START_DATE).getTime();
  const points = CLOSES.map((c): HappenedPoint => {
    const years = (utcDate(monthEnd(c.month)).getTime() - start) / DAY_MS / 365;
    return { month: c.month, label: monthYear(c.month), x: years * 12, years, closeUsd: c.closeUsd, percentile: gbmPricePercentile({ ...model, years, priceUsd: c.closeUsd }), source: c.source };
  });
  const bands = Array.from({ length: 37 }, (_, m): HappenedBand => {
    const at = (p: number) => (m === 0 ? v.price : gbmPriceQuantileUsd({ ...model, years: m / 12, percentile: p }));
    const [p5, p25, p50, p75, p95] = BANDS.map(at) as [number, number, number, number, number];
    return { x: m, p5, p25, p50, p75, p95 };
  });
  return { points, bands, last: points[points.length - 1]! };
}
