import { AI_SITE_OVERHEAD, GPU_POWER_IN_SERVICE } from '@core/assumptions';
import type { WidgetMeta } from '@lib/widget/define';
import { numberParam, type NumberParam } from '@lib/widget/params';
import { text } from './i18n';

const usd0: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 };
const usd2: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 };
const int: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

/**
 * Converting N MW of mine to rented GPUs. Defaults are dated, sourced figures except the three
 * in ASSUMED, which no source gives and the reader is asked to set.
 */
const schema = {
  siteMw: numberParam({
    key: 'mw', ...text.params.siteMw, min: 5, max: 500, step: 5, default: 100,
    sourceId: 'core-scientific-releases-2024', asOf: '2024-11', format: int,
  }),
  pue: numberParam({
    key: 'pue', ...text.params.pue, min: 1.05, max: 2, step: 0.01, default: AI_SITE_OVERHEAD.value,
    sourceId: AI_SITE_OVERHEAD.sourceId!, asOf: AI_SITE_OVERHEAD.asOf, format: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  }),
  gpuPowerW: numberParam({
    key: 'watts', ...text.params.gpuPowerW, min: 350, max: 2500, step: 5, default: GPU_POWER_IN_SERVICE.value,
    sourceId: GPU_POWER_IN_SERVICE.sourceId!, asOf: GPU_POWER_IN_SERVICE.asOf, format: int,
  }),
  capexUsdPerGpu: numberParam({
    key: 'capex', ...text.params.capexUsdPerGpu, min: 20000, max: 80000, step: 50, default: 50000,
    sourceId: 'cheah-2024', asOf: '2024-08', format: usd0,
  }),
  facilityMUsdPerMw: numberParam({
    key: 'build', ...text.params.facilityMUsdPerMw, min: 0, max: 15, step: 0.5, default: 8,
    sourceId: 'terawulf-2025-08-14', asOf: '2025-08', format: text.formats.facilityMUsdPerMw ?? { style: 'currency', currency: 'USD', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  }),
  asicJPerTh: numberParam({
    key: 'jth', ...text.params.asicJPerTh, min: 10, max: 100, step: 0.1, default: 28.2,
    sourceId: 'cambridge-2025', asOf: '2024', format: { maximumFractionDigits: 1 },
  }),
  resaleUsdPerTh: numberParam({
    key: 'resale', ...text.params.resaleUsdPerTh, min: 0, max: 30, step: 0.5, default: 3,
    format: usd2,
  }),
  downtimeMonths: numberParam({
    key: 'dark', ...text.params.downtimeMonths, min: 0, max: 36, step: 1, default: 12,
    format: int,
  }),
  hashprice: numberParam({
    key: 'hp', ...text.params.hashprice, min: 20, max: 200, step: 0.01, default: 55.21,
    sourceId: 'hri-2024-12-23', asOf: '2024-12-23', format: usd2,
  }),
  powerPrice: numberParam({
    key: 'power', ...text.params.powerPrice, min: 0, max: 0.15, step: 0.001, default: 0.045,
    sourceId: 'cambridge-2025', asOf: '2024', format: { style: 'currency', currency: 'USD', minimumFractionDigits: 3, maximumFractionDigits: 3 },
  }),
  rent: numberParam({
    key: 'rent', ...text.params.rent, min: 0.5, max: 10, step: 0.01, default: 2,
    sourceId: 'cheah-2024', asOf: '2024-08', format: usd2,
  }),
  utilizationPct: numberParam({
    key: 'util', ...text.params.utilizationPct, min: 10, max: 100, step: 1, default: 80,
    format: text.formats.utilizationPct ?? int,
  }),
};

export type SwitchingSchema = typeof schema;

/** Why each default is what it is, shown under its slider; the ones in ASSUMED get an “Assumption.” label. */
export const DEFAULT_NOTES: Record<keyof SwitchingSchema, string> = text.notes;

/** Parameters with no source behind their default. */
export const ASSUMED = new Set<keyof SwitchingSchema>(['resaleUsdPerTh', 'downtimeMonths', 'utilizationPct']);

export const meta = {
  id: 'switching-bill',
  component: 'SwitchingBill',
  title: text.title,
  chapter: '02-asic-vs-gpu',
  prefix: 'switch',
  goal: text.goal,
  schema,
  sources: ['core-scientific-releases-2024', 'terawulf-2025-08-14', 'nvidia-dgx-h100-user-guide', 'lockwood-h100', 'cheah-2024', 'iren-2024-09-16', 'cambridge-2025', 'iren-t21-purchase-2023-12', 'hri-2024-12-23'],
  embedHeightPx: 3650,
} satisfies WidgetMeta;

/** Groups of sliders, in reading order. */
export const GROUPS: readonly { title: string; params: readonly (keyof SwitchingSchema)[] }[] = [
  { title: text.groups.site, params: ['siteMw', 'pue', 'gpuPowerW', 'capexUsdPerGpu', 'facilityMUsdPerMw'] },
  { title: text.groups.mine, params: ['asicJPerTh', 'resaleUsdPerTh', 'downtimeMonths', 'hashprice', 'powerPrice'] },
  { title: text.groups.rent, params: ['rent', 'utilizationPct'] },
];

export const numberSpec = (name: keyof SwitchingSchema): NumberParam => schema[name];
