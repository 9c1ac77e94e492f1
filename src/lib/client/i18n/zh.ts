import type { PopText } from './en';

/** 引文与术语弹出框的文字（中文版）。 */
export const pop: PopText = {
  asOf: (date) => `，截至${date}。`,
  source: (n) => `来源${n ? ` ${n}` : ''}`,
  openSource: '打开原始来源',
  chapterSources: '本章来源列表',
  allSources: '全部来源',
  glossary: (term) => `术语：${term}`,
  glossaryEntry: '术语表词条',
  howCalculated: (label) => `${label}是怎么算出来的`,
};
