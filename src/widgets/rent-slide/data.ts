/**
 * The dated, sourced points of the H100 rent slide. Each value repeats a fact in
 * content/facts.json (named by `factIds`), and a test checks that they still agree.
 * Dates give the period a source vouches for: Cheah dates his 2023 figures only to the year,
 * so those points span 2023 rather than pretend to a month.
 */
import { revenueUsdPerGpuHour } from '@core/gpuRent';
import { text } from './i18n';

export interface RentPoint {
  id: 'launch' | 'peak' | 'jan-2024' | 'aug-2024' | 'iren';
  /** Short label for the chart and table. */
  label: string;
  /** First and last day the figure describes (ISO dates). */
  fromIso: string;
  toIso: string;
  /** USD per GPU-hour; equal unless the source gives a range. */
  lowUsd: number;
  highUsd: number;
  /** True when the source gives a floor ("more than $8"). */
  atLeast?: boolean;
  /** True when the site computed the figure from the source's numbers. */
  computed?: boolean;
  sourceId: string;
  /** Short credit for the table. */
  sourceLabel: string;
  factIds: readonly string[];
  /** Who earned the rent, for the summary sentence (default: the dictionary's `subject`, "an H100 rented for"). */
  subject?: string;
  /** Unit words after the price in that sentence (default: its `perWhat`, "an hour"). */
  perWhat?: string;
  /** What the figure is, in a few words, for the table. */
  note: string;
}

/** IREN's AI cloud, 16 Sep 2024: about $33M a year from 1,896 H100/H200 GPUs (fact D24). */
export const IREN_AI_REVENUE_USD_PER_YEAR = 33_000_000;
export const IREN_AI_GPUS = 1896;

/** $33M ÷ 1,896 GPUs ÷ 8,760 h = $1.99 per GPU-hour, if every GPU earned all year (V-D3). */
export const irenRevenueUsdPerGpuHour = revenueUsdPerGpuHour(IREN_AI_REVENUE_USD_PER_YEAR, IREN_AI_GPUS);

/** A point's label, short credit and note in this build's language. */
function words(id: RentPoint['id']): Pick<RentPoint, 'label' | 'sourceLabel' | 'note'> {
  const { label, source, note } = text.points[id];
  return { label, sourceLabel: source, note };
}

export const RENT_POINTS: readonly RentPoint[] = [
  {
    id: 'launch', ...words('launch'), fromIso: '2023-01-01', toIso: '2023-12-31', lowUsd: 4.7, highUsd: 4.7,
    sourceId: 'cheah-2024', factIds: ['h100-rent-launch'],
  },
  {
    id: 'peak', ...words('peak'), fromIso: '2023-01-01', toIso: '2023-12-31', lowUsd: 8, highUsd: 8, atLeast: true,
    sourceId: 'cheah-2024', factIds: ['h100-rent-peak-2023'],
  },
  {
    id: 'jan-2024', ...words('jan-2024'), fromIso: '2024-01-01', toIso: '2024-01-31', lowUsd: 2.85, highUsd: 2.85,
    sourceId: 'cheah-2024', factIds: ['h100-rent-2024-01'],
  },
  {
    id: 'aug-2024', ...words('aug-2024'), fromIso: '2024-08-01', toIso: '2024-08-31', lowUsd: 1, highUsd: 2,
    sourceId: 'cheah-2024', factIds: ['h100-rent-2024-08-low', 'h100-rent-2024-08-high'],
  },
  {
    id: 'iren', ...words('iren'), fromIso: '2024-09-16', toIso: '2024-09-16',
    lowUsd: irenRevenueUsdPerGpuHour, highUsd: irenRevenueUsdPerGpuHour, computed: true,
    subject: text.points.iren.subject, perWhat: text.points.iren.perWhat,
    sourceId: 'iren-2024-09-16', factIds: ['iren-ai-revenue-per-gpu-hour'],
  },
];

/** NVIDIA's pitch, per Cheah: about $4 per GPU-hour over four years (fact D17). */
export const NVIDIA_PROJECTION = { usd: 4, sourceId: 'cheah-2024', factId: 'nvidia-rent-projection' } as const;
/** Cheah: below $1.65 an H100 bought at $50k loses money over five years (fact D18). */
export const CHEAH_LOSS_LINE = { usd: 1.65, sourceId: 'cheah-2024', factId: 'cheah-threshold-loss' } as const;

/** The chart's time window. */
export const DOMAIN_FROM_ISO = '2023-01-01';
export const DOMAIN_TO_ISO = '2024-12-31';
