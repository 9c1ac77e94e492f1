import type { WidgetMeta } from '@lib/widget/define';
import { numberParam } from '@lib/widget/params';
import { LAST_STEP } from './steps';

/**
 * The rent slide. Inside a <Scrolly> the scroll position picks the step and `step` is ignored;
 * on its own (embed page) the reader walks the slide with `step`. Every price is a dated figure
 * from ./data.ts, each with its source.
 */
export const meta = {
  id: 'rent-slide',
  component: 'RentSlide',
  title: 'The rent slide',
  chapter: '04-leasing-glut',
  prefix: 'slide',
  goal: 'See how fast the hourly rent of an H100 fell between 2023 and late 2024, and which events pushed it down.',
  schema: {
    // Default: the last step, which shows the whole slide.
    step: numberParam({ key: 'step', label: 'Moment', unit: '', min: 0, max: LAST_STEP, step: 1, default: LAST_STEP, format: { maximumFractionDigits: 0 } }),
  },
  sources: ['cheah-2024', 'iren-2024-09-16'],
  embedHeightPx: 1030,
} satisfies WidgetMeta;
