import { describe, expect, it } from 'vitest';
import facts from '@content/facts.json';
import sources from '@content/sources.json';
import { ASIC_MODELS, CATALOG_SOURCE_IDS, GPU_MODELS, HARDWARE_CATALOG, findHardware } from '@core/catalog';

const factValue = (id: string) => facts.find((f) => f.id === id)?.value;

describe('hardware catalog', () => {
  // Reference: fact sheet group C (asics-tools list; Hashrate Index), efficiencies as published there.
  it.each([
    { id: 's9', jPerTh: 98, fact: 'C01' },
    { id: 's19-pro', jPerTh: 29.5, fact: 'C02' },
    { id: 's19j-pro', jPerTh: 29.5, fact: 'C03' },
    { id: 's19-xp', jPerTh: 21.5, fact: 'C04' },
    { id: 's21', jPerTh: 17.5, fact: 'C05' },
    { id: 's21-pro', jPerTh: 15, fact: 'C06' },
    { id: 's21-xp', jPerTh: 13.5, fact: 'C07' },
    { id: 's21-plus', jPerTh: 16.5, fact: 'C08' },
  ])('$id runs at $jPerTh J/TH, as listed ($fact)', ({ id, jPerTh }) => {
    const model = findHardware(id);
    expect(model.kind).toBe('asic');
    if (model.kind === 'asic') expect(model.efficiencyJPerTh).toBeCloseTo(jPerTh, 1);
  });

  // Reference: facts D01/D02 (H100 SXM 989.4 TFLOPS dense BF16, 700 W) and D04 (A100 312 TFLOPS, 400 W).
  it('derives W per TFLOPS for GPUs: H100 SXM 0.71, A100 1.28', () => {
    expect(GPU_MODELS.find((g) => g.id === 'h100-sxm')!.efficiencyWPerTflops).toBeCloseTo(700 / 989.4, 6);
    expect(GPU_MODELS.find((g) => g.id === 'a100-sxm')!.efficiencyWPerTflops).toBeCloseTo(400 / 312, 6);
    expect(GPU_MODELS.find((g) => g.id === 'h100-pcie')!.efficiencyWPerTflops).toBeNull();
  });

  it('lists the required models with unique ids, ASICs newest last', () => {
    expect(ASIC_MODELS.map((m) => m.id)).toEqual(['s9', 's19', 's19-pro', 's19j-pro', 's19-xp', 's21', 's21-plus', 's21-pro', 's21-xp']);
    expect(GPU_MODELS.map((m) => m.id).sort()).toEqual(['a100-sxm', 'h100-pcie', 'h100-sxm', 'rtx-4090']);
    expect(new Set(HARDWARE_CATALOG.map((m) => m.id)).size).toBe(HARDWARE_CATALOG.length);
  });

  it('cites a listed source for every model, each present in content/sources.json', () => {
    const known = new Set(sources.map((s) => s.id));
    HARDWARE_CATALOG.forEach((m) => expect(CATALOG_SOURCE_IDS).toContain(m.sourceId));
    CATALOG_SOURCE_IDS.forEach((id) => expect(known.has(id)).toBe(true));
  });

  it('repeats exactly the values of the content facts it names', () => {
    const fieldFor: Record<string, (m: (typeof HARDWARE_CATALOG)[number]) => unknown> = {
      '-ths': (m) => (m.kind === 'asic' ? m.hashrateThs : null),
      '-watts': (m) => m.powerW,
      '-jth': (m) => (m.kind === 'asic' ? Number(m.efficiencyJPerTh.toFixed(1)) : null),
      '-launch-year': (m) => String(m.launchYear), // content stores years as text
      '-bf16-dense-tflops': (m) => (m.kind === 'gpu' ? m.bf16Tflops : null),
      '-launch-price': (m) => m.priceUsd,
    };
    HARDWARE_CATALOG.forEach((model) =>
      model.factIds.forEach((factId) => {
        const suffix = Object.keys(fieldFor).find((s) => factId.endsWith(s))!;
        expect({ factId, value: fieldFor[suffix]!(model) }).toEqual({ factId, value: factValue(factId) });
      }),
    );
  });

  it('findHardware names the valid ids when the id is unknown', () => {
    expect(() => findHardware('s99')).toThrow(RangeError);
    expect(() => findHardware('s99')).toThrow(/id must be one of s9, s19, .*rtx-4090, got "s99"/);
  });
});
