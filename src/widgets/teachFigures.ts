/**
 * Widget id → its teachFigures (src/widgets/<id>/teach.ts): the widget's named readouts for a set
 * of values, formatted as the widget shows them, so lesson notes quote exactly what a scenario
 * link displays. A widget added to the registry needs an entry here and content/teach/<id>.json;
 * test/lib/teach.test.ts fails until both exist.
 */
import type { FiguresOf } from '@lib/teach/teach';
import { teachFigures as rewardStaircase } from './reward-staircase/teach';
import { teachFigures as squeezeCalculator } from './squeeze-calculator/teach';
import { teachFigures as rentSlide } from './rent-slide/teach';
import { teachFigures as leaseCalculator } from './lease-calculator/teach';
import { teachFigures as beautyPlay } from './beauty-play/teach';
import { teachFigures as beautyClassroom } from './beauty-classroom/teach';
import { teachFigures as minersDilemma } from './miners-dilemma/teach';
import { teachFigures as chipCompare } from './chip-compare/teach';
import { teachFigures as switchingBill } from './switching-bill/teach';
import { teachFigures as siteThreeWays } from './site-three-ways/teach';
import { teachFigures as raceToPower } from './race-to-power/teach';
import { teachFigures as energyPerQuery } from './energy-per-query/teach';
import { teachFigures as energyProsperity } from './energy-prosperity/teach';

// Each takes its own widget's values; parseParams(meta.schema, …) gives exactly those.
export const teachFigures = {
  'reward-staircase': rewardStaircase,
  'squeeze-calculator': squeezeCalculator,
  'rent-slide': rentSlide,
  'lease-calculator': leaseCalculator,
  'beauty-play': beautyPlay,
  'beauty-classroom': beautyClassroom,
  'miners-dilemma': minersDilemma,
  'chip-compare': chipCompare,
  'switching-bill': switchingBill,
  'site-three-ways': siteThreeWays,
  'race-to-power': raceToPower,
  'energy-per-query': energyPerQuery,
  'energy-prosperity': energyProsperity,
} as unknown as Readonly<Record<string, FiguresOf>>;
