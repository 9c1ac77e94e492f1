import { scaleLinear, type ScaleLinear } from 'd3-scale';

/**
 * A linear scale over dates whose ticks fall on 1 January (UTC). It stands in for d3's scaleUtc,
 * which pulls in d3-time and d3-time-format (about 8 KB gzip on every page with a widget) when
 * a chart only ever needs year ticks.
 */
export type YearScale = ScaleLinear<number, number> & { ticks(count?: number): Date[] };

const yearStart = (y: number) => new Date(Date.UTC(y, 0, 1));

export function yearTicks([from, to]: readonly [Date, Date], count = 6): Date[] {
  const first = from.getUTCFullYear() + (from.getTime() > yearStart(from.getUTCFullYear()).getTime() ? 1 : 0);
  const last = to.getUTCFullYear();
  const span = Math.max(1, last - first);
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= count) ?? 100;
  const ticks: Date[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(yearStart(y));
  return ticks;
}

export function scaleYears(domain: readonly [Date, Date], base: ScaleLinear<number, number> = scaleLinear().domain([+domain[0], +domain[1]])): YearScale {
  const scale = base as YearScale;
  const copyBase = base.copy.bind(base);
  scale.ticks = (count?: number) => yearTicks(domain, count);
  scale.copy = () => scaleYears(domain, copyBase());
  return scale;
}
