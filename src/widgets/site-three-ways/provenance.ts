/**
 * How each number in "One site, three businesses" was obtained: the core formula of each
 * business, the settings it used (with their sources) and the sourced figures the model holds
 * fixed (FIXED in ./model.ts).
 */
import { siteGpuRentalFormula, siteHostingFormula, siteMiningFormula } from '@core/power';
import { yearAveragePriceFormula } from '@core/siteChoice';
import type { Formula } from '@core/formula';
import { num, usd } from '@lib/widget/format';
import { AI_SITE_OVERHEAD, GPU_POWER_IN_SERVICE, MINING_SITE_OVERHEAD } from '@core/assumptions';
import { assumptionInput, paramInputs, traced, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import { meta } from './meta';
import { money } from '@lib/widget/format';
import { FIXED, MONTE_CARLO, type BusinessId, type BusinessRow, type SiteValues } from './model';

const { schema } = meta;
const FORMULA: Record<BusinessId, Formula> = { mining: siteMiningFormula, hosting: siteHostingFormula, gpu: siteGpuRentalFormula };

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

/** The table's readouts by data-readout key "<line>-<business>", e.g. "profit-hosting". */
export function siteReadouts(rows: readonly BusinessRow[], v: SiteValues, cell: (line: string, row: BusinessRow) => string): Record<string, Traced> {
  const out: Record<string, Traced> = {};
  for (const r of rows) {
    const inputs = inputsOf(r.id, v);
    for (const line of ['revenue', 'power', 'other', 'capex', 'profit', 'upfront']) out[`${line}-${r.id}`] = traced(cell(line, r), FORMULA[r.id], inputs);
  }
  return out;
}

/** The ends of mining's range ("mining-low", "mining-high"): a simulated year of Bitcoin prices. */
export function rangeReadouts(mine: BusinessRow, v: SiteValues): { low: Traced; high: Traced } {
  const range = [...paramInputs(schema, v, [['vol', 'σ']]), { label: 'Simulated years', value: num(MONTE_CARLO.pathCount), note: `seed ${MONTE_CARLO.seed}` }, ...inputsOf('mining', v)];
  return {
    low: traced(money(mine.lowUsd), yearAveragePriceFormula, [{ label: 'Percentile', value: '5th' }, ...range]),
    high: traced(money(mine.highUsd), yearAveragePriceFormula, [{ label: 'Percentile', value: '95th' }, ...range]),
  };
}
