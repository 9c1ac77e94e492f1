import { HOSTING_RENT_2024 } from '@core/assumptions';
import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam } from '@lib/widget/params';
import { DEAL_SOURCE_IDS, DEALS, LATEST, dealOption } from './data';
import { text } from './i18n';

/** Which deals the board shows. */
export const FILTERS = [
  { value: 'all', label: text.filters.all },
  { value: 'hosting', label: text.filters.hosting },
  { value: 'gpu-cloud', label: text.filters['gpu-cloud'] },
] as const;

/**
 * The deals board: every sourced miner–AI deal from 2024 on (content/deals.json), by date signed
 * and by what it pays per MW a year. Settings:
 * - deal: the deal whose figures the readouts show; the latest signed by default.
 * - show: all deals, hosting leases only, or GPU-cloud contracts only.
 * Its sources are every deal's, and the 2024 reference rent's (src/core/assumptions.ts).
 * embedHeightPx: the embed page at 400 px wide measured 1,848–2,139 px (in astro dev, 5 December
 * 2026) over the defaults, every deal and the lesson scenarios, tallest with Galaxy–CoreWeave's
 * long remark; 2,139 plus 10%.
 */
export const meta = {
  id: 'deals-board',
  component: 'DealsBoard',
  title: text.title,
  chapter: '07-two-years-on',
  prefix: 'deals',
  goal: text.goal,
  schema: {
    deal: choiceParam({ key: 'deal', label: text.schema.deal, options: DEALS.map(dealOption), default: LATEST.id }),
    show: choiceParam({ key: 'show', label: text.schema.show, options: FILTERS, default: 'all' }),
  },
  sources: [...new Set([...DEAL_SOURCE_IDS, HOSTING_RENT_2024.sourceId!])],
  embedHeightPx: 2350,
} satisfies WidgetMeta;
