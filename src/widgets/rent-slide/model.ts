/**
 * The rent slide's view-model: one step index in, everything the chart, readouts, sentence and
 * table show out. Revenue per year comes from the core's gpuRevenueUsdPerYear, so the widget and the lease
 * calculator use one formula.
 */
import { HOURS_PER_YEAR } from '@core/assumptions';
import { gpuRevenueUsdPerYear, gpuYearFormula } from '@core/leasing';
import type { Formula } from '@core/formula';
import { monthYear, num, pct, usd, usdUpTo, usdWords } from '@lib/widget/format';
import { reported, traced, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import { CHEAH_LOSS_LINE, IREN_AI_GPUS, IREN_AI_REVENUE_USD_PER_YEAR, NVIDIA_PROJECTION, RENT_POINTS, irenRentFormula, type RentPoint } from './data';
import { STEPS, clampStep, type RuleId, type SlideStep } from './steps';

export interface PointView extends RentPoint {
  /** Drawn solid at this step (else faint). */
  shown: boolean;
  focused: boolean;
  /** "$2.85", "$1–$2", "more than $8". */
  priceText: string;
}

export interface RuleView { id: RuleId; usd: number; label: string; sourceId: string }

export interface SlideView {
  step: number;
  row: SlideStep;
  points: PointView[];
  focus: PointView;
  rules: RuleView[];
  /** "$2.85" etc. for the focused point. */
  rentText: string;
  /** Fall from the 2023 peak; a floor, since the peak is "more than $8". */
  fallFromPeakText: string;
  /** One H100 rented every hour of a year at the focused rent, USD. */
  yearRevenueText: string;
  /** The three readouts with their provenance (texts equal the *Text fields). */
  readouts: { rent: Traced; fall: Traced; yearRevenue: Traced };
  summary: string;
  /** Text alternative for the chart. */
  desc: string;
  tableRows: { label: string; period: string; rent: string; note: string; source: string }[];
}

const PEAK_USD = RENT_POINTS.find((p) => p.id === 'peak')!.lowUsd;

/** USD a GPU earns in a year at `rentUsd` an hour, rented every hour, before costs. */
export const fullYearRevenueUsd = (rentUsd: number) => gpuRevenueUsdPerYear(rentUsd, 100);

export function priceText(p: RentPoint): string {
  if (p.lowUsd !== p.highUsd) return `${usdUpTo(p.lowUsd, 2)}–${usdUpTo(p.highUsd, 2)}`;
  return p.atLeast ? `more than ${usdUpTo(p.lowUsd, 2)}` : usd(p.lowUsd, 2);
}

function periodText(p: RentPoint): string {
  if (p.fromIso.slice(0, 4) === p.toIso.slice(0, 4) && p.fromIso.slice(5) === '01-01' && p.toIso.slice(5) === '12-31') return p.fromIso.slice(0, 4);
  if (p.fromIso === p.toIso) return `${Number(p.fromIso.slice(8))} ${monthYear(p.fromIso, true)}`;
  return monthYear(p.fromIso, true);
}

function revenueText(p: RentPoint): string {
  const lo = fullYearRevenueUsd(p.lowUsd);
  const hi = fullYearRevenueUsd(p.highUsd);
  if (p.atLeast) return `more than ${usd(lo)}`;
  return lo === hi ? usd(lo) : `${usd(lo)}–${usd(hi)}`;
}

/** "at least 64%": the peak is a floor, so every fall from it is too. */
function fallText(p: RentPoint): string {
  if (p.id === 'peak' || p.id === 'launch') return 'this is the peak';
  return `at least ${pct(1 - p.highUsd / PEAK_USD, 0)}`;
}

export const fallFromPeakFormula: Formula = {
  words: 'How far the rent is below the 2023 peak. The peak is a floor (“more than $8”), so the fall is one too; a range uses its top.',
  symbols: 'fall ≥ 1 − r_high / $8',
  fn: 'fallText',
};

/** The focused figure as its source gives it (IREN's is computed from IREN's own numbers). */
function rentProvenance(p: PointView, text: string): Traced {
  if (!p.computed) return reported(text, { label: p.label, value: p.priceText, unit: 'per GPU-hour', sourceId: p.sourceId, asOf: periodText(p) });
  return traced(text, irenRentFormula, [
    { label: 'AI-cloud revenue (R)', value: usdWords(IREN_AI_REVENUE_USD_PER_YEAR), unit: 'a year', sourceId: p.sourceId, asOf: p.fromIso },
    { label: 'GPUs (n)', value: num(IREN_AI_GPUS), unit: 'H100 and H200', sourceId: p.sourceId, asOf: p.fromIso },
    { label: 'Hours in a year', value: num(HOURS_PER_YEAR) },
  ]);
}

function readoutsOf(p: PointView, rentText: string, fallFromPeakText: string, yearRevenueText: string): SlideView['readouts'] {
  const rentInput: ProvenanceInput = { label: `Rent, ${p.label} (r)`, value: p.priceText, unit: 'per GPU-hour', sourceId: p.sourceId, asOf: periodText(p) };
  const peak = RENT_POINTS.find((x) => x.id === 'peak')!;
  return {
    rent: rentProvenance(p, rentText),
    fall: traced(fallFromPeakText, fallFromPeakFormula, [rentInput, { label: '2023 peak', value: priceText(peak), unit: 'per GPU-hour', sourceId: peak.sourceId, asOf: '2023' }]),
    yearRevenue: traced(yearRevenueText, gpuYearFormula, [rentInput, { label: 'Rented (u)', value: '100%', note: 'every hour of the year' }, { label: 'Hours in a year', value: num(HOURS_PER_YEAR) }]),
  };
}

const RULES: Record<RuleId, RuleView> = {
  nvidia: { id: 'nvidia', usd: NVIDIA_PROJECTION.usd, label: 'NVIDIA’s $4 pitch', sourceId: NVIDIA_PROJECTION.sourceId },
  'cheah-loss': { id: 'cheah-loss', usd: CHEAH_LOSS_LINE.usd, label: 'Cheah: a loss below $1.65', sourceId: CHEAH_LOSS_LINE.sourceId },
};

export function slideView(stepIndex: number): SlideView {
  const step = clampStep(stepIndex);
  const row = STEPS[step]!;
  const points = RENT_POINTS.map((p) => ({ ...p, shown: row.shows.includes(p.id), focused: p.id === row.focus, priceText: priceText(p) }));
  const focus = points.find((p) => p.focused)!;
  const rentText = focus.priceText + (focus.computed ? ' (computed)' : '');
  const fallFromPeakText = fallText(focus);
  const yearRevenueText = revenueText(focus);
  const fall = step === 0 ? 'the top of the market' : `${fallFromPeakText} below the 2023 peak`;
  const summary = `${row.when} ${focus.subject ?? 'an H100 rented for'} ${focus.priceText} ${focus.perWhat ?? 'an hour'}${focus.computed ? ' (computed from its own figures)' : ''}, ${fall}. Rented every hour of a year at that price, one GPU would bring in ${yearRevenueText}.`;
  const desc = `H100 rent per GPU-hour: ${points.map((p) => `${p.label} ${p.priceText}`).join('; ')}. Highlighted: ${focus.label}.`;
  const tableRows = points.map((p) => ({ label: p.label, period: periodText(p), rent: p.priceText, note: p.note, source: p.sourceLabel }));
  const readouts = readoutsOf(focus, rentText, fallFromPeakText, yearRevenueText);
  return { step, row, points, focus, rules: row.rules.map((r) => RULES[r]), rentText, fallFromPeakText, yearRevenueText, readouts, summary, desc, tableRows };
}
