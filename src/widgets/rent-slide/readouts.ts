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

/** The focused figure as its source gives it (IREN's is computed from IREN's own numbers). */
function rent(p: PointView, text: string): Traced {
  if (!p.computed) return reported(text, { label: p.label, value: p.priceText, unit: 'per GPU-hour', sourceId: p.sourceId, asOf: periodText(p) });
  return traced(text, revenuePerGpuHourFormula, [
    { label: 'AI-cloud revenue (R)', value: usdWords(IREN_AI_REVENUE_USD_PER_YEAR), unit: 'a year', sourceId: p.sourceId, asOf: p.fromIso },
    { label: 'GPUs (n)', value: num(IREN_AI_GPUS), unit: 'H100 and H200', sourceId: p.sourceId, asOf: p.fromIso },
    { label: 'Hours in a year', value: num(HOURS_PER_YEAR) },
  ]);
}

export function readouts(view: SlideView): Readout[] {
  const p = view.focus;
  const rentInput: ProvenanceInput = { label: `Rent, ${p.label} (r)`, value: p.priceText, unit: 'per GPU-hour', sourceId: p.sourceId, asOf: periodText(p) };
  // The peak is only known as a floor and a range falls at least as far as its top, so the fall shown is a floor.
  const fallRent: ProvenanceInput = p.lowUsd !== p.highUsd ? { ...rentInput, note: 'a range: its top is used' } : rentInput;
  const peak: ProvenanceInput = { label: '2023 peak (r_peak)', value: priceText(PEAK), unit: 'per GPU-hour', sourceId: PEAK.sourceId, asOf: '2023', note: 'a floor, so the fall is at least this' };
  return [
    { id: 'rent', label: 'Rent', ...rent(p, view.rentText) },
    { id: 'fall', label: 'Below the 2023 peak', ...traced(view.fallFromPeakText, fallFromPeakFormula, [fallRent, peak]) },
    {
      id: 'year-revenue', label: 'One GPU, rented all year',
      ...traced(view.yearRevenueText, gpuYearFormula, [rentInput, { label: 'Rented (u)', value: '100%', note: 'every hour of the year' }, { label: 'Hours in a year', value: num(HOURS_PER_YEAR) }]),
    },
  ];
}
