import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam } from '@lib/widget/params';

/**
 * Classroom mode: a teacher types or pastes the class's guesses; the widget finds the winning
 * number and the winners and sets the class beside the published contests. The guesses stay in
 * the page (they are not put in the URL, and nothing is sent anywhere); only p travels in a link.
 */
export const meta = {
  id: 'beauty-classroom',
  component: 'BeautyClassroom',
  title: 'Classroom mode: play it with your class',
  chapter: '05-beauty-contest',
  prefix: 'bc',
  goal: 'Run the guessing game with a real group and compare its reasoning depth with Nagel’s lab players, newspaper readers and the cognitive-hierarchy model.',
  schema: {
    p: choiceParam({
      key: 'p',
      label: 'Winning number',
      options: [
        { value: '2/3', label: '2/3 of the average' },
        { value: '1/2', label: '1/2 of the average' },
      ],
      default: '2/3',
      sourceId: 'nagel-1995',
    }),
  },
  sources: ['nagel-1995', 'spektrum-1997', 'thaler-ft-1997', 'camerer-ho-chong-2004'],
  embedHeightPx: 1850,
} satisfies WidgetMeta;
