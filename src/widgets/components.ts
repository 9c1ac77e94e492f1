/**
 * Widget id → its island (an .astro wrapper that carries the client directive, since Astro can
 * only hydrate components it sees imported by name). Used by chapters (through the MDX component
 * map) and by embed pages.
 */
import RewardStaircase from './reward-staircase/Island.astro';
import SqueezeCalculator from './squeeze-calculator/Island.astro';

export const widgetIslands = {
  'reward-staircase': RewardStaircase,
  'squeeze-calculator': SqueezeCalculator,
} as const;
