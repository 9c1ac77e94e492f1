import { ASIC_MODELS, GPU_MODELS } from '@core/catalog';
import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';

/** GPUs whose BF16 throughput is known; the H100 PCIe's was not found (fact D03), so it is left out. */
export const GPU_CHOICES = GPU_MODELS.filter((g) => g.bf16Tflops !== null);

const usd2: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 };

/**
 * Defaults: the S21 of 2023 against the H100 SXM, at Hashrate Index's hashprice of 23 December 2024
 * and the $2 an hour H100s were renting for by August 2024.
 */
export const schema = {
  asic: choiceParam({
    key: 'asic', label: 'Mining chip (ASIC)',
    options: ASIC_MODELS.map((m) => ({ value: m.id, label: `${m.name}, ${m.hashrateThs} TH/s` })),
    default: 's21', sourceId: 'asics-tools',
  }),
  gpu: choiceParam({
    key: 'gpu', label: 'AI chip (GPU)',
    options: GPU_CHOICES.map((m) => ({ value: m.id, label: m.name })),
    default: 'h100-sxm', sourceId: 'lockwood-h100',
  }),
  hashprice: numberParam({
    key: 'hp', label: 'Hashprice', unit: 'USD per PH/s per day', min: 20, max: 200, step: 0.01, default: 55.21,
    sourceId: 'hri-2024-12-23', asOf: '2024-12-23', format: usd2,
  }),
  rent: numberParam({
    key: 'rent', label: 'GPU rent', unit: 'USD per GPU-hour', min: 0.5, max: 10, step: 0.01, default: 2,
    sourceId: 'cheah-2024', asOf: '2024-08', format: usd2,
  }),
};

export const meta = {
  id: 'chip-compare',
  component: 'ChipCompare',
  title: 'What one chip does in one second',
  chapter: '02-asic-vs-gpu',
  prefix: 'chip',
  goal: 'See that a mining ASIC and an AI GPU do different kinds of work, and compare what each draws and earns per day and per kilowatt-hour.',
  schema,
  sources: ['asics-tools', 'lockwood-h100', 'cheah-2024', 'pcgamer-4090', 'gpu-spec-datasets', 'hri-2024-12-23', 'hri-2024-04-01', 'hri-2024-09-16'],
  embedHeightPx: 2300,
} satisfies WidgetMeta;
