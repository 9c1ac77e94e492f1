/**
 * The rent slide's view model: one step index in, everything the chart, readouts, sentence and
 * table show out. Revenue per year comes from the core's gpuRevenueUsdPerYear, so the widget and
 * the lease calculator use one formula; the fall from the peak from its fallFromPeakShare.
 */
import { fallFromPeakShare, gpuRevenueUsdPerYear } from '@core/gpuRent';
import { monthYear, pct, usd } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { CHEAH_LOSS_LINE, NVIDIA_PROJECTION, RENT_POINTS, type RentPoint } from './data';
import type { meta } from './meta';
import { STEPS, clampStep, type RuleId, type SlideStep } from './steps';
import { text } from './i18n';

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
  if (p.lowUsd !== p.highUsd) return text.priceRange(p.lowUsd, p.highUsd);
  return p.atLeast ? text.priceAtLeast(p.lowUsd) : usd(p.lowUsd, 2);
}

/** The period a figure describes: "2023", "16 Sep 2024" or "Aug 2024" (Chinese "2023年", "2024年9月16日", "2024年8月"). */
export function periodText(p: RentPoint): string {
  if (p.fromIso.slice(0, 4) === p.toIso.slice(0, 4) && p.fromIso.slice(5) === '01-01' && p.toIso.slice(5) === '12-31') return text.year(p.fromIso.slice(0, 4));
  if (p.fromIso === p.toIso) return text.day(p.fromIso);
  return monthYear(p.fromIso, true);
}

function revenueText(p: RentPoint): string {
  const lo = fullYearRevenueUsd(p.lowUsd);
  const hi = fullYearRevenueUsd(p.highUsd);
  if (p.atLeast) return text.usdAtLeast(lo);
  return lo === hi ? usd(lo) : text.usdRange(lo, hi);
}

/** "at least 64%": the peak is a floor, so every fall from it is too; a range falls by at least its top's fall. */
function fallText(p: RentPoint): string {
  if (p.id === 'peak' || p.id === 'launch') return text.isPeak;
  return text.atLeast(pct(fallFromPeakShare(PEAK.lowUsd, p.highUsd), 0));
}

const RULES: Record<RuleId, RuleView> = {
  nvidia: { id: 'nvidia', usd: NVIDIA_PROJECTION.usd, label: text.rules.nvidia(NVIDIA_PROJECTION.usd), sourceId: NVIDIA_PROJECTION.sourceId },
  'cheah-loss': { id: 'cheah-loss', usd: CHEAH_LOSS_LINE.usd, label: text.rules.cheahLoss(CHEAH_LOSS_LINE.usd), sourceId: CHEAH_LOSS_LINE.sourceId },
};

/** The slide at a step (values.step; a scrolly passes its active step): same index, same state. */
export function compute(values: Pick<SlideValues, 'step'>): SlideView {
  const step = clampStep(values.step);
  const row = STEPS[step]!;
  const points = RENT_POINTS.map((p) => ({ ...p, shown: row.shows.includes(p.id), focused: p.id === row.focus, priceText: priceText(p) }));
  const focus = points.find((p) => p.focused)!;
  const rentText = focus.priceText + (focus.computed ? text.computedTag : '');
  const fallFromPeakText = fallText(focus);
  const yearRevenueText = revenueText(focus);
  const fall = step === 0 ? text.topOfMarket : text.belowPeak(fallFromPeakText);
  const summary = text.summary({
    when: row.when, subject: focus.subject ?? text.subject, price: focus.priceText, perWhat: focus.perWhat ?? text.perWhat,
    computed: Boolean(focus.computed), fall, yearRevenue: yearRevenueText,
  });
  const desc = text.desc({ points: points.map((p) => ({ label: p.label, price: p.priceText })), focus: focus.label });
  const tableRows = points.map((p) => ({ label: p.label, period: periodText(p), rent: p.priceText, note: p.note, source: p.sourceLabel }));
  return { step, row, points, focus, rules: row.rules.map((r) => RULES[r]), rentText, fallFromPeakText, yearRevenueText, summary, desc, tableRows };
}
