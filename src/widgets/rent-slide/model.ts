/**
 * The rent slide's view-model: one step index in, everything the chart, readouts, sentence and
 * table show out. Revenue per year comes from the core's gpuYear, so the widget and the lease
 * calculator use one formula.
 */
import { gpuYear } from '@core/leasing';
import { monthYear, pct, usd, usdUpTo } from '@lib/format';
import { CHEAH_LOSS_LINE, NVIDIA_PROJECTION, RENT_POINTS, type RentPoint } from './data';
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
  summary: string;
  /** Text alternative for the chart. */
  desc: string;
  tableRows: { label: string; period: string; rent: string; note: string; source: string }[];
}

const PEAK_USD = RENT_POINTS.find((p) => p.id === 'peak')!.lowUsd;

/** USD a GPU earns in a year at `rentUsd` an hour, rented every hour, before costs. */
export const fullYearRevenueUsd = (rentUsd: number) =>
  gpuYear({ rentUsdPerGpuHour: rentUsd, utilizationPct: 100, powerDrawW: 0, pue: 1, powerPriceUsdPerKwh: 0, otherOpexUsdPerGpuYear: 0 }).revenueUsd;

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
  return { step, row, points, focus, rules: row.rules.map((r) => RULES[r]), rentText, fallFromPeakText, yearRevenueText, summary, desc, tableRows };
}
