import type { PopText, ProvText, ScrollyText } from './en';

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

/** 出处说明（“计算方法”）的文字。 */
export const prov: ProvText = {
  // 单位以“/”“%”“×”开头时紧贴数字（2.00美元/GPU 小时、40%），其余空一格（104 TH/s、30 年）。
  withUnit: (value, unit) => (/^[/%×]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`),
  colon: '：',
  aside: (text) => `（${text}）`,
  sourceRef: (publisher, title, date) => `${publisher}，${title}（${date}）`,
  period: '。',
  asOf: (date) => `，截至 ${date}`,
  source: '来源',
  calcTitle: '计算方法',
  reportedTitle: '这是公开报道的数字，不是计算结果',
  inputs: '输入',
  whereFrom: '出处',
  computedBy: (fn) => `由 <code>${fn}()</code> 计算。`,
};

/** 滚动叙事分步控件的文字（中文版）。 */
export const scrolly: ScrollyText = {
  stepOf: (step, steps) => `第 ${step} 步，共 ${steps} 步`,
  snapshot: (label, step, steps) => `${label}，第 ${step} 步，共 ${steps} 步`,
};
