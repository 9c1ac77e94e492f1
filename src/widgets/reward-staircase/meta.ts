import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';
import { LAST_STEP } from './steps';

/**
 * The reward staircase. Inside a <Scrolly> the scroll position picks the step and `step` is
 * ignored; on its own (embed page) the reader moves through the halvings with `step`.
 * Every number comes from the core's port of Bitcoin Core's GetBlockSubsidy().
 */
export const meta = {
  id: 'reward-staircase',
  component: 'RewardStaircase',
  title: 'The reward staircase',
  chapter: '01-halving-squeeze',
  prefix: 'rs',
  goal: 'See that the block subsidy halves every 210,000 blocks, so new bitcoin arrive ever more slowly and the supply approaches, but never reaches, 21 million.',
  schema: {
    // Default: the fourth halving (April 2024), the one the chapter is about.
    step: numberParam({
      key: 'step',
      label: 'Halving',
      unit: '',
      min: 0,
      max: LAST_STEP,
      step: 1,
      default: 4,
      format: { maximumFractionDigits: 0 },
    }),
    scale: choiceParam({
      key: 'scale',
      label: 'Subsidy axis',
      options: [
        { value: 'linear', label: 'Linear' },
        { value: 'log', label: 'Logarithmic' },
      ],
      default: 'linear',
    }),
  },
  sources: ['bitcoin-core-validation', 'bitcoin-core-chainparams', 'bitcoin-core-validation-tests', 'teletype-halving-history', 'forbes-india-halving-2024'],
  embedHeightPx: 1200,
} satisfies WidgetMeta;
