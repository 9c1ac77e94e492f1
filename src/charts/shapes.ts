/**
 * SVG paths for lines and bands, with the three curves the charts use, written exactly as
 * d3-shape's line() and area() write them (three decimals, d3-path's rounding). d3-shape ships
 * every shape and curve it has, about 3.8 KB gzip, to each page with a chart line, for these
 * three. test/charts/shapes.test.ts holds them to d3-shape.
 */
export type Curve = 'linear' | 'step' | 'monotone';
type Point = readonly [x: number, y: number];

// d3-path's appendRound(3).
const round = (v: number) => Math.round(v * 1000) / 1000;
const xy = (x: number, y: number) => `${round(x)},${round(y)}`;

/**
 * One run of points through a curve. `start` is "M" for a new subpath, "L" to continue one (an
 * area's lower edge). `t` places a step's riser: 1 after each point (curveStepAfter), 0 before.
 */
function run(p: readonly Point[], curve: Curve, start: 'M' | 'L', t: 0 | 1): string {
  if (p.length === 0) return '';
  let out = start + xy(p[0]![0], p[0]![1]);
  if (curve === 'monotone') return p.length === 2 ? out + 'L' + xy(p[1]![0], p[1]![1]) : out + monotone(p);
  for (let i = 1; i < p.length; i++) {
    const [px, py] = p[i - 1]!;
    const [x, y] = p[i]!;
    if (curve === 'linear') out += 'L' + xy(x, y);
    else if (t === 0) out += 'L' + xy(px, y) + 'L' + xy(x, y);
    else {
      // d3's weighted riser position, kept as the same arithmetic so it rounds alike.
      const x1 = px * (1 - t) + x * t;
      out += 'L' + xy(x1, py) + 'L' + xy(x1, y);
    }
  }
  return out;
}

/** d3's monotone curve skips a point that repeats the one before it. */
const distinct = (p: readonly Point[]) => p.filter(([x, y], i) => i === 0 || x !== p[i - 1]![0] || y !== p[i - 1]![1]);

const sign = (v: number) => (v < 0 ? -1 : 1);

/**
 * The Bézier segments of Steffen's monotone cubic through three or more distinct points in x
 * order (d3's curveMonotoneX): the tangent at each inner point is held to the smaller of its
 * neighbouring slopes, so the curve never overshoots the data.
 */
function monotone(p: readonly Point[]): string {
  const n = p.length;
  if (n < 2) return '';
  // Tangent at an inner point from its two neighbours (d3's slope3).
  const inner = (i: number) => {
    const [x0, y0] = p[i - 1]!;
    const [x1, y1] = p[i]!;
    const [x2, y2] = p[i + 1]!;
    const h0 = x1 - x0;
    const h1 = x2 - x1;
    const s0 = (y1 - y0) / (h0 || (h1 < 0 ? -0 : 0));
    const s1 = (y2 - y1) / (h1 || (h0 < 0 ? -0 : 0));
    const q = (s0 * h1 + s1 * h0) / (h0 + h1);
    return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(q)) || 0;
  };
  // Tangent at an end of segment i, from its slope and the tangent at its other end (d3's slope2).
  const end = (i: number, t: number) => {
    const h = p[i + 1]![0] - p[i]![0];
    return h ? (3 * (p[i + 1]![1] - p[i]![1]) / h - t) / 2 : t;
  };
  const m = p.map((_, i) => (i > 0 && i < n - 1 ? inner(i) : 0));
  m[0] = end(0, m[1]!);
  m[n - 1] = end(n - 2, m[n - 2]!);
  let out = '';
  for (let i = 0; i < n - 1; i++) {
    const [x0, y0] = p[i]!;
    const [x1, y1] = p[i + 1]!;
    const dx = (x1 - x0) / 3;
    out += `C${xy(x0 + dx, y0 + dx * m[i]!)},${xy(x1 - dx, y1 - dx * m[i + 1]!)},${xy(x1, y1)}`;
  }
  return out;
}

const drawn = (p: readonly Point[], curve: Curve) => (curve === 'monotone' ? distinct(p) : p);

/** The `d` of a line through `points` (pixels), or "" for none. A lone point closes on itself, as in d3. */
export function linePath(points: readonly Point[], curve: Curve = 'linear'): string {
  const p = drawn(points, curve);
  return run(p, curve, 'M', 1) + (p.length === 1 ? 'Z' : '');
}

/** The `d` of a band: along the upper edge `y1`, back along the lower edge `y0`, closed; "" for no points. */
export function areaPath(points: readonly (readonly [x: number, y0: number, y1: number])[], curve: Curve = 'linear'): string {
  if (points.length === 0) return '';
  const upper = points.map(([x, , y1]) => [x, y1] as const);
  const lower = points.map(([x, y0]) => [x, y0] as const).reverse();
  // d3's step curve flips its riser for the way back, so both edges step at the same x.
  return run(drawn(upper, curve), curve, 'M', 1) + run(drawn(lower, curve), curve, 'L', 0) + 'Z';
}
