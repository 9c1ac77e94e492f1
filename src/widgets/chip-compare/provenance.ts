/**
 * How each of the chip comparison's readouts was obtained: the catalog specs (with their
 * sources), the hashprice and rent settings, and the core formula that combined them.
 */
import type { Formula } from '@core/formula';
import { asicChipDayFormula, gpuChipDayFormula } from '@core/chips';
import { num } from '@lib/widget/format';
import { paramInputs, reported, traced, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import { meta } from './meta';
import type { ChipInputs, ChipView } from './model';

const asicEnergyFormula: Formula = { words: 'Energy per unit of work: the power the chip draws divided by the hashes it does each second.', symbols: 'e = W / h', fn: 'asicChipDay' };
const gpuEnergyFormula: Formula = { words: 'Energy per unit of work: the power the board draws divided by the operations it does each second.', symbols: 'e = W / F', fn: 'gpuChipDay' };
const ratioFormula: Formula = { words: 'What the GPU’s rent brings per kilowatt-hour it burns, divided by what the ASIC earns per kilowatt-hour.', symbols: 'ratio = (r / (W/1000)) / (H / (e × 24))', fn: 'chipView' };

export type ChipReadout = 'asic-work' | 'asic-energy' | 'gpu-work' | 'gpu-energy' | 'asic-day' | 'gpu-day' | 'asic-kwh' | 'gpu-kwh' | 'ratio';

export function chipReadouts(view: ChipView, v: ChipInputs): Record<ChipReadout, Traced> {
  const a = view.asic.model;
  const g = view.gpu.model;
  const spec = (label: string, value: number, unit: string, m: typeof a | typeof g): ProvenanceInput => ({ label: `${m.name} ${label}`, value: num(value, 1), unit, sourceId: m.sourceId });
  const hashrate = spec('hashrate (h)', a.hashrateThs, 'TH/s', a);
  const asicPower = spec('power (W)', a.powerW, 'W', a);
  const flops = spec('dense BF16 (F)', g.bf16Tflops ?? NaN, 'TFLOPS', g);
  const gpuPower = spec('board power (W)', g.powerW, 'W', g);
  const [hashprice] = paramInputs(meta.schema, v, [['hashprice', 'H']]);
  const [rent] = paramInputs(meta.schema, v, [['rent', 'r']]);
  return {
    'asic-work': reported(view.asic.workText, hashrate),
    'gpu-work': reported(view.gpu.workText, flops),
    'asic-energy': traced(view.asic.energyText, asicEnergyFormula, [asicPower, hashrate]),
    'gpu-energy': traced(view.gpu.energyText, gpuEnergyFormula, [gpuPower, flops]),
    'asic-day': traced(view.asic.dayText, asicChipDayFormula, [hashrate, hashprice!]),
    'gpu-day': traced(view.gpu.dayText, gpuChipDayFormula, [rent!]),
    'asic-kwh': traced(view.asic.kwhText, asicChipDayFormula, [hashrate, asicPower, hashprice!]),
    'gpu-kwh': traced(view.gpu.kwhText, gpuChipDayFormula, [rent!, gpuPower]),
    ratio: traced(view.ratioText, ratioFormula, [
      { label: `${view.gpu.short} per kWh`, value: view.gpu.kwhText, note: 'computed by gpuChipDay' },
      { label: `${view.asic.short} per kWh`, value: view.asic.kwhText, note: 'computed by asicChipDay' },
      rent!, hashprice!,
    ]),
  };
}
