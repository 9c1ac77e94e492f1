import { nice as niceDomain, ticks as linearTicks } from 'd3-array';

/**
 * The three scales the charts use (linear, log, band), with d3-scale's fluent API and d3-array's
 * tick algorithm. d3-scale itself ships d3-interpolate, d3-color and d3-format to every page
 * (about 11 KB gzip) for features these charts never use, which broke the 60 KB page budget.
 */
type Pair = [number, number];
// d3-interpolate's number form, a(1-t)+bt, so marks land on the same pixel as d3's.
const lerp = ([r0, r1]: Pair, t: number) => r0 * (1 - t) + r1 * t;

export interface LinearScale {
  (value: number | Date): number;
  domain(): Pair;
  domain(d: readonly (number | Date)[]): LinearScale;
  range(): Pair;
  range(r: readonly number[]): LinearScale;
  ticks(count?: number): number[];
  nice(count?: number): LinearScale;
  invert(px: number): number;
  copy(): LinearScale;
}

export function scaleLinear(domain: Pair = [0, 1], range: Pair = [0, 1]): LinearScale {
  let d: Pair = [...domain];
  let r: Pair = [...range];
  // d3's bimap: a reversed domain is normalised from its low end, so rounding matches d3 exactly.
  const scale = ((v: number | Date) => {
    const [d0, d1, r0, r1] = d[1] < d[0] ? [d[1], d[0], r[1], r[0]] : [d[0], d[1], r[0], r[1]];
    const span = d1 - d0;
    return lerp([r0, r1], span === 0 ? 0.5 : (+v - d0) / span);
  }) as LinearScale;
  scale.domain = ((x?: readonly (number | Date)[]) => (x ? ((d = [+x[0]!, +x[x.length - 1]!]), scale) : [...d])) as LinearScale['domain'];
  scale.range = ((x?: readonly number[]) => (x ? ((r = [x[0]!, x[x.length - 1]!]), scale) : [...r])) as LinearScale['range'];
  scale.ticks = (count = 10) => linearTicks(d[0], d[1], count);
  scale.nice = (count = 10) => {
    const reversed = d[1] < d[0];
    const [lo, hi] = niceDomain(Math.min(...d), Math.max(...d), count) as Pair;
    d = reversed ? [hi, lo] : [lo, hi];
    return scale;
  };
  scale.invert = (px: number) => (r[1] === r[0] ? d[0] : d[0] + ((px - r[0]) / (r[1] - r[0])) * (d[1] - d[0]));
  scale.copy = () => scaleLinear(d, r);
  return scale;
}

export interface LogScale {
  (value: number): number;
  domain(): Pair;
  domain(d: readonly number[]): LogScale;
  range(): Pair;
  range(r: readonly number[]): LogScale;
  ticks(count?: number): number[];
  copy(): LogScale;
}

/** Base-10 log scale for positive domains; values at or below zero map to the low end. */
export function scaleLog(domain: Pair = [1, 10], range: Pair = [0, 1]): LogScale {
  let d: Pair = [...domain];
  let r: Pair = [...range];
  const scale = ((v: number) => {
    const [a, b] = [Math.log10(d[0]), Math.log10(d[1])];
    const t = v > 0 && b !== a ? (Math.log10(v) - a) / (b - a) : 0;
    return lerp(r, t);
  }) as LogScale;
  scale.domain = ((x?: readonly number[]) => (x ? ((d = [x[0]!, x[x.length - 1]!]), scale) : [...d])) as LogScale['domain'];
  scale.range = ((x?: readonly number[]) => (x ? ((r = [x[0]!, x[x.length - 1]!]), scale) : [...r])) as LogScale['range'];
  // Powers of ten, with 2× and 5× steps between them when the domain spans few decades.
  scale.ticks = (count = 10) => {
    const [lo, hi] = d[0] < d[1] ? d : [d[1], d[0]];
    const decades = Math.log10(hi / lo);
    const mantissas = decades * 3 <= count ? [1, 2, 5] : [1];
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
      for (const m of mantissas) {
        const v = m * 10 ** e;
        if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) out.push(Number(v.toPrecision(12)));
      }
    }
    return out;
  };
  scale.copy = () => scaleLog(d, r);
  return scale;
}

export interface BandScale<K extends string = string> {
  (value: K): number | undefined;
  domain(): K[];
  domain(d: readonly K[]): BandScale<K>;
  range(): Pair;
  range(r: readonly number[]): BandScale<K>;
  bandwidth(): number;
  step(): number;
  padding(p: number): BandScale<K>;
  paddingInner(p: number): BandScale<K>;
  paddingOuter(p: number): BandScale<K>;
  copy(): BandScale<K>;
}

/** Evenly spaced bands, laid out as d3's scaleBand does (align 0.5). */
export function scaleBand<K extends string = string>(): BandScale<K> {
  let keys: K[] = [];
  let r: Pair = [0, 1];
  let inner = 0;
  let outer = 0;
  const layout = () => {
    const n = keys.length;
    const [r0, r1] = r[0] <= r[1] ? r : [r[1], r[0]];
    const step = (r1 - r0) / Math.max(1, n - inner + outer * 2);
    const start = r0 + (r1 - r0 - step * (n - inner)) / 2;
    return { step, start, bandwidth: step * (1 - inner), reverse: r[1] < r[0] };
  };
  const scale = ((k: K) => {
    const i = keys.indexOf(k);
    if (i < 0) return undefined;
    const { step, start, reverse } = layout();
    return start + step * (reverse ? keys.length - 1 - i : i);
  }) as BandScale<K>;
  scale.domain = ((x?: readonly K[]) => (x ? ((keys = [...new Set(x)]), scale) : [...keys])) as BandScale<K>['domain'];
  scale.range = ((x?: readonly number[]) => (x ? ((r = [x[0]!, x[x.length - 1]!]), scale) : [...r])) as BandScale<K>['range'];
  scale.bandwidth = () => layout().bandwidth;
  scale.step = () => layout().step;
  scale.padding = (p: number) => ((inner = outer = Math.min(1, p)), scale);
  scale.paddingInner = (p: number) => ((inner = Math.min(1, p)), scale);
  scale.paddingOuter = (p: number) => ((outer = p), scale);
  scale.copy = () => scaleBand<K>().domain(keys).range(r).paddingInner(inner).paddingOuter(outer);
  return scale;
}
