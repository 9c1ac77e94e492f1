import type { UiText } from './en';

/** 各组件共用的文字（中文版）。键与 en.ts 一一对应。 */
export const ui: UiText = {
  showNumbers: '查看数据表',
  downloadCsv: '下载这些数据（CSV）',
  adjusted: '链接中的部分设置已调整：',
  datedPresets: '带日期的起点',
  howCalculated: (label) => `计算方法：${label}`,
  howComputed: '这些数字是怎么算出来的',
  embedOrShare: '嵌入或分享',
  stillSettings: '这张定格图的设置（不可更改）',
  stillLink: '到这个小工具所在的章节，换别的设置试试',
  defaultAsOf: (value, asOf) => `默认值：${value}（截至${asOf}）`,
  unitInLabel: (label, unit) => `${label}（${unit}）`,
  withSymbol: (label, symbol) => `${label}（${symbol}）`,
  notAChoice: (label, raw) => `${label}：“${raw}”不是可选项之一，已改用默认值。`,
  notANumber: (label, raw) => `${label}：“${raw}”不是数字，已改用默认值。`,
  belowMin: (label, raw, min) => `${label}：${raw} 低于允许的最小值，已改用 ${min}。`,
  aboveMax: (label, raw, max) => `${label}：${raw} 高于允许的最大值，已改用 ${max}。`,
  givenTwice: (label, times) => `${label} 在链接中出现了 ${times} 次，采用最后一个值。`,
  yourSetting: (sourced, value) => `你的设置；${sourced ? '有出处的' : ''}默认值：${value}`,
};

