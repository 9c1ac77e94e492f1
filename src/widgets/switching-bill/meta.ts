import { AI_SITE_OVERHEAD, GPU_POWER_IN_SERVICE } from '@core/assumptions';
import type { WidgetMeta } from '@lib/widget/define';
import { numberParam, type NumberParam } from '@lib/widget/params';

const usd0: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 };
const usd2: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 };
const int: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

/**
 * Converting N MW of mine to rented GPUs. Defaults are dated, sourced figures except the three
 * in ASSUMED, which no source gives and the reader is asked to set.
 */
const schema = {
  siteMw: numberParam({
    key: 'mw', label: 'Site size', unit: 'MW from the grid', min: 5, max: 500, step: 5, default: 100,
    sourceId: 'core-scientific-releases-2024', asOf: '2024-11', format: int,
  }),
  pue: numberParam({
    key: 'pue', label: 'AI site overhead (grid ÷ IT power)', unit: '× the IT power', min: 1.05, max: 2, step: 0.01, default: AI_SITE_OVERHEAD.value,
    sourceId: AI_SITE_OVERHEAD.sourceId!, asOf: AI_SITE_OVERHEAD.asOf, format: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  }),
  gpuPowerW: numberParam({
    key: 'watts', label: 'Power per GPU, with its server share', unit: 'W', min: 350, max: 2500, step: 5, default: GPU_POWER_IN_SERVICE.value,
    sourceId: GPU_POWER_IN_SERVICE.sourceId!, asOf: GPU_POWER_IN_SERVICE.asOf, format: int,
  }),
  capexUsdPerGpu: numberParam({
    key: 'capex', label: 'Cost per GPU, all in (servers, network, racks)', unit: 'USD', min: 20000, max: 80000, step: 50, default: 50000,
    sourceId: 'cheah-2024', asOf: '2024-08', format: usd0,
  }),
  facilityMUsdPerMw: numberParam({
    key: 'build', label: 'Building and liquid cooling', unit: 'million USD per MW of IT', min: 0, max: 15, step: 0.5, default: 8,
    sourceId: 'terawulf-2025-08-14', asOf: '2025-08', format: { style: 'currency', currency: 'USD', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  }),
  asicJPerTh: numberParam({
    key: 'jth', label: 'Old mining fleet efficiency', unit: 'J/TH', min: 10, max: 100, step: 0.1, default: 28.2,
    sourceId: 'cambridge-2025', asOf: '2024', format: { maximumFractionDigits: 1 },
  }),
  resaleUsdPerTh: numberParam({
    key: 'resale', label: 'What the old ASICs fetch', unit: 'USD per TH/s', min: 0, max: 30, step: 0.5, default: 3,
    format: usd2,
  }),
  downtimeMonths: numberParam({
    key: 'dark', label: 'Months with the site dark', unit: 'months', min: 0, max: 36, step: 1, default: 12,
    format: int,
  }),
  hashprice: numberParam({
    key: 'hp', label: 'Hashprice given up', unit: 'USD per PH/s per day', min: 20, max: 200, step: 0.01, default: 55.21,
    sourceId: 'hri-2024-12-23', asOf: '2024-12-23', format: usd2,
  }),
  powerPrice: numberParam({
    key: 'power', label: 'Power price', unit: 'USD per kWh', min: 0, max: 0.15, step: 0.001, default: 0.045,
    sourceId: 'cambridge-2025', asOf: '2024', format: { style: 'currency', currency: 'USD', minimumFractionDigits: 3, maximumFractionDigits: 3 },
  }),
  rent: numberParam({
    key: 'rent', label: 'GPU rent', unit: 'USD per GPU-hour', min: 0.5, max: 10, step: 0.01, default: 2,
    sourceId: 'cheah-2024', asOf: '2024-08', format: usd2,
  }),
  utilizationPct: numberParam({
    key: 'util', label: 'Hours rented', unit: '% of hours', min: 10, max: 100, step: 1, default: 80,
    format: int,
  }),
};

export type SwitchingSchema = typeof schema;

/** Why each default is what it is, shown under its slider; the ones in ASSUMED get an “Assumption.” label. */
export const DEFAULT_NOTES: Record<keyof SwitchingSchema, string> = {
  siteMw: 'Source: Core Scientific’s Muskogee site, 100 MW.',
  pue: `Source: ${AI_SITE_OVERHEAD.basis}`,
  gpuPowerW: `Source: ${GPU_POWER_IN_SERVICE.basis}`,
  capexUsdPerGpu: 'Source: Cheah’s $50,000 per H100 (Aug 2024). IREN paid about $40,650 per H200 (Sep 2024).',
  facilityMUsdPerMw: 'Source: TeraWulf’s guidance of $8–10 million per MW of critical IT (Aug 2025), low end.',
  asicJPerTh: 'Source: the average fleet in Cambridge’s 2024 miner survey.',
  resaleUsdPerTh: 'Uncertain: we found no sourced resale price. For scale, IREN paid about $14/TH for new T21s in Dec 2023 (low confidence).',
  downtimeMonths: 'No source gives a conversion time. Set your own.',
  hashprice: 'Source: Hashrate Index, 23 Dec 2024.',
  powerPrice: 'Source: median power price in Cambridge’s 2024 miner survey.',
  rent: 'Source: Cheah, H100 rent by Aug 2024.',
  utilizationPct: 'Cheah’s own sums assume every hour is rented, which he calls unreasonable.',
};

/** Parameters with no source behind their default. */
export const ASSUMED = new Set<keyof SwitchingSchema>(['resaleUsdPerTh', 'downtimeMonths', 'utilizationPct']);

export const meta = {
  id: 'switching-bill',
  component: 'SwitchingBill',
  title: 'The switching bill',
  chapter: '02-asic-vs-gpu',
  prefix: 'switch',
  goal: 'Add up what it costs a miner to turn a site into an AI data centre (GPUs, building, lost mining, less ASIC resale) and how many months of rent pay it back.',
  schema,
  sources: ['core-scientific-releases-2024', 'terawulf-2025-08-14', 'nvidia-dgx-h100-user-guide', 'lockwood-h100', 'cheah-2024', 'iren-2024-09-16', 'cambridge-2025', 'iren-t21-purchase-2023-12', 'hri-2024-12-23'],
  embedHeightPx: 3650,
} satisfies WidgetMeta;

/** Groups of sliders, in reading order. */
export const GROUPS: readonly { title: string; params: readonly (keyof SwitchingSchema)[] }[] = [
  { title: 'The new AI site', params: ['siteMw', 'pue', 'gpuPowerW', 'capexUsdPerGpu', 'facilityMUsdPerMw'] },
  { title: 'The old mine', params: ['asicJPerTh', 'resaleUsdPerTh', 'downtimeMonths', 'hashprice', 'powerPrice'] },
  { title: 'The rent', params: ['rent', 'utilizationPct'] },
];

export const numberSpec = (name: keyof SwitchingSchema): NumberParam => schema[name];
