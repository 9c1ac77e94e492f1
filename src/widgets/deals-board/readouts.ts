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
import { MW_BASIS_WORDS, ratePerMwYear, timesText, type DealRow } from './row';

const VALUE_NOTE: Record<DealRow['valueBasis'], string | undefined> = {
  stated: undefined,
  'up-to': 'an “up to” figure: the most the contract could be worth',
  floor: 'a floor: the source says “more than”',
  derived: 'not stated by the sources: worked out from the totals they report (see the deal’s remark)',
};

const RATE_LABEL: Record<DealRow['rateBasis'], string> = {
  it: 'Per MW of IT load a year',
  grid: 'Per grid MW a year',
  unknown: 'Per MW a year, basis not stated',
};

/** The deal's sources, one input each. */
const reportedIn = (r: DealRow): ProvenanceInput[] => r.sourceIds.map((sourceId) => ({ label: 'Reported in', value: '', sourceId }));

/** A figure as the deal's sources reported it: no formula. */
const asReported = (r: DealRow, text: string, figure: ProvenanceInput): Traced => ({ text, provenance: { inputs: [figure, ...reportedIn(r)] } });

function figures(r: DealRow) {
  const value: ProvenanceInput = { label: 'Contract value, base term', value: money(r.valueUsd), unit: 'USD' };
  const valueNote = VALUE_NOTE[r.valueBasis];
  if (valueNote) value.note = valueNote;
  const term: ProvenanceInput = { label: 'Base term', value: num(r.termYears, 1), unit: 'years' };
  if (r.termBasis === 'assumed') term.note = 'not stated by the sources: taken as the term of the deal’s earlier leases';
  const mw: ProvenanceInput = { label: `Megawatts divided by: ${MW_BASIS_WORDS[r.rateBasis]}`, value: num(r.rateMw, 1), unit: 'MW' };
  if (r.statedMwBasis === 'grid' && r.rateBasis === 'it') mw.note = `the headline ${num(r.statedMw, 1)} MW is grid power; the sources state the IT load`;
  if (r.rateBasis === 'unknown') mw.note = 'the sources do not say whether this is IT load or grid power; not converted';
  return { value, term, mw };
}

export function readouts(view: DealsView, _values: DealsValues): Readout[] {
  if (!view.ok) return [];
  const r = view.chosen;
  const f = figures(r);
  const symbol = (i: ProvenanceInput, s: string) => ({ ...i, label: `${i.label} (${s})` });
  const rateInput: ProvenanceInput = { label: `${r.name} (y)`, value: r.rateText, unit: r.rateUnit, note: 'computed by dealRateUsdPerMwYear' };
  if (r.rateBasis !== 'it') rateInput.note += '; not per MW of IT load, so the comparison is rough';
  const out: Readout[] = [
    { id: 'rate', label: RATE_LABEL[r.rateBasis], ...traced(r.rateText, dealRateFormula, [symbol(f.value, 'V'), symbol(f.term, 'T'), symbol(f.mw, 'MW'), ...reportedIn(r)]) },
    {
      id: 'times-2024',
      label: 'Times Core Scientific’s 2024 rate',
      ...traced(timesText(view.timesReference), rateMultipleFormula, [
        rateInput,
        assumptionInput(HOSTING_RENT_2024, 'Core Scientific–CoreWeave, 2024 (y_ref)', ratePerMwYear(HOSTING_RENT_2024.value)),
      ]),
    },
    { id: 'value', label: r.valueBasis === 'stated' ? 'Contract value' : `Contract value (${r.valueBasis === 'derived' ? 'worked out' : r.valueBasis === 'floor' ? 'a floor' : 'up to'})`, ...asReported(r, r.valueText, f.value) },
    { id: 'term', label: r.termBasis === 'assumed' ? 'Base term (assumed)' : 'Base term', ...asReported(r, `${num(r.termYears, 1)} years`, f.term) },
    { id: 'mw', label: r.rateBasis === 'it' ? 'IT load' : r.rateBasis === 'grid' ? 'Grid power' : 'Megawatts, basis not stated', ...asReported(r, `${num(r.rateMw, 1)} MW`, f.mw) },
  ];
  if (r.statedMwBasis === 'grid' && r.rateBasis === 'it') {
    out.push({ id: 'headline-mw', label: 'Headline, at the grid', ...asReported(r, `${num(r.statedMw, 1)} MW`, { label: 'Headline megawatts, grid power', value: num(r.statedMw, 1), unit: 'MW' }) });
  }
  return out;
}
