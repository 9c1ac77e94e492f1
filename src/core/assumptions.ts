/**
 * The assumptions every AI-site figure on the site shares, each named once with its source, so a
 * GPU draws the same power and a site loses the same share to overhead in every widget and model.
 * A widget may still let the reader change one (a slider's default comes from here).
 * test/core/assumptions.test.ts fails when a widget or model writes its own.
 *
 * Megawatts come on two bases, and every figure says which:
 * - grid MW: what the site draws from the grid (a mine's size, a utility's hookup);
 * - IT MW ("critical IT load"): what reaches the computers, the basis of hosting rents.
 * An AI site's IT MW = grid MW × `itShareOfSite`; its overhead (PUE-like) = grid ÷ IT.
 */
import type { Formula } from './formula';
import { finite, inRange } from './validate';

/** A named, sourced constant. */
export interface Assumption {
  value: number;
  unit: string;
  label: string;
  /** Source id in content/sources; null for a definition or an editorial choice. */
  sourceId: string | null;
  asOf: string;
  /** Where the number comes from, in a sentence. */
  basis: string;
}

/** 365 days × 24 hours. */
export const HOURS_PER_YEAR = 8760;

/**
 * Grid MW per MW of IT load at an AI site: Core Scientific's Muskogee site, 100 MW drawn from the
 * grid for 70 MW of critical IT (100 / 70 = 1.43, to the two decimals the sliders show). It is a
 * contracted ratio, not a measured PUE: it includes everything between the grid and the racks.
 */
export const AI_SITE_OVERHEAD: Assumption = {
  value: 1.43,
  unit: 'grid MW per MW of IT',
  label: 'AI site overhead (grid ÷ IT power)',
  sourceId: 'core-scientific-releases-2024',
  asOf: '2024-11',
  basis: 'Core Scientific’s Muskogee site: 100 MW from the grid for 70 MW of critical IT load (a contracted ratio, not a measured PUE).',
};

/** Share of a site's grid power that reaches the IT load: 1 ÷ overhead. */
export const AI_SITE_IT_SHARE = 1 / AI_SITE_OVERHEAD.value;

/**
 * Power per GPU in service: an 8-GPU DGX H100 server is rated at 10.2 kW at most (chips,
 * processors, memory, network and fans), 10,200 W ÷ 8 = 1,275 W per GPU. The H100 board alone is
 * 700 W (catalog.ts); a site is sized for the whole server.
 */
export const GPU_POWER_IN_SERVICE: Assumption = {
  value: 10_200 / 8,
  unit: 'W per GPU, with its share of the server',
  label: 'Power per GPU in service',
  sourceId: 'nvidia-dgx-h100-user-guide',
  asOf: '2023',
  basis: 'A DGX H100 server is rated at 10.2 kW at most for its eight GPUs and everything around them: 10,200 W ÷ 8 = 1,275 W per GPU.',
};

/**
 * A mine's overhead, grid ÷ ASIC power: taken as 1 (every watt reaches the machines), an
 * assumption generous to mining, so that a comparison with AI never flatters the switch.
 */
export const MINING_SITE_OVERHEAD: Assumption = {
  value: 1,
  unit: 'grid MW per MW of ASICs',
  label: 'Mine overhead (grid ÷ ASIC power)',
  sourceId: null,
  asOf: '2024',
  basis: 'An assumption generous to mining: every watt drawn from the grid reaches the ASICs.',
};

/**
 * The reference hosting rent of 2024: Core Scientific's CoreWeave contracts, about $8.7B over
 * 12 years for about 500 MW of critical IT, $8.7B ÷ (500 MW × 12 years) = $1.45M per MW of IT a
 * year (validation case V-E). Widgets that start from a 2024 hosting rent start here.
 */
export const HOSTING_RENT_2024: Assumption = {
  value: 8.7e9 / (500 * 12),
  unit: 'USD per MW of IT a year',
  label: 'Hosting rent, Core Scientific–CoreWeave (2024)',
  sourceId: 'core-scientific-2024-10-22',
  asOf: '2024-10-22',
  basis: 'Core Scientific’s CoreWeave contracts: about $8.7 billion over 12 years for about 500 MW of critical IT load.',
};

/** Every shared assumption, for lists (lesson notes, tests). */
export const ASSUMPTIONS = { AI_SITE_OVERHEAD, GPU_POWER_IN_SERVICE, MINING_SITE_OVERHEAD, HOSTING_RENT_2024 } as const;

/**
 * A figure per MW of IT load, restated per MW drawn from the grid: `÷ overhead`. E.g. a rent of
 * $1.45M per MW of IT a year at 1.43 is $1.01M per grid MW, the basis a mine's revenue is on.
 */
export function perGridMwFromPerItMw(usdPerItMw: number, overhead = AI_SITE_OVERHEAD.value): number {
  return finite('usdPerItMw', usdPerItMw) / inRange('overhead', overhead, { min: 1, max: 5 });
}

export const perGridMwFormula: Formula = {
  words: 'A figure per megawatt of IT load, restated per megawatt drawn from the grid: divide by the site’s overhead (grid ÷ IT power).',
  symbols: 'x_grid = x_IT / k',
  fn: 'perGridMwFromPerItMw',
};
