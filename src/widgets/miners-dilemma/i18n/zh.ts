import type { WidgetText } from './en';
import { usdWords } from '@lib/widget/format';

/** 矿企的两难（中文版）。键与 en.ts 一一对应；句中的 {名称} 是读数的位置。 */
export const text: WidgetText = {
  title: '囤币、卖币，还是托管 AI：一兆瓦，三年',
  goal: '比较三种做法的结果分布：挖到的币囤着不卖、每天卖掉，或者把电力租给 AI 租户；并看清是哪些假设决定了答案。',
  schema: {
    seed: { label: '种子' },
    // 货币格式已写出“美元”，单位留空。
    price: { label: '比特币起始价格', unit: '' },
    vol: { label: '价格波动率', unit: '%/年' },
    drift: { label: '预期价格趋势', unit: '%/年' },
    growth: { label: '全网算力增速', unit: '%/年' },
    power: { label: '电价', unit: '/千瓦时' },
    eff: { label: '矿机能效比' },
    host: {
      label: '托管租金（按 IT 负载计）',
      unit: '百万美元/兆瓦·年',
      // 数值以百万美元计，不能写成“1.45美元”。
      format: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
    },
    hostPower: { label: 'AI 租户的电费', options: { tenant: '由租户支付', host: '由托管方从租金中支付' } },
    fitOut: { label: 'AI 改造费用', options: { '0': '由租户支付', '8': '托管方出资，每兆瓦 800万美元', '10': '托管方出资，每兆瓦 1,000万美元' } },
    real: { label: '之后发生了什么', options: { hide: '只看模型', show: '加上比特币的真实价格（2024年12月至2026年6月）' } },
  },
  strategies: { hold: '挖矿并囤币', sell: '挖矿并每天卖币', host: '托管 AI 租户' },

  hostRate: (millionUsdPerMwYear, perKwMonth) => `每兆瓦 IT 负载每年 ${usdWords(millionUsdPerMwYear * 1e6, 2)}（合每千瓦每月 ${perKwMonth}）`,
  cannotSimulate: (reason) => `这组设置无法模拟：${reason}。`,
  summary: (o) =>
    `种子 ${o.seed}：从每枚 ${o.price}出发，模拟 ${o.paths} 条价格路径。三年后的累计现金：托管在每条路径上都是 ${o.host}；` +
    `每天卖币的中位数为 ${o.sellMedian}（每 20 条路径中有 1 条低于 ${o.sellLow}）；` +
    `囤币的中位数为 ${o.holdMedian}（每 20 条中有 1 条低于 ${o.holdLow}，也有 1 条高于 ${o.holdHigh}）。` +
    `囤币在 ${o.holdBeatsHost} 的路径中胜过托管，在 ${o.holdBeatsSell} 的路径中胜过卖币。`,
  twoSentences: (first, second) => `${first}${second}`,
  happened: (o) => `比特币 ${o.month}的真实收盘价为 ${o.close}，位于模型分布的${o.percentile}百分位。`,
  desc: (strategies) => `1 兆瓦场地 36 个月的累计现金：中位数线，以及覆盖 25–75% 和 5–95% 路径的区间带。${strategies.join('')}`,
  descStrategy: (o) => `${o.label}：第 36 个月时中位数为 ${o.median}，5–95% 区间为 ${o.low}至 ${o.high}。`,

  legendTitle: '三年后',
  legendValue: '中位数 {median}；每 20 条路径中有 1 条低于 {p5}',
  chartTitle: '1 兆瓦场地三年的累计现金（美元）',
  cashAxis: '累计现金',
  start: '起点',
  yearTick: (year) => `第 ${year} 年`,
  facts: '这 1 兆瓦的矿机算力为 {hashrate}，每天电费 {power-per-day}；AI 租户每月支付租金 {rent-per-month}。三年后比特币价格的中位数：{median-price}。囤币在 {hold-beats-host} 的路径中胜过托管。',
  seedHint: '种子和设置相同，结果就相同。',
  newSeed: '新种子',
  columns: { strategy: '选择', year: '年数', p5: '第 5 百分位', p25: '第 25 百分位', p50: '中位数', p75: '第 75 百分位', p95: '第 95 百分位' },
  tableCaption: '1 兆瓦场地按选择和年份列出的累计现金：2,000 条价格路径的百分位数',

  happenedName: '之后发生了什么',
  happenedTitle: '之后发生了什么：比特币价格与模型的对照',
  happenedChartTitle: '比特币价格：模型的分布区间与真实的月末收盘价（美元）',
  priceAxis: '价格',
  happenedDesc: (o) => `模型中的比特币价格：三年后中位数为 ${o.median}，5–95% 区间为 ${o.low}至 ${o.high}。真实月末收盘价：${o.closes.join('；')}。`,
  happenedClose: (o) => `${o.month} ${o.close}（${o.percentile}百分位）`,
  happenedFacts: (o) =>
    `灰色是模型给出的价格（虚线为中位数，深浅两条带分别覆盖中间一半和 90% 的路径）。蓝色是比特币每个月的实际走势。它在 ${o.month}的收盘价 {close}，位于模型分布的{percentile}；${o.months} 个月里，它始终处在${o.lowest}到${o.highest}百分位之间。`,
  happenedColumns: { label: '月份', closeUsd: '收盘价', percentile: '在模型中的百分位' },
  happenedCaption: '比特币的月末收盘价，以及每个收盘价在模型分布中的位置',

  site: { label: '场地', unit: '兆瓦（电网取电）' },
  aiShare: 'AI 场地损耗系数（k_AI）',
  mineShare: '矿场损耗系数（k_mine）',
  rent: { label: '每千瓦 IT 负载每月租金（rent）', note: '由 usdPerKwMonthFromUsdPerMwYear 计算' },
  horizon: { label: '期限', unit: '年' },
  medianAfter: (strategy) => `${strategy}：三年后的中位数`,
  lowEnd: (strategy) => `${strategy}：每 20 条路径中有 1 条低于此值`,
  hashrate: '这 1 兆瓦的算力',
  powerPerDay: '每天电费',
  rentPerMonth: '每月租金',
  medianPrice: '三年后比特币价格的中位数',
  holdBeatsHost: '囤币胜过托管的路径占比',
  close: { label: (month) => `${month}收盘价（S）`, unit: '/BTC' },
  since: { label: '距起点的时间（t）', unit: '年', note: '从 2024年12月23日到当月月底' },
  realClose: (month) => `比特币 ${month}的收盘价`,
  realPercentile: '这一收盘价在模型分布中的位置',
  percentileText: (ordinal) => `${ordinal}百分位`,
};
