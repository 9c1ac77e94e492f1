/** The chip comparison's figures for lesson notes: its readouts, as the view shows them. */
import type { Figures } from '@lib/teach/teach';
import { chipView, type ChipInputs } from './model';

export function teachFigures(v: ChipInputs): Figures {
  const view = chipView(v);
  if (!view.ok) return {};
  const { asic, gpu } = view;
  return {
    'asic-work': { label: `${asic.name}: work a second`, text: asic.workText },
    'asic-energy': { label: `${asic.name}: energy per unit of work`, text: asic.energyText },
    'gpu-work': { label: `${gpu.name}: work a second`, text: gpu.workText },
    'gpu-energy': { label: `${gpu.name}: energy per unit of work`, text: gpu.energyText },
    'asic-day': { label: `${asic.short} earns a day`, text: asic.dayText },
    'gpu-day': { label: `${gpu.short} earns a day`, text: gpu.dayText },
    'asic-kwh': { label: `${asic.short} earns per kWh`, text: asic.kwhText },
    'gpu-kwh': { label: `${gpu.short} earns per kWh of board power`, text: gpu.kwhText },
    ratio: { label: 'Per kWh, side by side', text: view.ratioText },
  };
}
