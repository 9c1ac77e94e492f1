import { AI_SITE_OVERHEAD, GPU_POWER_IN_SERVICE } from '@core/assumptions';
import type { WidgetMeta } from '@lib/widget/define';
import { numberParam } from '@lib/widget/params';
import { PRESETS } from './presets';
import { text } from './i18n';

const { params } = text;

const usd0: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 };

/** Defaults describe an H100 bought at Cheah's $50k and rented at August 2024's $2, falling as fast as rents fell in 2024. */
export const schema = {
  capexUsd: numberParam({
    key: 'capex', ...params.capexUsd, min: 5000, max: 100000, step: 50, default: 50000,
    sourceId: 'cheah-2024', asOf: '2024-08', format: usd0,
  }),
  rentUsdPerHour: numberParam({
    key: 'rent', ...params.rentUsdPerHour, min: 0.5, max: 10, step: 0.01, default: 2,
    sourceId: 'cheah-2024', asOf: '2024-08', format: { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 },
  }),
  rentDeclinePct: numberParam({
    key: 'fall', ...params.rentDeclinePct, min: 0, max: 80, step: 1, default: 40,
    sourceId: 'cheah-2024', asOf: '2024', format: { maximumFractionDigits: 0 },
  }),
  utilizationPct: numberParam({
    key: 'util', ...params.utilizationPct, min: 10, max: 100, step: 1, default: 100,
    sourceId: 'cheah-2024', asOf: '2024-08', format: { maximumFractionDigits: 0 },
  }),
  powerDrawW: numberParam({
    key: 'watts', ...params.powerDrawW, min: 300, max: 2500, step: 5, default: GPU_POWER_IN_SERVICE.value,
    sourceId: GPU_POWER_IN_SERVICE.sourceId!, asOf: GPU_POWER_IN_SERVICE.asOf, format: { maximumFractionDigits: 0 },
  }),
  pue: numberParam({
    key: 'pue', ...params.pue, min: 1, max: 2.5, step: 0.01, default: AI_SITE_OVERHEAD.value,
    sourceId: AI_SITE_OVERHEAD.sourceId!, asOf: AI_SITE_OVERHEAD.asOf, format: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  }),
  powerPriceUsdPerKwh: numberParam({
    key: 'price', ...params.powerPriceUsdPerKwh, min: 0, max: 0.3, step: 0.005, default: 0.045,
    sourceId: 'cambridge-2025', asOf: '2024', format: { style: 'currency', currency: 'USD', minimumFractionDigits: 3, maximumFractionDigits: 3 },
  }),
  otherOpexUsdPerYear: numberParam({
    key: 'opex', ...params.otherOpexUsdPerYear, min: 0, max: 10000, step: 100, default: 0,
    sourceId: 'cheah-2024', asOf: '2024-08', format: usd0,
  }),
  lifeYears: numberParam({
    key: 'life', ...params.lifeYears, min: 1, max: 10, step: 1, default: 5,
    sourceId: 'cheah-2024', asOf: '2024-08', format: { maximumFractionDigits: 0 },
  }),
  discountPct: numberParam({
    key: 'rate', ...params.discountPct, min: 0, max: 30, step: 0.5, default: 10,
    sourceId: 'cheah-2024', asOf: '2024-08', format: { maximumFractionDigits: 1 },
  }),
};

export const meta = {
  id: 'lease-calculator',
  component: 'LeaseCalculator',
  title: text.title,
  chapter: '04-leasing-glut',
  prefix: 'lease',
  goal: text.goal,
  schema,
  presets: PRESETS,
  sources: ['cheah-2024', 'iren-2024-09-16', 'iren-2024-04-update', 'nvidia-dgx-h100-user-guide', 'core-scientific-releases-2024', 'cambridge-2025'],
  embedHeightPx: 2400,
} satisfies WidgetMeta;
