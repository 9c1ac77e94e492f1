import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam } from '@lib/widget/params';
import { text } from './i18n';

/**
 * Classroom mode: a teacher types or pastes the class's guesses; the widget finds the winning
 * number and the winners and sets the class beside the published contests. The guesses stay in
 * the page (they are not put in the URL, and nothing is sent anywhere); only p travels in a link.
 */
export const meta = {
  id: 'beauty-classroom',
  component: 'BeautyClassroom',
  title: text.title,
  chapter: '05-beauty-contest',
  prefix: 'bc',
  goal: text.goal,
  schema: {
    p: choiceParam({
      key: 'p',
      label: text.p.label,
      options: [
        { value: '2/3', label: text.p.options['2/3'] },
        { value: '1/2', label: text.p.options['1/2'] },
      ],
      default: '2/3',
      sourceId: 'nagel-1995',
    }),
  },
  sources: ['nagel-1995', 'spektrum-1997', 'thaler-ft-1997', 'camerer-ho-chong-2004'],
  embedHeightPx: 1850,
} satisfies WidgetMeta;
