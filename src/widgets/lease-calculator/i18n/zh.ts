import { num, pct, usd } from '@lib/widget/format';
import type { WidgetText } from './en';

/** 租赁计算器的文字（中文版）。键与 en.ts 一一对应。金额一律经 format.ts 排版（4.70美元）。 */
const years = (n: number) => `${num(n, 1)} 年`;

export const text: WidgetText = {
  title: `每小时 ${usd(2)}，算不算一门生意？`,
  goal: '算一算出租一块 GPU 能否收回买价：租金、租金每年的降幅、出租率和电费，如何决定回本周期、回报率，以及保本所需的租金。',
  params: {
    capexUsd: { label: '每块 GPU 综合成本', unit: '' },
    rentUsdPerHour: { label: '首年租金', unit: '/GPU 小时' },
    rentDeclinePct: { label: '每年租金降幅', unit: '%' },
    utilizationPct: { label: '出租率', unit: '%' },
    powerDrawW: { label: '每块 GPU 功率（含服务器分摊）', unit: '瓦' },
    pue: { label: '电能使用效率（总用电 ÷ IT 用电）', unit: '倍' },
    powerPriceUsdPerKwh: { label: '电价', unit: '/千瓦时' },
    otherOpexUsdPerYear: { label: '其他成本', unit: '/GPU/年' },
    lifeYears: { label: '使用年限', unit: '年' },
    discountPct: { label: '别处能拿到的年回报率', unit: '%' },
  },
  presets: {
    'peak-2023': {
      label: '2023年高点买入',
      basis: `Cheah 估算的 H100，综合成本 ${usd(50000)}，按上市时每小时 ${usd(4.7, 2)}的租价出租，此后租金每年下跌 40%，即他在 2024年测得的降速。`,
    },
    'sep-2024': {
      label: '2024年9月买入',
      basis: `IREN 的 H200，每块综合成本 ${usd(40650)}，按其自身数据隐含的每小时 ${usd(1.99, 2)}计算收入，租金保持不变；按当月收入推算回本期，正是这样假设的（IREN 预计其 H100 约两年回本）。`,
    },
    'cheah-1-65': {
      label: `${usd(1.65, 2)}：Cheah 的亏损线`,
      basis: `Cheah 那块 ${usd(50000)}的 H100，用五年，租金到第 5 年逐步降到一半。`,
      claim: 'Cheah 的电子表格认为，按这个租价，五年下来会亏钱。',
    },
    'cheah-2-85': {
      label: `${usd(2.85, 2)}：Cheah 的股市线`,
      basis: `Cheah 那块 ${usd(50000)}的 H100，用五年，租金到第 5 年逐步降到一半。`,
      claim: 'Cheah 的电子表格给出，按这个租价，IRR “勉强高于 10%”，大致相当于股市的回报。',
    },
    'cheah-4-50': {
      label: `${usd(4.5, 2)}：Cheah 的 20% 线`,
      basis: `Cheah 那块 ${usd(50000)}的 H100，用五年，租金到第 5 年逐步降到一半。`,
      claim: 'Cheah 的电子表格给出，按这个租价，IRR 超过 20%。',
    },
    'mar-2026': {
      label: '2026年3月起租',
      basis: `Cheah 估算的 H100，综合成本 ${usd(50000)}，按 2026年3月的一年期合约价每小时 ${usd(2.35, 2)}出租（据报道，出自 SemiAnalysis 的指数），此后租金每年下跌 22%，即 2025年 H100 租金的降速。`,
    },
  },

  years,
  neverPaysBack: (lifeYears) => `${lifeYears} 年使用期内无法回本`,
  irrNone: '无：永远赚不回成本',
  irrPerYear: (irr) => `每年 ${pct(irr, 1)}`,
  perHour: (rentUsd) => `每小时 ${usd(rentUsd, 2)}`,
  presetNote: (o) =>
    `${o.claim}用同样的租金和 Cheah 公布的其他参数，${o.irr === null ? '本计算器算不出 IRR（永远回不了本）' : `本计算器算出的 IRR 为 ${pct(o.irr, 0)}`}。可见他的表格里一定还有没公布的成本或闲置时间，所以这条线是他本人的结论，而不是本公式的结果。`,
  neverOutcome: (o) => `${years(o.lifeYears)}内收不回 ${usd(o.capexUsd)}的买价，最终还差 ${usd(o.shortUsd)}`,
  paybackOutcome: (o) => `用 ${years(o.paybackYears)}收回 ${usd(o.capexUsd)}的买价，IRR 为${o.irr}`,
  summary: (o) =>
    `按每小时 ${usd(o.rentUsd, 2)}出租，租金${o.declinePct === 0 ? '保持不变' : `每年下跌 ${num(o.declinePct)}%`}，这块 GPU ${o.outcome}。要达到每年 ${num(o.discountPct, 1)}% 的回报，首年租金需达到${o.breakeven}。`,
  desc: (o) => `一块 GPU 每年的现金流：${o.rows.map((row) => `第 ${row.year} 年 ${usd(row.cashUsd)}`).join('，')}。累计现金最终为 ${usd(o.totalUsd)}。`,
  // The core's message is in English: the Chinese edition says what to do instead.
  cannotCompute: () => '这组输入无法计算。请把各项数值调到更靠近范围中间的位置。',

  readouts: {
    payback: '回本周期',
    irr: '内部收益率',
    npv: (rate) => `按每年 ${rate}% 折现的净现值`,
    breakeven: (rate) => `回报率达 ${rate}% 所需的首年租金`,
    breakevenZero: '收回成本所需的首年租金',
    targetReturn: '目标年回报率',
    targetUnit: '%',
    justMoneyBack: '只求收回成本',
  },

  chartTitle: '一块 GPU 每年的现金流与累计现金',
  yearAxis: '年份',
  paidBack: '回本',
  keyBar: '当年现金流',
  keyLine: '累计现金',
  tableCaption: '一块 GPU 逐年的现金流（第 0 年为购入）',
  columns: {
    year: '年份',
    rentUsdPerHour: '每小时租金',
    revenueUsd: '收入',
    powerUsd: '电费',
    otherUsd: '其他成本',
    cashUsd: '净现金流',
    cumulativeUsd: '累计现金',
  },
};
