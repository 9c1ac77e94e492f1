import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';
import { LAST_STEP } from './steps';
import { text } from './i18n';

/**
 * The reward staircase. Inside a <Scrolly> the scroll position picks the step and `step` is
 * ignored; on its own (embed page) the reader moves through the halvings with `step`.
 * Every number comes from the core's port of Bitcoin Core's GetBlockSubsidy().
 */
export const meta = {
  id: 'reward-staircase',
  component: 'RewardStaircase',
  title: text.title,
  chapter: '01-halving-squeeze',
  prefix: 'rs',
  goal: text.goal,
  schema: {
    // Default: the fourth halving (April 2024), the one the chapter is about.
    step: numberParam({
      key: 'step',
      label: text.schema.step.label,
      unit: '',
      min: 0,
      max: LAST_STEP,
      step: 1,
      default: 4,
      format: { maximumFractionDigits: 0 },
    }),
    scale: choiceParam({
      key: 'scale',
      label: text.schema.scale.label,
      options: [
        { value: 'linear', label: text.schema.scale.options.linear },
        { value: 'log', label: text.schema.scale.options.log },
      ],
      default: 'linear',
    }),
  },
  sources: ['bitcoin-core-validation', 'bitcoin-core-chainparams', 'bitcoin-core-validation-tests', 'teletype-halving-history', 'forbes-india-halving-2024'],
  embedHeightPx: 1200,
} satisfies WidgetMeta;
