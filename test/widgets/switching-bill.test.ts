import { describe, expect, it } from 'vitest';
import { defaults } from '@lib/widget/params';
import { switchingBill } from '@core/conversion';
import { byId } from '@lib/widget/define';
import { ASSUMED, DEFAULT_NOTES, GROUPS } from '@widgets/switching-bill/meta';
import { GPU_LIFE_YEARS, type BillInputs, type BillView } from '@widgets/switching-bill/model';
import { BUILD_PRESETS, CAPEX_PRESETS } from '@widgets/switching-bill/presets';
import { widget as meta } from '@widgets/switching-bill/widget';

const { schema } = meta;
const base = defaults(schema) as BillInputs;

function view(overrides: Partial<BillInputs> = {}): BillView {
  const v = meta.compute({ ...base, ...overrides });
  if (!v.ok) throw new Error(v.message);
  return v;
}

/** The readouts' texts by id, at these settings. */
function shown(overrides: Partial<BillInputs> = {}): Record<string, string> {
  const values = { ...base, ...overrides };
  return Object.fromEntries(meta.readouts(meta.compute(values), values).map((r) => [r.id, r.text]));
}

describe('switching bill model', () => {
  it('every default is either sourced and dated or listed as an assumption', () => {
    for (const [name, spec] of Object.entries(schema)) {
      const assumed = ASSUMED.has(name as keyof typeof schema);
      expect(assumed || (spec.sourceId !== undefined && spec.asOf !== undefined), name).toBe(true);
      expect(assumed && spec.sourceId !== undefined, `${name} is both assumed and sourced`).toBe(false);
      expect(DEFAULT_NOTES[name as keyof typeof schema].length).toBeGreaterThan(10);
    }
    expect([...ASSUMED].sort()).toEqual(['downtimeMonths', 'resaleUsdPerTh', 'utilizationPct']);
    expect(GROUPS.flatMap((g) => g.params).sort()).toEqual(Object.keys(schema).sort());
    expect(meta.prefix).toBe('switch');
  });

  it('fills a 100 MW site at the shared 1.43 overhead and 1,275 W a GPU with 54,847 GPUs', () => {
    // 100 MW / 1.43 = 69.93 MW of IT (Core Scientific's 70 MW of IT in 100 MW);
    // a DGX H100's 10.2 kW / 8 = 1,275 W per GPU; 69.93e6 / 1,275 = 54,847.1.
    const v = view();
    expect(v.bill.gpuCount).toBe(54_847);
    expect(shown().gpus).toBe('54,847');
  });

  it('prices the defaults from Cheah’s $50k per GPU and TeraWulf’s $8M per MW of IT', () => {
    const v = view();
    expect(v.bill.gpuCapexUsd).toBe(54_847 * 50_000);
    expect(v.bill.facilityCapexUsd).toBeCloseTo((100 / 1.43) * 8e6, 3);
    // Cambridge's 28.2 J/TH fleet: 100 MW / 28.2 = 3.546 EH/s, sold at an assumed $3/TH.
    expect(v.bill.asicResaleUsd).toBeCloseTo((100e6 / 28.2) * 3, 3);
    // 2,742.35M of GPUs + 559.4M of building = $3.30 billion, $33.0 million per grid MW.
    expect(shown().total).toBe('$3.3 billion');
    expect(shown()['capex-per-mw']).toBe('$33 million per MW');
  });

  it('pays back in about 54 months of rent at $2 and 80%, inside the GPUs’ 5-year life', () => {
    const v = view();
    expect(v.bill.paybackMonths!).toBeGreaterThan(53);
    expect(v.bill.paybackMonths!).toBeLessThan(55);
    expect(shown().payback).toMatch(/^5\d months after switch-on$/);
    expect(shown()['from-stop']).toMatch(/^6\d months after mining stops$/);
    expect(shown().verdict).toMatch(/before the GPUs’ 5-year life ends/);
    expect(GPU_LIFE_YEARS).toBe(5);
  });

  it('reproduces IREN’s own scale of payback with its H200 price and rent (V-D3: 2.3 years)', () => {
    // IREN: $40,650 per H200 all in, $1.99/GPU-h at 100 %. No building, no downtime, no power, no resale.
    const v = view({ capexUsdPerGpu: 40650, rent: 1.99, utilizationPct: 100, facilityMUsdPerMw: 0, downtimeMonths: 0, powerPrice: 0, resaleUsdPerTh: 0 });
    expect(v.bill.paybackMonths! / 12).toBeCloseTo(2.33, 2);
  });

  it('says “never” when the rent cannot beat the power bill', () => {
    // $0.50/h at 10 % use against 1,275 W × PUE 2 at $0.15: rent $0.05/h of wall time, power $0.04/h.
    const ok = view({ rent: 0.5, utilizationPct: 10, pue: 2, powerPrice: 0.15 });
    expect(ok.bill.paybackMonths).not.toBeNull();
    const never = { rent: 0.1, pue: 2, gpuPowerW: 2500, powerPrice: 0.15 };
    const v = view(never);
    expect(shown(never).payback).toBe('never');
    expect(shown(never).verdict).toMatch(/^Never/);
    expect(v.summary).toMatch(/never repaid/);
  });

  it('the cash path starts at −(capex − resale), bottoms out when the GPUs switch on, and crosses zero at the payback', () => {
    const v = view();
    expect(v.path[0]!.cashUsd).toBeCloseTo(-(v.bill.capexUsd - v.bill.asicResaleUsd), 3);
    const low = Math.min(...v.path.map((p) => p.cashUsd));
    expect(v.path[v.downtimeMonths]!.cashUsd).toBe(low);
    const after = v.path.find((p) => p.cashUsd >= 0)!;
    expect(after.month).toBe(Math.ceil(v.bill.paybackMonthsFromStop!));
    expect(v.horizonMonths).toBeGreaterThanOrEqual(v.lifeEndMonth);
  });

  it('matches the core for the same inputs', () => {
    const v = view();
    const b = switchingBill({
      siteMw: 100, pue: 1.43, gpuPowerW: 1275, capexUsdPerGpu: 50000, facilityUsdPerMwIt: 8e6, asicEfficiencyJPerTh: 28.2,
      asicResaleUsdPerTh: 3, downtimeMonths: 12, hashpriceUsdPerPhDay: 55.21, powerPriceUsdPerKwh: 0.045, rentUsdPerGpuHour: 2, utilizationPct: 80,
      miningPue: 1,
    });
    expect(v.bill).toEqual(b);
  });

  it('presets land on their sliders’ grids', () => {
    for (const [spec, presets] of [[schema.capexUsdPerGpu, CAPEX_PRESETS], [schema.facilityMUsdPerMw, BUILD_PRESETS]] as const) {
      for (const p of presets) {
        expect(p.value).toBeGreaterThanOrEqual(spec.min);
        expect(p.value).toBeLessThanOrEqual(spec.max);
        expect(Number.isInteger(Math.round(((p.value - spec.min) / spec.step) * 1e6) / 1e6)).toBe(true);
      }
    }
  });

  it('gives finite, printable output at the extremes of every slider', () => {
    const names = Object.keys(schema) as (keyof typeof schema)[];
    for (const name of names) {
      for (const value of [schema[name].min, schema[name].max]) {
        const v = view({ [name]: value });
        const text = JSON.stringify([v.summary, v.desc, meta.readouts(v, { ...base, [name]: value }), v.tableRows, v.items, v.path]);
        expect(text, `${name}=${value}`).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
    // All at once: the cheapest and the dearest corners.
    const lows = Object.fromEntries(names.map((n) => [n, schema[n].min])) as BillInputs;
    const highs = Object.fromEntries(names.map((n) => [n, schema[n].max])) as BillInputs;
    for (const corner of [lows, highs]) {
      const v = meta.compute(corner);
      expect(v.ok).toBe(true);
      expect(JSON.stringify([v, meta.readouts(v, corner)])).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});

describe('switching bill readouts', () => {
  it('lists the bill, the payback and the verdict in reading order, each traced to switchingBill', () => {
    const r = meta.readouts(view(), base);
    expect(r.map((x) => x.id)).toEqual(['total', 'capex-per-mw', 'gpus', 'net', 'payback', 'from-stop', 'mining', 'verdict']);
    expect(r.every((x) => x.provenance.formula?.fn === 'switchingBill')).toBe(true);
    expect(byId(r)['verdict']!.text).toBe('Repaid 6 months before the GPUs’ 5-year life ends.');
  });

  it('gives none for settings the core rejects', () => {
    const bad = { ...base, siteMw: -5 };
    const v = meta.compute(bad);
    expect(v.ok).toBe(false);
    expect(meta.readouts(v, bad)).toEqual([]);
  });
});
