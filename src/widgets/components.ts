/**
 * Widget id → its island (an .astro wrapper that carries the client directive, since Astro can
 * only hydrate components it sees imported by name). Used by chapters (through the MDX component
 * map) and by embed pages.
 */
import RewardStaircase from './reward-staircase/Island.astro';
import SqueezeCalculator from './squeeze-calculator/Island.astro';
import RentSlide from './rent-slide/Island.astro';
import LeaseCalculator from './lease-calculator/Island.astro';
import BeautyPlay from './beauty-play/Island.astro';
import BeautyClassroom from './beauty-classroom/Island.astro';
import MinersDilemma from './miners-dilemma/Island.astro';
import ChipCompare from './chip-compare/Island.astro';
import SwitchingBill from './switching-bill/Island.astro';
import SiteThreeWays from './site-three-ways/Island.astro';
import RaceToPower from './race-to-power/Island.astro';
import EnergyPerQuery from './energy-per-query/Island.astro';
import EnergyProsperity from './energy-prosperity/Island.astro';

export const widgetIslands = {
  'reward-staircase': RewardStaircase,
  'squeeze-calculator': SqueezeCalculator,
  'rent-slide': RentSlide,
  'lease-calculator': LeaseCalculator,
  'beauty-play': BeautyPlay,
  'beauty-classroom': BeautyClassroom,
  'miners-dilemma': MinersDilemma,
  'chip-compare': ChipCompare,
  'switching-bill': SwitchingBill,
  'site-three-ways': SiteThreeWays,
  'race-to-power': RaceToPower,
  'energy-per-query': EnergyPerQuery,
  'energy-prosperity': EnergyProsperity,
} as const;
