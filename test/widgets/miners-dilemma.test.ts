import { describe, expect, it } from 'vitest';
import { defaults, type NumberParam } from '@lib/widget/params';
import { byId } from '@lib/widget/define';
import { schema } from '@widgets/miners-dilemma/meta';
import { computeInSlices, dilemmaInput, hostRateText, type DilemmaValues } from '@widgets/miners-dilemma/model';
import { widget } from '@widgets/miners-dilemma/widget';
import { normalCdf } from '@core/gbmDistribution';

const base = defaults(schema) as DilemmaValues;
/** The readouts' texts by id, as the widget shows them. */
const texts = (v: DilemmaValues) => Object.fromEntries(widget.readouts(widget.compute(v), v).map((r) => [r.id, r.text]));

describe('miners-dilemma model', () => {
  it('turns the Core Scientific–CoreWeave rate ($1.45M per MW of IT a year, V-E) into $120.83 per kW-month', () => {
    expect(dilemmaInput(base).hostingUsdPerKwMonth).toBeCloseTo(120.8333, 4);
    expect(hostRateText(base.host)).toBe('$1.45M per MW of IT a year ($120.83 per kW-month)');
  });

  it('rents the IT load of its grid megawatt, as “One site, three businesses” does: 1 MW / 1.43 × $120.83 × 1,000', () => {
    const v = widget.compute(base);
    expect(texts(base)['rent-per-month']).toBe('$84,499');
    // 3 years of rent: $4.35M per MW of IT, × 1 / 1.43 MW of IT = $3.04M in every path.
    const host = v.strategies.find((s) => s.id === 'host')!;
    expect(host.final.p5).toBeCloseTo(4.35e6 / 1.43, 4);
    expect(host.final.p95).toBeCloseTo(4.35e6 / 1.43, 4);
    expect(texts(base)['median-host']).toBe('$3.04M');
  });

  it('sizes the megawatt from Cambridge’s fleet: 35.5 PH/s at 28.2 J/TH, $1,080 of power a day at $45/MWh', () => {
    expect(texts(base).hashrate).toBe('35.5 PH/s');
    expect(texts(base)['power-per-day']).toBe('$1,080');
  });

  it('is reproducible: the same seed gives the same summary and table, a new seed another', () => {
    const a = widget.compute(base);
    expect(widget.compute({ ...base }).summary).toBe(a.summary);
    expect(widget.compute({ ...base }).tableRows).toEqual(a.tableRows);
    expect(widget.compute({ ...base, seed: 2 }).summary).not.toBe(a.summary);
    expect(a.summary).toMatch(/^Seed 1, 2,000 price paths from \$93,450 a coin, after three years: hosting ends at \$3\.04M in every path;/);
  });

  it('with zero volatility the fans collapse to lines', () => {
    const v = widget.compute({ ...base, vol: 0 });
    for (const s of v.strategies) {
      expect(s.final.p5).toBeCloseTo(s.final.p95, 4);
    }
  });

  it('a host-paid fit-out at TeraWulf’s $8M per MW of IT turns three years of hosting negative', () => {
    const v = widget.compute({ ...base, fitOut: '8' });
    const host = v.strategies.find((s) => s.id === 'host')!;
    expect(host.final.p50).toBeCloseTo((4.35e6 - 8e6) / 1.43, 2);
    expect(texts({ ...base, fitOut: '8' })['median-host']).toBe('−\u2060$2.55M');
    expect(v.yDomain[0]).toBeLessThanOrEqual(-8e6 / 1.43);
  });

  it('has a table of three choices × three years, and shares between 0 and 1', () => {
    const v = widget.compute(base);
    expect(v.tableRows).toHaveLength(9);
    expect(v.tableRows.map((r) => r.year)).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3]);
    for (const share of Object.values(v.shares)) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  });

  it('gives finite output at the extremes of every numeric parameter', () => {
    for (const [name, spec] of Object.entries(schema)) {
      if (spec.kind !== 'number') continue;
      for (const value of [(spec as NumberParam).min, (spec as NumberParam).max]) {
        const values = { ...base, [name]: value, hostPower: 'host', fitOut: '10' };
        const v = widget.compute(values);
        expect(v.error).toBeNull();
        expect(JSON.stringify(v)).not.toMatch(/NaN|Infinity|undefined/);
        expect([...Object.values(v.site), v.medianPriceUsd].every(Number.isFinite)).toBe(true);
        // A number the format cannot show comes out as an en dash.
        for (const r of widget.readouts(v, values)) expect(r.text, r.id).not.toMatch(/NaN|Infinity|undefined|^–$/);
      }
    }
  }, 60_000); // 18 full simulations: slow on a shared machine

  it('shows a plain message instead of throwing on an impossible setting', () => {
    const v = widget.compute({ ...base, eff: 0 });
    expect(v.error).toMatch(/efficiencyJPerTh must be/);
    expect(v.summary).toBe(v.error);
    expect(widget.readouts(v, { ...base, eff: 0 })).toEqual([]);
  });

  it('lists its readouts in reading order, each traced to a core formula', () => {
    const readouts = widget.readouts(widget.compute(base), base);
    expect(readouts.map((r) => r.id)).toEqual([
      'median-hold', 'p5-hold', 'median-sell', 'p5-sell', 'median-host', 'p5-host',
      'hashrate', 'power-per-day', 'rent-per-month', 'median-price', 'hold-beats-host',
    ]);
    for (const r of readouts) expect(r.provenance.formula?.fn, r.id).toMatch(/^[a-z]\w+$/);
    // The rent's provenance gives the rate the core converted from the slider's $M per MW-year.
    expect(byId(readouts)['rent-per-month']!.provenance.inputs.map((i) => i.value)).toContain('$120.83');
  });
});

describe('miners-dilemma in slices (the browser’s path)', () => {
  it('gives the very view compute gives, seed for seed', async () => {
    for (const v of [base, { ...base, seed: 7, vol: 80, real: 'show' }]) expect(await computeInSlices(v)).toEqual(widget.compute(v));
  });

  it('gives up when stopped, and words settings it cannot simulate as compute does', async () => {
    const stop = new AbortController();
    const run = computeInSlices(base, stop.signal);
    stop.abort();
    expect(await run).toBeNull();
    const bad = { ...base, eff: 0 };
    expect(await computeInSlices(bad)).toEqual(widget.compute(bad));
    expect(widget.compute(bad).error).toMatch(/^These settings cannot be simulated: efficiencyJPerTh/);
  });
});

describe('miners-dilemma summary', () => {
  it('changes with the start price even when no miner can run (so the live region speaks)', () => {
    const low = widget.compute({ ...base, price: 10_000 });
    const lowish = widget.compute({ ...base, price: 10_500 });
    expect(low.strategies.find((s) => s.id === 'sell')!.final.p95).toBe(0);
    expect(lowish.summary).not.toBe(low.summary);
    expect(low.summary).toContain('from $10,000 a coin');
  });
});

describe('what happened next (md.real=show)', () => {
  const v = widget.compute({ ...base, real: 'show' });

  it('places each real month-end close in the model’s exact spread, from December 2024', () => {
    const h = v.happened!;
    expect(h.points[0]!.month).toBe('2024-12');
    // June 2026's $59,307.68, 554 days after 23 December 2024, at zero drift and 50% volatility:
    // Φ((ln(59,307.68 / 93,450) + 0.125 × 1.5178) / (0.5 × √1.5178)) = 33.5%.
    const t = 554 / 365;
    expect(h.last.years).toBeCloseTo(t, 9);
    expect(h.last.percentile).toBeCloseTo(100 * normalCdf((Math.log(59_307.68 / 93_450) + 0.125 * t) / (0.5 * Math.sqrt(t))), 6);
    expect(Math.round(h.last.percentile)).toBe(33);
    expect(h.bands[36]!.p50 / 93_450).toBeCloseTo(Math.exp(-0.375), 6);
  });

  it('adds the latest close and its percentile as traced readouts, and a sentence to the summary', () => {
    const r = widget.readouts(v, { ...base, real: 'show' });
    expect(r.find((x) => x.id === 'real-percentile')!.text).toBe('33rd percentile');
    expect(r.find((x) => x.id === 'real-percentile')!.provenance.formula!.fn).toBe('gbmPricePercentile');
    expect(r.find((x) => x.id === 'real-close')!.text).toBe('$59,308');
    expect(v.summary).toMatch(/real close in June 2026, \$59,308, sat at the model's 33rd percentile\.$/);
  });

  it('stays off the default view', () => {
    expect(widget.compute(base).happened).toBeNull();
    expect(widget.readouts(widget.compute(base), base).some((x) => x.id.startsWith('real-'))).toBe(false);
  });
});
