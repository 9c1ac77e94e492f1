import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';
import { text } from './i18n';

/**
 * "Play it": the reader against a simulated crowd in the 2/3-of-the-average game. The crowd
 * thinks in Poisson cognitive-hierarchy steps (mean τ; Camerer, Ho & Chong 2004) and
 * re-anchors on the last target each round. The rounds played live in the page, not the URL;
 * the settings below (and the guess on the slider) travel in the link.
 */
const schema = {
  guess: numberParam({
    key: 'guess',
    label: text.schema.guess,
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
    label: text.schema.tau.label,
    unit: text.schema.tau.unit,
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
    label: text.schema.p.label,
    options: [
      { value: '2/3', label: text.schema.p.options['2/3'] },
      { value: '1/2', label: text.schema.p.options['1/2'] },
    ],
    default: '2/3',
    sourceId: 'nagel-1995',
  }),
  size: choiceParam({
    key: 'n',
    label: text.schema.size.label,
    options: [
      { value: '25', label: text.schema.size.options['25'] },
      { value: '100', label: text.schema.size.options['100'] },
      { value: '1000', label: text.schema.size.options['1000'] },
    ],
    default: '100',
  }),
  seed: numberParam({
    key: 'seed',
    label: text.schema.seed,
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
  title: text.title,
  chapter: '05-beauty-contest',
  prefix: 'bp',
  goal: text.goal,
  schema,
  sources: ['camerer-ho-chong-2004', 'nagel-1995', 'spektrum-1997', 'thaler-ft-1997'],
  embedHeightPx: 2030,
} satisfies WidgetMeta;
