import { describe, expect, it } from 'vitest';
import { clampNumber, defaults, type NumberParam } from '@lib/widget/params';
import { schema } from '@widgets/lease-calculator/meta';
import { widget as meta } from '@widgets/lease-calculator/widget';
import { paybackText, type LeaseInputs, type LeaseView } from '@widgets/lease-calculator/model';
import { CHEAH_BLENDED_FALL_PCT, PRESETS } from '@widgets/lease-calculator/presets';
import { activePreset } from '@lib/widget/define';
import { widgetSourceIds } from '@lib/widget/provenance';

const HOURS = 8760;
const base = defaults(schema) as LeaseInputs;
/** No running costs at all: the cases the fact sheet works by hand. */
const noCosts = { powerPriceUsdPerKwh: 0, otherOpexUsdPerYear: 0 };
const preset = (id: string) => PRESETS.find((p) => p.id === id)!;

function view(overrides: Partial<LeaseInputs>): LeaseView {
  const v = meta.compute({ ...base, ...overrides });
  if (!v.ok) throw new Error(v.message);
  return v;
}

describe('lease calculator model: reference cases', () => {
  // V-D1 (Cheah, Latent Space, 2024-10-11; fact D10 $50k capex): simple payback =
  // 50,000 / (rent × 8,760) at 100% utilisation, flat rent, no running costs.
  it.each([
    { rent: 4.7, payback: 1.21 },
    { rent: 4.5, payback: 1.27 },
    { rent: 2.85, payback: 2.0 },
    { rent: 2.25, payback: 2.54 },
    { rent: 2.0, payback: 2.85 },
    { rent: 1.65, payback: 3.46 },
  ])('a USD 50,000 H100 rented at USD $rent an hour pays back in $payback years (V-D1)', ({ rent, payback }) => {
    const v = view({ ...noCosts, capexUsd: 50000, rentUsdPerHour: rent, rentDeclinePct: 0, utilizationPct: 100, lifeYears: 5 });
    expect(v.paybackYears).toBeCloseTo(payback, 2);
    expect(v.rows[1]!.revenueUsd).toBeCloseTo(rent * HOURS, 6);
  });

  // V-D3 (IREN press release, 2024-09-16, facts D11, D24): $40,650 per H200 all in, $1.99 per
  // GPU-hour → 40,650 / (1.99 × 8,760) = 2.33 years. The "Bought in September 2024" preset is that case.
  it('the “Bought in September 2024” preset pays back in about 2.3 years with no running costs (V-D3)', () => {
    const v = view({ ...preset('sep-2024').values, ...noCosts });
    expect(v.paybackYears).toBeCloseTo(40650 / (1.99 * HOURS), 6);
    expect(v.paybackYears).toBeCloseTo(2.3, 1);
  });

  // Closed form for a two-year life: −K + a·x + b·x² = 0 with x = 1/(1+IRR), so
  // x = (−a + √(a² + 4bK)) / 2b. Inputs from the "Bought at the 2023 peak" preset: K = $50,000
  // (Cheah, D10), rent $4.70 (D14) falling 40% a year (D17).
  it('IRR of the 2023-peak preset over two years matches the quadratic solution', () => {
    const v = view({ ...preset('peak-2023').values, ...noCosts, lifeYears: 2 });
    const K = 50000;
    const a = 4.7 * HOURS;
    const b = 4.7 * 0.6 * HOURS;
    const x = (-a + Math.sqrt(a * a + 4 * b * K)) / (2 * b);
    expect(v.irr).toBeCloseTo(1 / x - 1, 6);
  });

  // Five years: the IRR makes Σ CFₜ/(1+IRR)ᵗ = 0, with CFₜ written out by hand:
  // 4.70 × 0.6^(t−1) × 8,760 minus power 1.275 kW × overhead 1.43 × 8,760 h × $0.045 (defaults).
  it('IRR of the 2023-peak preset zeroes the hand-written five-year cash flows', () => {
    const v = view({ ...preset('peak-2023').values });
    const power = 1.275 * 1.43 * HOURS * 0.045;
    const flows = [-50000, ...[0, 1, 2, 3, 4].map((i) => 4.7 * 0.6 ** i * HOURS - power)];
    const value = flows.reduce((sum, cf, t) => sum + cf / (1 + v.irr!) ** t, 0);
    expect(Math.abs(value)).toBeLessThan(1e-4);
    expect(v.irr).toBeGreaterThan(0.3);
  });

  // NPV is linear in rent, so the breakeven year-1 rent has a closed form:
  // r* = (K + Σ P/(1+d)ᵗ) / (8,760 · u · Σ mₜ/(1+d)ᵗ), P the yearly running cost, mₜ = 0.6^(t−1).
  it('breakeven rent of the 2023-peak preset matches the closed form at 10% and at 0%', () => {
    const v = view({ ...preset('peak-2023').values });
    const power = 1.275 * 1.43 * HOURS * 0.045;
    const closedForm = (d: number) => {
      const years = [1, 2, 3, 4, 5];
      const costs = years.reduce((s, t) => s + power / (1 + d) ** t, 0);
      const hours = years.reduce((s, t) => s + (HOURS * 0.6 ** (t - 1)) / (1 + d) ** t, 0);
      return (50000 + costs) / hours;
    };
    expect(v.breakevenRentUsd).toBeCloseTo(closedForm(0.1), 6);
    expect(v.breakevenRentZeroUsd).toBeCloseTo(closedForm(0), 6);
  });

  // With Cheah's inputs (D18: $50k, 5 years, full use, rent halving by year 5) and no running
  // costs, getting the money back needs 50,000 / (8,760 × Σ 0.84^(t−1)) ≈ $1.57 in year 1: just
  // under his $1.65 loss line, which his unpublished costs would push up.
  it('Cheah’s $1.65 line sits just above this calculator’s zero-return rent on his inputs', () => {
    const v = view({ ...preset('cheah-1-65').values, ...noCosts });
    const keep = 1 - CHEAH_BLENDED_FALL_PCT / 100;
    const expected = 50000 / (HOURS * [0, 1, 2, 3, 4].reduce((s, i) => s + keep ** i, 0));
    expect(v.breakevenRentZeroUsd).toBeCloseTo(expected, 6);
    expect(v.breakevenRentZeroUsd).toBeLessThan(1.65);
  });
});

describe('lease calculator model: what the reader sees', () => {
  it('says “Never pays back” in the bad tone when cash never catches up (the default)', () => {
    const v = view({});
    expect(v.paybackYears).toBeNull();
    expect(v.text.payback).toBe('Never pays back within its 5-year life');
    expect(v.tone.payback).toBe('bad');
    expect(v.summary).toMatch(/never pays back/);
  });

  it('shows an IRR of none when no rate makes the cash flows break even', () => {
    // 10% of hours at $0.50 falling 80% a year against $100k: almost no cash comes back.
    const v = view({ capexUsd: 100000, rentUsdPerHour: 0.5, rentDeclinePct: 80, utilizationPct: 10, powerPriceUsdPerKwh: 0.3, otherOpexUsdPerYear: 10000 });
    expect(v.irr).toBeNull();
    expect(v.text.irr).toBe('None: it never earns back its cost');
  });

  it('pluralises the life in the payback message', () => {
    expect(paybackText(null, 1)).toBe('Never pays back within its 1-year life');
    expect(paybackText(1.5, 5)).toBe('1.5 years');
  });

  it('shows Cheah’s claim beside this calculator’s own IRR, never as its output', () => {
    const v = view({ ...preset('cheah-2-85').values });
    expect(v.preset?.id).toBe('cheah-2-85');
    expect(v.presetNote).toContain('barely above 10%');
    expect(v.presetNote).toMatch(/this calculator gives an IRR of \d+%/);
    expect(view({ ...preset('peak-2023').values }).presetNote).toBeUndefined();
  });

  it('keeps the table, the chart rows and the cash flows in step', () => {
    const v = view({ lifeYears: 7 });
    expect(v.rows.map((r) => r.year)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(v.rows[0]!.cashUsd).toBe(-base.capexUsd);
    expect(v.rows.at(-1)!.cumulativeUsd).toBeCloseTo(v.totalProfitUsd, 6);
  });
});

describe('lease calculator readouts', () => {
  it('gives the five headline numbers with the view’s texts and tones, the rate in two labels', () => {
    const values = { ...base, discountPct: 12.5 };
    const v = view(values);
    const r = meta.readouts(v, values);
    expect(r.map((x) => [x.id, x.label, x.text, x.tone])).toEqual([
      ['payback', 'Payback', v.text.payback, v.tone.payback],
      ['irr', 'Internal rate of return', v.text.irr, v.tone.irr],
      ['npv', 'Value today at 12.5% a year', v.text.npv, v.tone.npv],
      ['breakeven', 'Year-1 rent to earn 12.5%', v.text.breakeven, undefined],
      ['breakeven-zero', 'Year-1 rent to get the money back', v.text.breakevenZero, undefined],
    ]);
    expect(r.map((x) => x.provenance.formula?.fn)).toEqual(['paybackPeriods', 'irr', 'npv', 'breakevenRentUsdPerGpuHour', 'breakevenRentUsdPerGpuHour']);
  });

  it('shows none when the inputs cannot be worked out', () => {
    const values = { ...base, pue: 0.5 };
    expect(meta.readouts(meta.compute(values), values)).toEqual([]);
  });
});

describe('lease calculator schema and presets', () => {
  const numberSpecs = Object.entries(schema) as [keyof LeaseInputs, NumberParam][];

  it('every default is sourced and dated', () => {
    for (const [, spec] of numberSpecs) {
      expect(spec.sourceId, spec.key).toBeTruthy();
      expect(spec.asOf, spec.key).toBeTruthy();
      expect(meta.sources).toContain(spec.sourceId);
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('preset %s only sets reachable slider values, from listed sources', (_id, p) => {
    for (const [name, value] of Object.entries(p.values)) {
      const spec = schema[name as keyof LeaseInputs];
      expect(clampNumber(spec, value), name).toBe(value);
    }
    for (const id of p.sources) expect(widgetSourceIds(meta)).toContain(id);
    expect(activePreset({ presets: PRESETS }, { ...base, ...p.values })?.id).toBe(p.id);
  });

  it('gives finite numbers and no NaN, Infinity or undefined at every extreme of every input', () => {
    const cases: Partial<LeaseInputs>[] = [
      Object.fromEntries(numberSpecs.map(([n, s]) => [n, s.min])),
      Object.fromEntries(numberSpecs.map(([n, s]) => [n, s.max])),
      ...numberSpecs.flatMap(([n, s]) => [{ [n]: s.min }, { [n]: s.max }]),
    ];
    for (const c of cases) {
      const v = meta.compute({ ...base, ...c });
      expect(v.ok, JSON.stringify(c)).toBe(true);
      if (!v.ok) continue;
      const numbers = [v.npvUsd, v.totalProfitUsd, v.breakevenRentUsd, v.breakevenRentZeroUsd, v.paybackYears ?? 0, v.irr ?? 0, ...v.rows.flatMap((r) => Object.values(r))];
      expect(numbers.every(Number.isFinite), JSON.stringify(c)).toBe(true);
      const words = [...Object.values(v.text), v.summary, v.desc].join(' ');
      expect(words, JSON.stringify(c)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('turns a core RangeError into a plain message', () => {
    const v = meta.compute({ ...base, pue: 0.5 });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.message).toMatch(/pue must be/);
  });
});
