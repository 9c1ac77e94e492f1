/**
 * How each of the switching bill's readouts was obtained: the core's switchingBill formula and
 * the settings each one depends on, with their sources (or marked as assumptions by having none).
 */
import { switchingBillFormula } from '@core/conversion';
import { paramInputs, traced, type Traced } from '@lib/widget/provenance';
import { schema } from './meta';
import type { BillInputs, BillView } from './model';

type Name = keyof typeof schema & string;
const SITE: readonly (Name | readonly [Name, string])[] = [['siteMw', 'MW'], ['pue', 'PUE'], ['gpuPowerW', 'W']];
const CAPEX: readonly (Name | readonly [Name, string])[] = [['capexUsdPerGpu', 'K'], ['facilityMUsdPerMw', 'F']];
const MINING: readonly (Name | readonly [Name, string])[] = [['hashprice', 'H'], ['asicJPerTh', 'e'], ['powerPrice', 'c']];
const DARK: readonly (Name | readonly [Name, string])[] = [['downtimeMonths', 'D'], ['resaleUsdPerTh', 'R']];
const RENT: readonly (Name | readonly [Name, string])[] = [['rent', 'r'], ['utilizationPct', 'u'], ['powerPrice', 'c']];

export type BillReadout = 'total' | 'capex-per-mw' | 'gpus' | 'net' | 'payback' | 'from-stop' | 'mining' | 'verdict';

export function billReadouts(view: BillView, v: BillInputs): Record<BillReadout, Traced> {
  const inputs = (...groups: (readonly (Name | readonly [Name, string])[])[]) => paramInputs(schema, v, [...new Set(groups.flat())]);
  const r = view.readouts;
  const all = inputs(SITE, CAPEX, MINING, DARK, RENT);
  return {
    total: traced(r.total, switchingBillFormula, inputs(SITE, CAPEX, MINING, DARK)),
    'capex-per-mw': traced(r.capexPerMw, switchingBillFormula, inputs(SITE, CAPEX)),
    gpus: traced(r.gpus, switchingBillFormula, inputs(SITE)),
    net: traced(r.net, switchingBillFormula, inputs(SITE, RENT)),
    payback: traced(r.payback, switchingBillFormula, all),
    'from-stop': traced(r.fromStop, switchingBillFormula, all),
    mining: traced(r.mining, switchingBillFormula, inputs(['siteMw'], MINING)),
    verdict: traced(view.verdict, switchingBillFormula, [...all, { label: 'GPU working life', value: '5', unit: 'years', sourceId: 'cheah-2024' }]),
  };
}
