import { unitAfter } from '@lib/i18n/plural';

/** Words of the citation and glossary popovers (src/lib/client/popContent.ts). zh.ts has the same keys. */
export const pop = {
  asOf: (date: string) => `, as of ${date}.`,
  source: (n: string | undefined) => `Source${n ? ` ${n}` : ''}`,
  openSource: 'Open the source',
  chapterSources: 'In this chapter’s sources',
  allSources: 'All sources',
  glossary: (term: string) => `Glossary: ${term}`,
  glossaryEntry: 'Glossary entry',
  howCalculated: (label: string) => `How ${label} was calculated`,
};

/**
 * The words of a provenance line ("How this was calculated"), with the popovers' own words:
 * citation popovers load them on every page, and need nothing of the widget runtime.
 */
export const prov = {
  /** A value and its unit: "0.06 USD per kWh", "1 year". */
  withUnit: (value: string, unit: string) => `${value} ${unitAfter(value, unit)}`,
  /** After a label, before its value. */
  colon: ': ',
  /** A note after a value: " (a floor)". */
  aside: (text: string) => ` (${text})`,
  /** A source as a provenance line cites it; `title` is markup. */
  sourceRef: (publisher: string, title: string, date: string) => `${publisher}, ${title} (${date})`,
  period: '.',
  asOf: (date: string) => `, as of ${date}`,
  source: 'Source',
  calcTitle: 'How this was calculated',
  reportedTitle: 'A reported figure, not a calculation',
  inputs: 'Inputs',
  whereFrom: 'Where it comes from',
  computedBy: (fn: string) => `Computed by <code>${fn}()</code>.`,
};

/** Words of a scrolly section's step controls, which the server writes first and the browser then keeps current. */
export const scrolly = {
  /** The status between "Previous" and "Next". */
  stepOf: (step: number, steps: number) => `Step ${step} of ${steps}`,
  /** A step's snapshot of the graphic, named after the graphic. */
  snapshot: (label: string, step: number, steps: number) => `${label}, step ${step} of ${steps}`,
};

export type PopText = typeof pop;
export type ProvText = typeof prov;
export type ScrollyText = typeof scrolly;
