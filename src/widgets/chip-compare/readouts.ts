/**
 * The chip comparison's readouts, in reading order: each chip's work and energy per unit of work
 * (in its own units), then what each earns per day and per kWh, and the ratio per kWh. Each names
 * the catalog specs (with their sources), the hashprice and rent settings, and the core formula.
 */
import { asicChipDayFormula, asicEnergyPerWorkFormula, gpuChipDayFormula, gpuEnergyPerWorkFormula, revenuePerKwhRatioFormula } from '@core/chips';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { paramInputs, reported, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { text } from './i18n';
import { meta } from './meta';
import type { ChipError, ChipInputs, ChipView } from './model';

/** The readouts laid out as a grid; the others sit beside each chip's name or in a sentence. */
export const GRID_READOUTS: readonly string[] = ['asic-day', 'gpu-day', 'asic-kwh', 'gpu-kwh'];

export function readouts(view: ChipView | ChipError, v: ChipInputs): Readout[] {
  if (!view.ok) return [];
  const { asic, gpu } = view;
  const a = asic.model;
  const g = gpu.model;
  const spec = (label: string, value: number, unit: string, m: typeof a | typeof g): ProvenanceInput => ({ label: `${m.name} ${label}`, value: num(value, 1), unit, sourceId: m.sourceId });
  const { specInputs: words, wattUnit } = text;
  const hashrate = spec(words.hashrate, a.hashrateThs, 'TH/s', a);
  const asicPower = spec(words.power, a.powerW, wattUnit, a);
  const flops = spec(words.flops, g.bf16Tflops ?? NaN, 'TFLOPS', g);
  const gpuPower = spec(words.boardPower, g.powerW, wattUnit, g);
  const [hashprice, rent] = paramInputs(meta.schema, v, [['hashprice', 'H'], ['rent', 'r']]) as [ProvenanceInput, ProvenanceInput];
  return [
    { id: 'asic-work', label: text.workLabel(asic.short), ...reported(asic.workText, hashrate) },
    { id: 'asic-energy', label: text.energyLabel(asic.short), ...traced(asic.energyText, asicEnergyPerWorkFormula, [asicPower, hashrate]) },
    { id: 'gpu-work', label: text.workLabel(gpu.short), ...reported(gpu.workText, flops) },
    { id: 'gpu-energy', label: text.energyLabel(gpu.short), ...traced(gpu.energyText, gpuEnergyPerWorkFormula, [gpuPower, flops]) },
    { id: 'asic-day', label: text.dayLabel(asic.short), ...traced(asic.dayText, asicChipDayFormula, [hashrate, hashprice]) },
    { id: 'gpu-day', label: text.dayLabel(gpu.short), ...traced(gpu.dayText, gpuChipDayFormula, [rent]) },
    { id: 'asic-kwh', label: text.asicKwhLabel(asic.short), ...traced(asic.kwhText, asicChipDayFormula, [hashrate, asicPower, hashprice]) },
    { id: 'gpu-kwh', label: text.gpuKwhLabel(gpu.short), ...traced(gpu.kwhText, gpuChipDayFormula, [rent, gpuPower]) },
    {
      id: 'ratio', label: text.ratioLabel,
      ...traced(view.ratioText, revenuePerKwhRatioFormula, [
        { label: text.perKwhInput(gpu.short), value: gpu.kwhText, note: text.computedBy('gpuChipDay') },
        { label: text.perKwhInput(asic.short), value: asic.kwhText, note: text.computedBy('asicChipDay') },
        rent, hashprice,
      ]),
    },
  ];
}
