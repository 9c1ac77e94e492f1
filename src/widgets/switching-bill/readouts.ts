/**
 * The switching bill's readouts: the bill, what it buys and how long the rent takes to repay it,
 * then the verdict sentence. Each comes from the core's switchingBill, with the settings it
 * depends on and their sources (an assumption shows as a setting without one).
 */
import { switchingBillFormula } from '@core/conversion';
import type { Readout } from '@lib/widget/define';
import { paramInputs, traced } from '@lib/widget/provenance';
import { meta } from './meta';
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
    { id: 'total', label: 'Total bill', ...traced(t.total, switchingBillFormula, inputs(SITE, CAPEX, MINING, DARK)) },
    { id: 'capex-per-mw', label: 'New equipment and buildings', ...traced(t.capexPerMw, switchingBillFormula, inputs(SITE, CAPEX)) },
    { id: 'gpus', label: 'GPUs that fit', ...traced(t.gpus, switchingBillFormula, inputs(SITE)) },
    { id: 'net', label: 'Net rent, after power', ...traced(t.net, switchingBillFormula, inputs(SITE, RENT)) },
    { id: 'payback', label: 'Paid back', ...traced(t.payback, switchingBillFormula, all) },
    { id: 'from-stop', label: 'Counting the dark months', ...traced(t.fromStop, switchingBillFormula, all) },
    { id: 'mining', label: 'The mine cleared', ...traced(t.mining, switchingBillFormula, inputs(['siteMw'], MINING)) },
    {
      id: 'verdict', label: 'Verdict',
      ...traced(verdictText(view.bill), switchingBillFormula, [...all, { label: 'GPU working life', value: String(GPU_LIFE_YEARS), unit: 'years', sourceId: 'cheah-2024' }]),
    },
  ];
}
