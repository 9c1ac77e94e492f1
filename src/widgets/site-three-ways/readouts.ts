/**
 * The readouts of "One site, three businesses": the two ends of mining's range (in the chart's
 * key), then a year of each business as a table whose cell ids are "<line>-<business>", e.g.
 * "profit-hosting". Each carries the core formula of its business, the settings it used (with
 * their sources) and the sourced figures the model holds fixed (FIXED in ./model.ts).
 */
import { AI_SITE_OVERHEAD, GPU_POWER_IN_SERVICE, MINING_SITE_OVERHEAD } from '@core/assumptions';
import type { Formula } from '@core/formula';
import { siteGpuRentalFormula, siteHostingFormula } from '@core/aiSite';
import { siteMiningFormula } from '@core/power';
import { yearAveragePriceFormula } from '@core/siteChoice';
import type { Readout } from '@lib/widget/define';
import { money, num, ordinal, pct, usd } from '@lib/widget/format';
import { assumptionInput, paramInputs, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { text } from './i18n';
import { meta } from './meta';
import { FIXED, MONTE_CARLO, type BusinessId, type BusinessRow, type SiteValues, type SiteView } from './model';

const { schema } = meta;
const FORMULA: Record<BusinessId, Formula> = { mining: siteMiningFormula, hosting: siteHostingFormula, gpu: siteGpuRentalFormula };

/** The table's rows, in order: key (the readout id's first part), label, and the number it shows. */
export const READOUT_LINES = [
  { key: 'revenue', label: text.lines.revenue, value: (r: BusinessRow) => r.revenueUsd },
  { key: 'power', label: text.lines.power, value: (r: BusinessRow) => r.powerCostUsd, cost: true },
  { key: 'other', label: text.lines.other, value: (r: BusinessRow) => r.otherCostUsd, cost: true },
  { key: 'capex', label: text.lines.capex, value: (r: BusinessRow) => r.capexAmortizationUsd, cost: true },
  { key: 'profit', label: text.lines.profit, value: (r: BusinessRow) => r.profitUsd, strong: true },
  { key: 'upfront', label: text.lines.upfront, value: (r: BusinessRow) => r.upfrontUsd },
] as const;

function inputsOf(id: BusinessId, v: SiteValues): ProvenanceInput[] {
  const site = paramInputs(schema, v, [['mw', 'MW']]);
  if (id === 'mining') {
    return [...site, assumptionInput(MINING_SITE_OVERHEAD, text.mineOverhead), ...paramInputs(schema, v, [['hashprice', 'H'], ['power', 'c']]),
      { label: text.fleetEfficiency, value: num(FIXED.efficiencyJPerTh, 1), unit: 'J/TH', sourceId: 'cambridge-2025', asOf: '2024' },
      { label: text.otherCosts, value: usd(FIXED.miningOtherOpexUsdPerMwh, 2), unit: text.perMwh, sourceId: 'cambridge-2025', asOf: '2024' }];
  }
  const aiSite: ProvenanceInput[] = [
    assumptionInput(AI_SITE_OVERHEAD, text.aiOverhead),
    { label: text.refit, value: money(FIXED.refitUsdPerMwIt), unit: text.perMwIt, sourceId: 'terawulf-2025-08-14', asOf: '2025-08', note: text.spreadOver(num(FIXED.refitLifeYears)) },
  ];
  if (id === 'hosting') {
    return [...site, ...paramInputs(schema, v, [['hosting', 'rate'], 'payer', 'power']), ...aiSite,
      { label: text.overheads, value: pct(FIXED.hostingOpexPct / 100, 0), unit: text.ofRent, sourceId: 'terawulf-2025-08-14', asOf: '2025-08' }];
  }
  return [...site, ...paramInputs(schema, v, [['rent', 'r'], ['util', 'u'], ['power', 'c']]), ...aiSite,
    assumptionInput(GPU_POWER_IN_SERVICE, text.gpuPower, num(FIXED.gpuPowerW)),
    { label: text.gpuPrice, value: usd(FIXED.capexUsdPerGpu), sourceId: 'iren-2024-09-16' },
    { label: text.gpuLife, value: num(FIXED.gpuLifeYears), unit: text.years, sourceId: 'cheah-2024' }];
}

/** The ends of mining's range: a simulated year of Bitcoin prices, at the 5th and 95th percentile. */
function rangeReadouts(mine: BusinessRow, v: SiteValues): Readout[] {
  const [low, , high] = MONTE_CARLO.percentiles;
  const range = [...paramInputs(schema, v, [['vol', 'σ']]), { label: text.simulatedYears, value: num(MONTE_CARLO.pathCount), note: text.seed(MONTE_CARLO.seed) }, ...inputsOf('mining', v)];
  return [
    { id: 'mining-low', label: text.miningLow, ...traced(money(mine.lowUsd), yearAveragePriceFormula, [{ label: text.percentile, value: ordinal(low) }, ...range]) },
    { id: 'mining-high', label: text.miningHigh, ...traced(money(mine.highUsd), yearAveragePriceFormula, [{ label: text.percentile, value: ordinal(high) }, ...range]) },
  ];
}

export function readouts(view: SiteView, v: SiteValues): Readout[] {
  if (!view.ok) return [];
  const inputs = Object.fromEntries(view.rows.map((r) => [r.id, inputsOf(r.id, v)]));
  const table = READOUT_LINES.flatMap((l) =>
    view.rows.map((r): Readout => {
      const n = l.value(r);
      // Costs are shown as what they take away: "−$39.4M".
      const shown = money('cost' in l && n > 0 ? -n : n);
      return {
        id: `${l.key}-${r.id}`,
        label: text.cell(l.label, r.label),
        ...traced(shown, FORMULA[r.id], inputs[r.id]!),
        ...('strong' in l && n < 0 ? { tone: 'bad' as const } : {}),
      };
    }),
  );
  return [...rangeReadouts(view.rows[0]!, v), ...table];
}
