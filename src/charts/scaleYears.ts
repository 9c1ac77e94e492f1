import { scaleLinear, type LinearScale } from './scales';

/**
 * A linear scale over dates whose ticks fall on 1 January (UTC). It stands in for d3's scaleUtc,
 * which pulls in d3-time and d3-time-format (about 8 KB gzip on every page with a widget) when
 * a chart only ever needs year ticks.
 */
export type YearScale = Omit<LinearScale, 'ticks' | 'copy'> & LinearScale & { ticks(count?: number): Date[]; copy(): YearScale };

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

export function scaleYears(domain: readonly [Date, Date], base: LinearScale = scaleLinear().domain(domain)): YearScale {
  const copyBase = base.copy.bind(base);
  return Object.assign(base, {
    ticks: (count?: number) => yearTicks(domain, count),
    copy: () => scaleYears(domain, copyBase()),
  }) as unknown as YearScale;
}
