import { describe, expect, it } from 'vitest';
import { defaults, type NumberParam } from '@lib/widget/params';
import { ASIC_MODELS } from '@core/catalog';
import { GPU_CHOICES, schema } from '@widgets/chip-compare/meta';
import { widget as meta } from '@widgets/chip-compare/widget';
import type { ChipInputs, ChipView } from '@widgets/chip-compare/model';
import { HASHPRICE_PRESETS, RENT_PRESETS } from '@widgets/chip-compare/presets';

const base = defaults(schema) as ChipInputs;

function view(overrides: Partial<ChipInputs> = {}): ChipView {
  const v = meta.compute({ ...base, ...overrides });
  if (!v.ok) throw new Error(v.message);
  return v;
}

describe('chip comparison model', () => {
  it('defaults to the S21 and the H100 SXM at HRI’s 23 Dec 2024 hashprice and $2 rent', () => {
    expect(base).toEqual({ asic: 's21', gpu: 'h100-sxm', hashprice: 55.21, rent: 2 });
    expect(meta.prefix).toBe('chip');
  });

  it('an S21 at $55.21/PH/day earns $11.04 a day; an H100 at $2 an hour earns $48.00', () => {
    // 200 TH/s = 0.2 PH/s × $55.21 (HRI 2024-12-23); $2 × 24 h (Cheah, Aug 2024).
    const v = view();
    expect(v.asic.dayText).toBe('$11.04');
    expect(v.gpu.dayText).toBe('$48.00');
    expect(v.asic.workText).toBe('200 trillion hashes a second');
    expect(v.gpu.workText).toBe('989 trillion operations a second');
  });

  it('the S21’s earnings per kWh are its breakeven power price: $0.13 at the halved April 2024 hashprice (V-B3)', () => {
    const v = view({ hashprice: 54.3 });
    expect(v.asic.day.revenueUsdPerKwh).toBeCloseTo(0.1293, 4);
    expect(v.asic.kwhText).toBe('$0.13/kWh');
  });

  it('compares only like with like: the work rows are flagged as different work', () => {
    const v = view();
    expect(v.panels.map((p) => p.id)).toEqual(['power', 'day', 'kwh']);
    const work = v.tableRows.filter((r) => r.compare === 'Different work').map((r) => r.measure);
    expect(work).toEqual(['Work per second', 'What the work is', 'Energy per unit of work']);
    // The kWh ratio is dollars over dollars: $2.857 / $0.1315 ≈ 21.7.
    expect(v.kwhRatio).toBeCloseTo(2 / 0.7 / ((0.2 * 55.21) / 84), 6);
    expect(v.ratioText).toContain('22 times');
  });

  it('traces the ratio to the core’s revenuePerKwhRatio and labels the kWh readouts as the view shows them', () => {
    const r = Object.fromEntries(meta.readouts(view(), base).map((x) => [x.id, x]));
    expect(Object.keys(r)).toEqual(['asic-work', 'asic-energy', 'gpu-work', 'gpu-energy', 'asic-day', 'gpu-day', 'asic-kwh', 'gpu-kwh', 'ratio']);
    expect(r.ratio!.provenance.formula?.fn).toBe('revenuePerKwhRatio');
    expect(r['asic-kwh']!.label).toBe('S21 per kWh (its breakeven power price)');
    expect(r['gpu-kwh']!.label).toBe('H100 SXM per kWh of board power');
    expect(r['gpu-energy']!.text).toBe('0.71 J per trillion operations');
  });

  it('words the ratio the other way round when the ASIC earns more per kWh (only below the slider’s range)', () => {
    // S21 XP at $200/PH/day: $0.617/kWh; an RTX 4090 at $0.20/h: $0.444/kWh.
    const v = view({ asic: 's21-xp', gpu: 'rtx-4090', hashprice: 200, rent: 0.2 });
    expect(v.kwhRatio!).toBeLessThan(1);
    expect(v.ratioText).toMatch(/S21 XP earns 1\.4 times the RTX 4090’s rent/);
  });

  it('warns that rent presets are H100 prices when another GPU is picked, and flags the 4090’s low-confidence figure', () => {
    expect(view().caveats).toHaveLength(2);
    const v = view({ gpu: 'rtx-4090' });
    expect(v.caveats.join(' ')).toMatch(/no sourced rent for the RTX 4090/);
    expect(v.caveats.join(' ')).toMatch(/low confidence/);
  });

  it('offers every catalog ASIC and only the GPUs whose BF16 throughput is known', () => {
    expect(schema.asic.options.map((o) => o.value)).toEqual(ASIC_MODELS.map((m) => m.id));
    expect(GPU_CHOICES.every((g) => g.bf16Tflops !== null)).toBe(true);
    expect(schema.gpu.options.map((o) => o.value)).not.toContain('h100-pcie');
  });

  it('returns a plain message for an id not in the catalog', () => {
    const v = meta.compute({ ...base, gpu: 'h100-pcie' });
    expect(v.ok).toBe(false);
    expect(meta.readouts(v, { ...base, gpu: 'h100-pcie' })).toEqual([]);
  });

  it('presets land on their sliders’ grids and inside their ranges', () => {
    for (const [spec, presets] of [[schema.hashprice, HASHPRICE_PRESETS], [schema.rent, RENT_PRESETS]] as const) {
      for (const p of presets) {
        expect(p.value).toBeGreaterThanOrEqual(spec.min);
        expect(p.value).toBeLessThanOrEqual(spec.max);
        expect(Math.abs((p.value - spec.min) / spec.step - Math.round((p.value - spec.min) / spec.step))).toBeLessThan(1e-6);
      }
    }
  });

  it('every combination of chips at the extremes of every slider gives finite, printable output', () => {
    const num = (s: NumberParam) => [s.min, s.max];
    for (const asic of schema.asic.options) {
      for (const gpu of schema.gpu.options) {
        for (const hashprice of num(schema.hashprice)) {
          for (const rent of num(schema.rent)) {
            const v = view({ asic: asic.value, gpu: gpu.value, hashprice, rent });
            const text = JSON.stringify([v.summary, v.tableRows, v.panels.map((p) => [p.asicValue, p.gpuValue])]);
            expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
          }
        }
      }
    }
  });
});
