import type { WidgetMeta } from '@lib/widget/define';
import { numberParam } from '@lib/widget/params';
import { LAST_STEP } from './steps';
import { text } from './i18n';

/**
 * The rent slide. Inside a <Scrolly> the scroll position picks the step and `step` is ignored;
 * on its own (embed page) the reader walks the slide with `step`. Every price is a dated figure
 * from ./data.ts, each with its source.
 */
export const meta = {
  id: 'rent-slide',
  component: 'RentSlide',
  title: text.title,
  chapter: '04-leasing-glut',
  prefix: 'slide',
  goal: text.goal,
  schema: {
    // Default: the last step, which shows the whole slide.
    step: numberParam({ key: 'step', label: text.stepLabel, unit: '', min: 0, max: LAST_STEP, step: 1, default: LAST_STEP, format: { maximumFractionDigits: 0 } }),
  },
  sources: ['cheah-2024', 'iren-2024-09-16'],
  embedHeightPx: 1030,
} satisfies WidgetMeta;
