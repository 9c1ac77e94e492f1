/** The rent slide's figures for lesson notes: the readouts under the chart, as the view shows them. */
import type { Figures } from '@lib/teach/teach';
import { slideView } from './model';

export function teachFigures(v: { step: number }): Figures {
  const view = slideView(v.step);
  return {
    rent: { label: 'Rent per GPU-hour', text: view.rentText },
    fall: { label: 'Below the 2023 peak', text: view.fallFromPeakText },
    'year-revenue': { label: 'One GPU, rented all year', text: view.yearRevenueText },
  };
}
