/**
 * The switching bill's readouts: the bill, what it buys and how long the rent takes to repay it,
 * then the verdict sentence. Each comes from the core's switchingBill, with the settings it
 * depends on and their sources (an assumption shows as a setting without one).
 */
import { switchingBillFormula } from '@core/conversion';
import type { Readout } from '@lib/widget/define';
import { paramInputs, traced } from '@lib/widget/provenance';
import { meta } from './meta';
import { text } from './i18n';
import { billPhrases, GPU_LIFE_YEARS, verdictText, type BillError, type BillInputs, type BillView } from './model';

type Name = keyof typeof meta.schema & string;
type Group = readonly (Name | readonly [Name, string])[];
const SITE: Group = [['siteMw', 'MW'], ['pue', 'PUE'], ['gpuPowerW', 'W']];
const CAPEX: Group = [['capexUsdPerGpu', 'K'], ['facilityMUsdPerMw', 'F']];
const MINING: Group = [['hashprice', 'H'], ['asicJPerTh', 'e'], ['powerPrice', 'c']];
const DARK: Group = [['downtimeMonths', 'D'], ['resaleUsdPerTh', 'R']];
const RENT: Group = [['rent', 'r'], ['utilizationPct', 'u'], ['powerPrice', 'c']];

export function readouts(view: BillView | BillError, v: BillInputs): Readout[] {
  if (!view.ok) return [];
  const inputs = (...groups: Group[]) => paramInputs(meta.schema, v, [...new Set(groups.flat())]);
  const t = billPhrases(view.bill);
  const all = inputs(SITE, CAPEX, MINING, DARK, RENT);
  return [
    { id: 'total', label: text.readouts.total, ...traced(t.total, switchingBillFormula, inputs(SITE, CAPEX, MINING, DARK)) },
    { id: 'capex-per-mw', label: text.readouts.capexPerMw, ...traced(t.capexPerMw, switchingBillFormula, inputs(SITE, CAPEX)) },
    { id: 'gpus', label: text.readouts.gpus, ...traced(t.gpus, switchingBillFormula, inputs(SITE)) },
    { id: 'net', label: text.readouts.net, ...traced(t.net, switchingBillFormula, inputs(SITE, RENT)) },
    { id: 'payback', label: text.readouts.payback, ...traced(t.payback, switchingBillFormula, all) },
    { id: 'from-stop', label: text.readouts.fromStop, ...traced(t.fromStop, switchingBillFormula, all) },
    { id: 'mining', label: text.readouts.mining, ...traced(t.mining, switchingBillFormula, inputs(['siteMw'], MINING)) },
    {
      id: 'verdict', label: text.readouts.verdict,
      ...traced(verdictText(view.bill), switchingBillFormula, [...all, { label: text.readouts.life.label, value: String(GPU_LIFE_YEARS), unit: text.readouts.life.unit, sourceId: 'cheah-2024' }]),
    },
  ];
}
