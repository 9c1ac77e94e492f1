/** Energy per question: figures for lesson notes, formatted as the view's readouts are. */
import { num, pct } from '@lib/widget/format';
import type { Figures } from '@lib/teach/teach';
import { computeQuery, energy, type QueryValues } from './model';

export function teachFigures(v: QueryValues): Figures {
  const view = computeQuery(v);
  if (!view.ok) return {};
  return {
    'wh-per-day': { label: 'Energy a day', text: energy(view.whPerDay) },
    'kwh-per-year': { label: 'Energy a year', text: `${num(view.kwhPerYear, view.kwhPerYear < 10 ? 2 : 1)} kWh` },
    'household-share': { label: 'Share of a US household’s year', text: pct(view.householdShare, view.householdShare < 0.001 ? 3 : 2) },
    'questions-per-household': { label: 'Questions per household-year of electricity', text: `${num(view.questionsPerHouseholdYear / 1e6, 1)} million` },
  };
}
