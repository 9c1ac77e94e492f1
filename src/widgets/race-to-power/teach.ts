/** The race to power's figures for lesson notes: its three readouts, as the view shows them. */
import { num } from '@lib/widget/format';
import type { Figures } from '@lib/teach/teach';
import { money } from '@widgets/site-three-ways/model';
import { computeRace, type RaceValues } from './model';

export function teachFigures(v: RaceValues): Figures {
  const view = computeRace(v);
  if (!view.ok) return {};
  return {
    'months-saved': { label: 'Head start', text: `${num(view.monthsSaved)} months` },
    'head-start': { label: 'Rent in those months', text: money(view.headStartUsd) },
    'annual-rent': { label: 'Rent a year', text: money(view.annualRentUsd) },
  };
}
