import type { WidgetText } from './en';
import { zh } from '@lib/i18n/zhSpacing';
import { num } from '@lib/widget/format';

/** 抢电竞赛的文字（中文版）。键与 en.ts 一一对应。 */
export const text: WidgetText = {
  title: '抢电竞赛',
  goal: '看懂为什么一座已经并网的矿场值得溢价：新建数据中心还在并网排队，它却能提前几年开始赚钱。',
  schema: {
    wait: { label: '新建数据中心的并网等待', unit: '年' },
    convert: { label: '矿场改造期（假设）', unit: '个月' },
    mw: { label: 'IT 容量', unit: '兆瓦 IT 负载' },
    rate: { label: '托管租金', unit: '/千瓦 IT 负载/月' },
  },
  presets: {
    'jun-2024': {
      label: '2024年6月',
      basis: 'Core Scientific 与 CoreWeave 的首批合同：约 200 兆瓦 IT 负载，租金按 2024年各份合同折算的水平。',
    },
    'dec-2025': {
      label: '2025年12月',
      basis: 'Hut 8 经由 Fluidstack 为 Anthropic 建设的 River Bend 租约：约 245 兆瓦 IT 负载（滑块按 10 兆瓦取整），15 年共 70亿美元，折合每千瓦 IT 负载每月 159美元。',
    },
  },
  rows: { new: '新建数据中心', mine: '改造后的矿场' },
  years: (months) => zh`${num(months / 12, 1)}年`,
  summary: (o) =>
    zh`一座拥有${o.mw}兆瓦 IT 负载的矿场，改造${o.convert}个月后开始赚钱，比要等并网${o.gridYears}的新建数据中心早${o.saved}个月；按每千瓦每月${o.rate}的租金计算，这段先发优势相当于${o.headStart}的租金。`,
  summaryNoGain: (o) =>
    zh`并网要等${o.gridYears}，改造却要${o.convert}个月，改造后的矿场比新建数据中心抢不到一点时间，它的电网接入也就谈不上先发优势。`,
  desc: (o) =>
    zh`以月为单位的时间线。新建数据中心：要等${o.grid}个月才能通电，之后开始赚钱。改造后的矿场：改造${o.convert}个月，之后开始赚钱` +
    (o.saved ? zh`，早${o.saved.months}个月，相当于${o.saved.rent}的租金。` : '。') +
    zh`Dominion Energy 报出的等待时间：${o.low}到${o.high}个月。`,
  tooLarge: '输入得出的结果太大，无法显示',
  // The core's own reasons are in English: only the widget's (Chinese) reason is shown.
  cannotCalculate: (detail) => `这组设置无法计算${/[\u4e00-\u9fff]/.test(detail) ? `（${detail}）` : ''}。请在滑块范围内取值。`,
  readouts: { monthsSaved: '先发优势', headStart: '这段时间的租金', annualRent: '每年租金' },
  months: (n) => zh`${n}个月`,
  headStartInput: '先发优势（月）',
  headStartNote: '由 monthsSavedByConversion 计算',
  columns: { site: '场地', wait: '通电前的月数', rentBy: (month) => zh`到第${month}个月的租金`, rent: '租金' },
  tableCaption: '每个场地何时能通电，以及到图表最后一个月为止收到的租金（未折现）',
  reset: '恢复 2024年的数值',
  chartTitle: '两种场地各要等几个月才开始赚钱：新建数据中心与改造后的矿场',
  axisTick: (years) => zh`${years}年`,
  axisLabel: '从决定建设算起',
  earnsFrom: (month) => zh`第${month}个月起赚钱`,
  headStartMark: (months, rent) => zh`+${months}个月 · ${rent}`,
  dominion: 'Dominion 2024年的报价：4–7 年',
};
