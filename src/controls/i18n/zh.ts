import type { ControlsText } from './en';

/** 部分组件才用到的控件文字（中文版）。键与 en.ts 一一对应。 */
export const controls: ControlsText = {
  ownSettings: '你自己的设置：与这些带日期的起点都不相同。',
};
