import type { ContentText } from './en';

/** 内容层自己写出的文字（中文版）：计算得出的数字是怎么算的。 */
export const contentText: ContentText = {
  byCore: (fn) => `核心函数 ${fn}`,
  byArithmetic: '简单算术',
  computedBy: (by, what, inputs) => `由${by}${what}算出${inputs.length ? `，依据：${inputs.join('；')}` : ''}。`,
  pick: (field) => `（${field}）`,
  inputNamed: (label, shown) => `${label}：${shown}`,
};
