/**
 * The readouts of "Energy per question": a day and a year of questions at the chosen published
 * estimate, that year as a share of a US household's, and how many questions a household's year
 * would answer. Each carries the estimate (with its source and date), the number of questions and
 * the core formula. Lesson notes quote these texts, so they are worded here and nowhere else.
 */
import { queriesPerYearlyUseFormula, queryEnergyFormula, shareOfYearlyUseFormula } from '@core/energy';
import type { Readout } from '@lib/widget/define';
import { num } from '@lib/widget/format';
import { paramInputs, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { US_HOUSEHOLD_KWH_PER_YEAR } from './data';
import { text } from './i18n';
import { meta } from './meta';
import { energy, kwhText, shareText, type QueryValues, type QueryView } from './model';

export function readouts(view: QueryView, v: QueryValues): Readout[] {
  if (!view.ok) return [];
  const e = view.estimate;
  const perQuestion: ProvenanceInput = { label: text.perQuestionInput(e.who), value: num(e.wh, 2), unit: text.whUnit, sourceId: e.sourceId, asOf: e.date };
  const [count] = paramInputs(meta.schema, v, [['n', 'n']]) as [ProvenanceInput];
  const household: ProvenanceInput = { label: text.householdInput, value: num(US_HOUSEHOLD_KWH_PER_YEAR), unit: text.kwhUnit, sourceId: 'epoch-2025', asOf: '2025-02' };
  const year = kwhText(view.kwhPerYear);
  return [
    { id: 'wh-per-day', label: text.dayLabel, ...traced(energy(view.whPerDay), queryEnergyFormula, [perQuestion, count]) },
    { id: 'kwh-per-year', label: text.yearLabel, ...traced(year, queryEnergyFormula, [perQuestion, count]) },
    {
      id: 'household-share', label: text.shareLabel,
      ...traced(shareText(view.householdShare), shareOfYearlyUseFormula, [{ label: text.yearInput, value: year, note: text.computedBy('queryEnergy') }, household, perQuestion, count]),
    },
    {
      id: 'questions-per-household', label: text.questionsLabel,
      ...traced(text.questionCount(view.questionsPerHouseholdYear), queriesPerYearlyUseFormula, [household, perQuestion]),
    },
  ];
}
