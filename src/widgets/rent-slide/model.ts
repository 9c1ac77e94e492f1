/**
 * The rent slide's view model: one step index in, everything the chart, readouts, sentence and
 * table show out. Revenue per year comes from the core's gpuRevenueUsdPerYear, so the widget and
 * the lease calculator use one formula; the fall from the peak from its fallFromPeakShare.
 */
import { fallFromPeakShare, gpuRevenueUsdPerYear } from '@core/gpuRent';
import { monthYear, pct, usd, usdUpTo } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { CHEAH_LOSS_LINE, NVIDIA_PROJECTION, RENT_POINTS, type RentPoint } from './data';
import type { meta } from './meta';
import { STEPS, clampStep, type RuleId, type SlideStep } from './steps';

export type SlideValues = Values<typeof meta.schema>;

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

export const PEAK = RENT_POINTS.find((p) => p.id === 'peak')!;

/** USD a GPU earns in a year at `rentUsd` an hour, rented every hour, before costs. */
export const fullYearRevenueUsd = (rentUsd: number) => gpuRevenueUsdPerYear(rentUsd, 100);

export function priceText(p: RentPoint): string {
  if (p.lowUsd !== p.highUsd) return `${usdUpTo(p.lowUsd, 2)}–${usdUpTo(p.highUsd, 2)}`;
  return p.atLeast ? `more than ${usdUpTo(p.lowUsd, 2)}` : usd(p.lowUsd, 2);
}

/** The period a figure describes: "2023", "16 Sep 2024" or "Aug 2024". */
export function periodText(p: RentPoint): string {
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

/** "at least 64%": the peak is a floor, so every fall from it is too; a range falls by at least its top's fall. */
function fallText(p: RentPoint): string {
  if (p.id === 'peak' || p.id === 'launch') return 'this is the peak';
  return `at least ${pct(fallFromPeakShare(PEAK.lowUsd, p.highUsd), 0)}`;
}

const RULES: Record<RuleId, RuleView> = {
  nvidia: { id: 'nvidia', usd: NVIDIA_PROJECTION.usd, label: 'NVIDIA’s $4 pitch', sourceId: NVIDIA_PROJECTION.sourceId },
  'cheah-loss': { id: 'cheah-loss', usd: CHEAH_LOSS_LINE.usd, label: 'Cheah: a loss below $1.65', sourceId: CHEAH_LOSS_LINE.sourceId },
};

/** The slide at a step (values.step; a scrolly passes its active step): same index, same state. */
export function compute(values: Pick<SlideValues, 'step'>): SlideView {
  const step = clampStep(values.step);
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
