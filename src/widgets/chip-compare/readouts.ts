/**
 * The chip comparison's readouts, in reading order: each chip's work and energy per unit of work
 * (in its own units), then what each earns per day and per kWh, and the ratio per kWh. Each names
 * the catalog specs (with their sources), the hashprice and rent settings, and the core formula.
 */
import { asicChipDayFormula, asicEnergyPerWorkFormula, gpuChipDayFormula, gpuEnergyPerWorkFormula, revenuePerKwhRatioFormula } from '@core/chips';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { paramInputs, reported, traced, type ProvenanceInput } from '@lib/widget/provenance';
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
  const hashrate = spec('hashrate (h)', a.hashrateThs, 'TH/s', a);
  const asicPower = spec('power (W)', a.powerW, 'W', a);
  const flops = spec('dense BF16 (F)', g.bf16Tflops ?? NaN, 'TFLOPS', g);
  const gpuPower = spec('board power (W)', g.powerW, 'W', g);
  const [hashprice, rent] = paramInputs(meta.schema, v, [['hashprice', 'H'], ['rent', 'r']]) as [ProvenanceInput, ProvenanceInput];
  return [
    { id: 'asic-work', label: `${asic.short}: work per second`, ...reported(asic.workText, hashrate) },
    { id: 'asic-energy', label: `${asic.short}: energy per unit of work`, ...traced(asic.energyText, asicEnergyPerWorkFormula, [asicPower, hashrate]) },
    { id: 'gpu-work', label: `${gpu.short}: work per second`, ...reported(gpu.workText, flops) },
    { id: 'gpu-energy', label: `${gpu.short}: energy per unit of work`, ...traced(gpu.energyText, gpuEnergyPerWorkFormula, [gpuPower, flops]) },
    { id: 'asic-day', label: `${asic.short} earns a day`, ...traced(asic.dayText, asicChipDayFormula, [hashrate, hashprice]) },
    { id: 'gpu-day', label: `${gpu.short} earns a day`, ...traced(gpu.dayText, gpuChipDayFormula, [rent]) },
    { id: 'asic-kwh', label: `${asic.short} per kWh (its breakeven power price)`, ...traced(asic.kwhText, asicChipDayFormula, [hashrate, asicPower, hashprice]) },
    { id: 'gpu-kwh', label: `${gpu.short} per kWh of board power`, ...traced(gpu.kwhText, gpuChipDayFormula, [rent, gpuPower]) },
    {
      id: 'ratio', label: 'Ratio per kWh',
      ...traced(view.ratioText, revenuePerKwhRatioFormula, [
        { label: `${gpu.short} per kWh`, value: gpu.kwhText, note: 'computed by gpuChipDay' },
        { label: `${asic.short} per kWh`, value: asic.kwhText, note: 'computed by asicChipDay' },
        rent, hashprice,
      ]),
    },
  ];
}
