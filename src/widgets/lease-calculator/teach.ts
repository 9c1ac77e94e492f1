/** The lease calculator's figures for lesson notes: its five headline readouts, as the view shows them. */
import type { Figures } from '@lib/teach/teach';
import { leaseView, type LeaseInputs } from './model';

export function teachFigures(v: LeaseInputs): Figures {
  const view = leaseView(v);
  if (!view.ok) return {};
  return {
    payback: { label: 'Payback', text: view.text.payback },
    irr: { label: 'Internal rate of return', text: view.text.irr },
    npv: { label: `Value today at ${v.discountPct}% a year`, text: view.text.npv },
    breakeven: { label: `Year-1 rent to earn ${v.discountPct}%`, text: view.text.breakeven },
    'breakeven-zero': { label: 'Year-1 rent to get the money back', text: view.text.breakevenZero },
  };
}
