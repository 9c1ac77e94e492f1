import { ASIC_MODELS, GPU_MODELS } from '@core/catalog';
import type { WidgetMeta } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { choiceParam, numberParam } from '@lib/widget/params';
import { text } from './i18n';

/** GPUs whose BF16 throughput is known; the H100 PCIe's was not found (fact D03), so it is left out. */
export const GPU_CHOICES = GPU_MODELS.filter((g) => g.bf16Tflops !== null);

const usd2: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 };

/**
 * Defaults: the S21 of 2023 against the H100 SXM, at Hashrate Index's hashprice of 23 December 2024
 * and the $2 an hour H100s were renting for by August 2024.
 */
export const schema = {
  asic: choiceParam({
    key: 'asic', label: text.asicLabel,
    options: ASIC_MODELS.map((m) => ({ value: m.id, label: text.asicOption(m.name, num(m.hashrateThs, 1)) })),
    default: 's21', sourceId: 'asics-tools',
  }),
  gpu: choiceParam({
    key: 'gpu', label: text.gpuLabel,
    options: GPU_CHOICES.map((m) => ({ value: m.id, label: m.name })),
    default: 'h100-sxm', sourceId: 'lockwood-h100',
  }),
  hashprice: numberParam({
    key: 'hp', label: text.hashpriceLabel, unit: text.hashpriceUnit, min: 20, max: 200, step: 0.01, default: 55.21,
    sourceId: 'hri-2024-12-23', asOf: '2024-12-23', format: usd2,
  }),
  rent: numberParam({
    key: 'rent', label: text.rentLabel, unit: text.rentUnit, min: 0.5, max: 10, step: 0.01, default: 2,
    sourceId: 'cheah-2024', asOf: '2024-08', format: usd2,
  }),
};

export const meta = {
  id: 'chip-compare',
  component: 'ChipCompare',
  title: text.title,
  chapter: '02-asic-vs-gpu',
  prefix: 'chip',
  goal: text.goal,
  schema,
  sources: ['asics-tools', 'lockwood-h100', 'cheah-2024', 'pcgamer-4090', 'gpu-spec-datasets', 'hri-2024-12-23', 'hri-2024-04-01', 'hri-2024-09-16'],
  embedHeightPx: 2300,
} satisfies WidgetMeta;
