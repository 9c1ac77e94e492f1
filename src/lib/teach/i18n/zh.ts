import type { TeachText } from './en';

/** 课堂说明参数表的文字（中文版）。键与 en.ts 一一对应。 */
export const teachUi: TeachText = {
  oneOfChoices: '可选项之一',
  range: (min, max, step) => `${min} 至 ${max}，步长 ${step}`,
  choice: (value, label) => `${value}（${label}）`,
  listSeparator: '；',
};
