/**
 * The deals board's readouts, for the chosen deal: its rate per MW a year (traced to the core's
 * dealRateUsdPerMwYear with the value, term and MW behind it), the rate against the 2024
 * reference rent, and the value, term and MW as the deal's sources reported them.
 */
import { HOSTING_RENT_2024 } from '@core/assumptions';
import { dealRateFormula, rateMultipleFormula } from '@core/deals';
import type { Readout } from '@lib/widget/define';
import { money, num } from '@lib/widget/format';
import { assumptionInput, traced, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import type { DealsValues, DealsView } from './model';
import { text } from './i18n';
import { ratePerMwYear, timesText, type DealRow } from './row';

const IN = text.inputs;

/** The deal's sources, one input each. */
const reportedIn = (r: DealRow): ProvenanceInput[] => r.sourceIds.map((sourceId) => ({ label: IN.reportedIn, value: '', sourceId }));

/** A figure as the deal's sources reported it: no formula. */
const asReported = (r: DealRow, shown: string, figure: ProvenanceInput): Traced => ({ text: shown, provenance: { inputs: [figure, ...reportedIn(r)] } });

function figures(r: DealRow) {
  // A Chinese amount names its currency already (35亿美元), so it carries no unit.
  const value: ProvenanceInput = { label: IN.value, value: money(r.valueUsd), ...(IN.usd ? { unit: IN.usd } : {}) };
  const valueNote = IN.valueNote[r.valueBasis];
  if (valueNote) value.note = valueNote;
  const term: ProvenanceInput = { label: IN.term, value: num(r.termYears, 1), unit: IN.termUnit };
  if (r.termBasis === 'assumed') term.note = IN.termNote;
  const mw: ProvenanceInput = { label: IN.mw(r.rateBasis), value: num(r.rateMw, 1), unit: IN.mwUnit };
  if (r.statedMwBasis === 'grid' && r.rateBasis === 'it') mw.note = IN.gridHeadlineNote(num(r.statedMw, 1));
  if (r.rateBasis === 'unknown') mw.note = IN.unknownNote;
  return { value, term, mw };
}

export function readouts(view: DealsView, _values: DealsValues): Readout[] {
  if (!view.ok) return [];
  const r = view.chosen;
  const f = figures(r);
  const symbol = (i: ProvenanceInput, s: string) => ({ ...i, label: text.symbol(i.label, s) });
  const rateInput: ProvenanceInput = { label: IN.rate(r.name), value: r.rateText, unit: r.rateUnit, note: IN.rateNote };
  if (r.rateBasis !== 'it') rateInput.note += IN.roughNote;
  const out: Readout[] = [
    { id: 'rate', label: text.rateLabel[r.rateBasis], ...traced(r.rateText, dealRateFormula, [symbol(f.value, 'V'), symbol(f.term, 'T'), symbol(f.mw, 'MW'), ...reportedIn(r)]) },
    {
      id: 'times-2024',
      label: text.timesLabel,
      ...traced(timesText(view.timesReference), rateMultipleFormula, [
        rateInput,
        assumptionInput(HOSTING_RENT_2024, IN.reference, ratePerMwYear(HOSTING_RENT_2024.value)),
      ]),
    },
    { id: 'value', label: text.valueLabel(r.valueBasis), ...asReported(r, r.valueText, f.value) },
    { id: 'term', label: text.termLabel(r.termBasis === 'assumed'), ...asReported(r, text.years(num(r.termYears, 1)), f.term) },
    { id: 'mw', label: text.mwLabel[r.rateBasis], ...asReported(r, text.mw(num(r.rateMw, 1)), f.mw) },
  ];
  if (r.statedMwBasis === 'grid' && r.rateBasis === 'it') {
    out.push({ id: 'headline-mw', label: text.headlineLabel, ...asReported(r, text.mw(num(r.statedMw, 1)), { label: IN.headline, value: num(r.statedMw, 1), unit: IN.mwUnit }) });
  }
  return out;
}
