/**
 * Every widget on the site. Embed pages, lesson notes, the MDX check and the tests all read this
 * list, so a widget added here joins all of them. Components are mapped in ./components.ts.
 */
import type { WidgetMeta } from './types';
import { meta as rewardStaircase } from './reward-staircase/meta';
import { meta as squeezeCalculator } from './squeeze-calculator/meta';
import { meta as rentSlide } from './rent-slide/meta';
import { meta as leaseCalculator } from './lease-calculator/meta';
import { meta as beautyPlay } from './beauty-play/meta';
import { meta as beautyClassroom } from './beauty-classroom/meta';
import { meta as minersDilemma } from './miners-dilemma/meta';
import { meta as chipCompare } from './chip-compare/meta';
import { meta as switchingBill } from './switching-bill/meta';
import { meta as siteThreeWays } from './site-three-ways/meta';
import { meta as raceToPower } from './race-to-power/meta';
import { meta as energyPerQuery } from './energy-per-query/meta';
import { meta as energyProsperity } from './energy-prosperity/meta';

export const widgets: readonly WidgetMeta[] = [rewardStaircase, squeezeCalculator, rentSlide, leaseCalculator, beautyPlay, beautyClassroom, minersDilemma, chipCompare, switchingBill, siteThreeWays, raceToPower, energyPerQuery, energyProsperity];

export const widgetById = Object.fromEntries(widgets.map((w) => [w.id, w])) as Record<string, WidgetMeta>;

export const widgetSourcesByComponent: Record<string, string[]> = Object.fromEntries(
  widgets.map((w) => [w.component, w.sources]),
);
