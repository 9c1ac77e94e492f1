import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';

/**
 * "Play it": the reader against a simulated crowd in the 2/3-of-the-average game. The crowd
 * thinks in Poisson cognitive-hierarchy steps (mean τ; Camerer, Ho & Chong 2004) and
 * re-anchors on the last target each round. The rounds played live in the page, not the URL;
 * the settings below (and the guess on the slider) travel in the link.
 */
const schema = {
  guess: numberParam({
    key: 'guess',
    label: 'Your guess',
    unit: '',
    min: 0,
    max: 100,
    step: 1,
    // The midpoint: the guess of someone who has not yet thought about the others.
    default: 50,
    format: { maximumFractionDigits: 2 },
  }),
  tau: numberParam({
    key: 'tau',
    label: 'Crowd’s thinking depth τ',
    unit: 'steps',
    min: 0,
    max: 5,
    step: 0.1,
    default: 1.5,
    sourceId: 'camerer-ho-chong-2004',
    asOf: '2004',
    format: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  }),
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
  size: choiceParam({
    key: 'n',
    label: 'Crowd size',
    options: [
      { value: '25', label: '25 people (a class)' },
      { value: '100', label: '100 people' },
      { value: '1000', label: '1,000 people' },
    ],
    default: '100',
  }),
  seed: numberParam({
    key: 'seed',
    label: 'Crowd seed',
    unit: '',
    min: 1,
    max: 999_999,
    step: 1,
    default: 1,
    format: { maximumFractionDigits: 0, useGrouping: false },
  }),
};

export const meta = {
  id: 'beauty-play',
  component: 'BeautyPlay',
  title: 'Play it: guess two thirds of the average',
  chapter: '05-beauty-contest',
  prefix: 'bp',
  goal: 'Feel the beauty contest from inside: to win you must guess how deeply everyone else thinks, and round after round the guesses unravel toward zero.',
  schema,
  sources: ['camerer-ho-chong-2004', 'nagel-1995', 'spektrum-1997', 'thaler-ft-1997'],
  embedHeightPx: 2030,
} satisfies WidgetMeta;
