/**
 * How each of "Energy per question"'s readouts was obtained: the chosen published estimate (with
 * its source and date), the number of questions, and the core formula.
 */
import { queriesPerYearlyUseFormula, queryEnergyFormula, shareOfYearlyUseFormula } from '@core/energy';
import { num } from '@lib/widget/format';
import { paramInputs, traced, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import { US_HOUSEHOLD_KWH_PER_YEAR } from './data';
import { meta } from './meta';
import type { QueryValues, QueryView } from './model';

export type QueryReadout = 'wh-per-day' | 'kwh-per-year' | 'household-share' | 'questions-per-household';

/** `text` gives each readout's words, as the view formats them. */
export function queryReadouts(view: Extract<QueryView, { ok: true }>, v: QueryValues, text: Record<QueryReadout, string>): Record<QueryReadout, Traced> {
  const e = view.estimate;
  const perQuestion: ProvenanceInput = { label: `Energy per question (e), ${e.who}`, value: num(e.wh, 2), unit: 'Wh', sourceId: e.sourceId, asOf: e.date };
  const [count] = paramInputs(meta.schema, v, [['n', 'n']]);
  const household: ProvenanceInput = { label: 'A US household’s year', value: num(US_HOUSEHOLD_KWH_PER_YEAR), unit: 'kWh', sourceId: 'epoch-2025', asOf: '2025-02' };
  return {
    'wh-per-day': traced(text['wh-per-day'], queryEnergyFormula, [perQuestion, count!]),
    'kwh-per-year': traced(text['kwh-per-year'], queryEnergyFormula, [perQuestion, count!]),
    'household-share': traced(text['household-share'], shareOfYearlyUseFormula, [{ label: 'A year of questions', value: text['kwh-per-year'], note: 'computed by queryEnergy' }, household, perQuestion, count!]),
    'questions-per-household': traced(text['questions-per-household'], queriesPerYearlyUseFormula, [household, perQuestion]),
  };
}
