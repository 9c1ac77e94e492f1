/**
 * The rent slide's readouts for the focused figure: its rent (as its source reported it, or
 * computed from IREN's own numbers), how far it sits below the 2023 peak, and a year of rent at
 * that price, each with its source and the core formula.
 */
import { HOURS_PER_YEAR } from '@core/assumptions';
import { fallFromPeakFormula, gpuYearFormula, revenuePerGpuHourFormula } from '@core/gpuRent';
import type { Readout } from '@lib/widget/define';
import { num, usdWords } from '@lib/widget/format';
import { reported, traced, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import { IREN_AI_GPUS, IREN_AI_REVENUE_USD_PER_YEAR } from './data';
import { PEAK, periodText, priceText, type PointView, type SlideView } from './model';
import { text } from './i18n';

const words = text.readouts;

/** The focused figure as its source gives it (IREN's is computed from IREN's own numbers). */
function rent(p: PointView, shown: string): Traced {
  if (!p.computed) return reported(shown, { label: p.label, value: p.priceText, unit: words.perGpuHour, sourceId: p.sourceId, asOf: periodText(p) });
  return traced(shown, revenuePerGpuHourFormula, [
    { label: words.revenue, value: usdWords(IREN_AI_REVENUE_USD_PER_YEAR), unit: words.perYear, sourceId: p.sourceId, asOf: p.fromIso },
    { label: words.gpus, value: num(IREN_AI_GPUS), unit: words.gpusUnit, sourceId: p.sourceId, asOf: p.fromIso },
    { label: words.hoursInYear, value: num(HOURS_PER_YEAR) },
  ]);
}

export function readouts(view: SlideView): Readout[] {
  const p = view.focus;
  const rentInput: ProvenanceInput = { label: words.rentOf(p.label), value: p.priceText, unit: words.perGpuHour, sourceId: p.sourceId, asOf: periodText(p) };
  // The peak is only known as a floor and a range falls at least as far as its top, so the fall shown is a floor.
  const fallRent: ProvenanceInput = p.lowUsd !== p.highUsd ? { ...rentInput, note: words.rangeNote } : rentInput;
  const peak: ProvenanceInput = { label: words.peak, value: priceText(PEAK), unit: words.perGpuHour, sourceId: PEAK.sourceId, asOf: periodText(PEAK), note: words.peakNote };
  return [
    { id: 'rent', label: words.rent, ...rent(p, view.rentText) },
    { id: 'fall', label: words.fall, ...traced(view.fallFromPeakText, fallFromPeakFormula, [fallRent, peak]) },
    {
      id: 'year-revenue', label: words.yearRevenue,
      ...traced(view.yearRevenueText, gpuYearFormula, [rentInput, { label: words.rented, value: '100%', note: words.everyHour }, { label: words.hoursInYear, value: num(HOURS_PER_YEAR) }]),
    },
  ];
}
