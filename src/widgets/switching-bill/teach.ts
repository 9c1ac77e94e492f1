/** The switching bill's figures for lesson notes: its readouts and verdict, as the view shows them. */
import type { Figures } from '@lib/teach/teach';
import { billView, type BillInputs } from './model';

export function teachFigures(v: BillInputs): Figures {
  const view = billView(v);
  if (!view.ok) return {};
  const r = view.readouts;
  return {
    total: { label: 'Total bill', text: r.total },
    'capex-per-mw': { label: 'New equipment and buildings', text: r.capexPerMw },
    gpus: { label: 'GPUs that fit', text: r.gpus },
    net: { label: 'Net rent, after power', text: r.net },
    payback: { label: 'Paid back', text: r.payback },
    'from-stop': { label: 'Counting the dark months', text: r.fromStop },
    mining: { label: 'The mine cleared', text: r.mining },
    verdict: { label: 'Verdict', text: view.verdict },
  };
}
