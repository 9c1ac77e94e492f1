/**
 * The readouts of "One site, three businesses": the two ends of mining's range (in the chart's
 * key), then a year of each business as a table whose cell ids are "<line>-<business>", e.g.
 * "profit-hosting". Each carries the core formula of its business, the settings it used (with
 * their sources) and the sourced figures the model holds fixed (FIXED in ./model.ts).
 */
import { AI_SITE_OVERHEAD, GPU_POWER_IN_SERVICE, MINING_SITE_OVERHEAD } from '@core/assumptions';
import type { Formula } from '@core/formula';
import { siteGpuRentalFormula, siteHostingFormula, siteMiningFormula } from '@core/power';
import { yearAveragePriceFormula } from '@core/siteChoice';
import type { Readout } from '@lib/widget/define';
import { money, num, usd } from '@lib/widget/format';
import { assumptionInput, paramInputs, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { meta } from './meta';
import { FIXED, MONTE_CARLO, type BusinessId, type BusinessRow, type SiteValues, type SiteView } from './model';

const { schema } = meta;
const FORMULA: Record<BusinessId, Formula> = { mining: siteMiningFormula, hosting: siteHostingFormula, gpu: siteGpuRentalFormula };

/** The table's rows, in order: key (the readout id's first part), label, and the number it shows. */
export const READOUT_LINES = [
  { key: 'revenue', label: 'Revenue', value: (r: BusinessRow) => r.revenueUsd },
  { key: 'power', label: 'Power', value: (r: BusinessRow) => r.powerCostUsd, cost: true },
  { key: 'other', label: 'Other', value: (r: BusinessRow) => r.otherCostUsd, cost: true },
  { key: 'capex', label: 'Refit, GPUs /yr', value: (r: BusinessRow) => r.capexAmortizationUsd, cost: true },
  { key: 'profit', label: 'Profit', value: (r: BusinessRow) => r.profitUsd, strong: true },
  { key: 'upfront', label: 'Up front', value: (r: BusinessRow) => r.upfrontUsd },
] as const;

function inputsOf(id: BusinessId, v: SiteValues): ProvenanceInput[] {
  const site = paramInputs(schema, v, [['mw', 'MW']]);
  if (id === 'mining') {
    return [...site, assumptionInput(MINING_SITE_OVERHEAD, 'Mine overhead (PUE)'), ...paramInputs(schema, v, [['hashprice', 'H'], ['power', 'c']]),
      { label: 'Fleet efficiency (e)', value: num(FIXED.efficiencyJPerTh, 1), unit: 'J/TH', sourceId: 'cambridge-2025', asOf: '2024' },
      { label: 'Other costs', value: usd(FIXED.miningOtherOpexUsdPerMwh, 2), unit: 'per MWh', sourceId: 'cambridge-2025', asOf: '2024' }];
  }
  const aiSite: ProvenanceInput[] = [
    assumptionInput(AI_SITE_OVERHEAD, 'AI site overhead (PUE)'),
    { label: 'Refit', value: money(FIXED.refitUsdPerMwIt), unit: 'per MW of IT', sourceId: 'terawulf-2025-08-14', asOf: '2025-08', note: `spread over ${FIXED.refitLifeYears} years` },
  ];
  if (id === 'hosting') {
    return [...site, ...paramInputs(schema, v, [['hosting', 'rate'], 'payer', 'power']), ...aiSite,
      { label: 'Overheads', value: `${FIXED.hostingOpexPct}%`, unit: 'of rent', sourceId: 'terawulf-2025-08-14', asOf: '2025-08' }];
  }
  return [...site, ...paramInputs(schema, v, [['rent', 'r'], ['util', 'u'], ['power', 'c']]), ...aiSite,
    assumptionInput(GPU_POWER_IN_SERVICE, 'GPU power (W)', num(FIXED.gpuPowerW)),
    { label: 'GPU price, all in (K)', value: usd(FIXED.capexUsdPerGpu), sourceId: 'iren-2024-09-16' },
    { label: 'GPU life (L)', value: num(FIXED.gpuLifeYears), unit: 'years', sourceId: 'cheah-2024' }];
}

/** The ends of mining's range: a simulated year of Bitcoin prices, at the 5th and 95th percentile. */
function rangeReadouts(mine: BusinessRow, v: SiteValues): Readout[] {
  const range = [...paramInputs(schema, v, [['vol', 'σ']]), { label: 'Simulated years', value: num(MONTE_CARLO.pathCount), note: `seed ${MONTE_CARLO.seed}` }, ...inputsOf('mining', v)];
  return [
    { id: 'mining-low', label: 'Mining profit, low end of the range', ...traced(money(mine.lowUsd), yearAveragePriceFormula, [{ label: 'Percentile', value: '5th' }, ...range]) },
    { id: 'mining-high', label: 'Mining profit, high end of the range', ...traced(money(mine.highUsd), yearAveragePriceFormula, [{ label: 'Percentile', value: '95th' }, ...range]) },
  ];
}

export function readouts(view: SiteView, v: SiteValues): Readout[] {
  if (!view.ok) return [];
  const inputs = Object.fromEntries(view.rows.map((r) => [r.id, inputsOf(r.id, v)]));
  const table = READOUT_LINES.flatMap((l) =>
    view.rows.map((r): Readout => {
      const n = l.value(r);
      // Costs are shown as what they take away: "−$39.4M".
      const text = `${'cost' in l && n > 0 ? '−' : ''}${money(n)}`;
      return {
        id: `${l.key}-${r.id}`,
        label: `${l.label}, ${r.label}`,
        ...traced(text, FORMULA[r.id], inputs[r.id]!),
        ...('strong' in l && n < 0 ? { tone: 'bad' as const } : {}),
      };
    }),
  );
  return [...rangeReadouts(view.rows[0]!, v), ...table];
}
