import { fullDate, money, monthYear, num, usd, usdUpTo } from '@lib/widget/format';
import type { WidgetText } from './en';

/** 租金下滑的文字（中文版）。键与 en.ts 一一对应。金额与日期一律经 format.ts 排版（1–2美元、2024年9月16日）。 */
export const text: WidgetText = {
  title: '租金下滑',
  goal: '看看 2023年到 2024年底，H100 的小时租金跌得有多快，又是哪些事件把它压了下来。',
  stepLabel: '时间点',
  steps: {
    shortage: { label: '2023年', event: '一卡难求：创业公司抢着训练模型', when: '2023年' },
    supply: { label: monthYear('2024-01'), event: '卖家多了，价格趋同', when: monthYear('2024-01') },
    resale: { label: monthYear('2024-08'), event: '预订的小时被转卖', when: monthYear('2024-08') },
    'open-models': { label: '为何下跌', event: '开源模型：从零训练的少了', when: `到 ${monthYear('2024-08')}` },
    miners: { label: monthYear('2024-09'), event: `一家矿企的 AI 云每小时约挣 ${usd(2)}`, when: monthYear('2024-09') },
  },
  points: {
    launch: {
      label: '上市价', source: 'Cheah，Latent Space',
      note: `上市时约 ${usd(4.7, 2)}；2023年大部分时间里，不预付一大笔钱很难租得更便宜`,
    },
    peak: {
      label: '2023年高点', source: 'Cheah，Latent Space',
      note: `短缺最严重时超过 ${usdUpTo(8, 2)}（未给出月份）`,
    },
    'jan-2024': {
      label: monthYear('2024-01'), source: 'Cheah，Latent Space',
      note: `多家供应商的报价都在 ${usd(2.85, 2)}左右`,
    },
    'aug-2024': {
      label: monthYear('2024-08'), source: 'Cheah，Latent Space',
      note: `竞拍和转卖市场上介于 ${num(1)}–${usdUpTo(2, 2)}之间`,
    },
    iren: {
      label: `IREN，${monthYear('2024-09')}`, source: 'IREN 新闻稿',
      note: `计算值：IREN 每年 ${money(33e6)} ÷ ${num(1896)} 块 GPU ÷ ${num(8760)} 小时`,
      subject: 'IREN 的 AI 云每 GPU 小时约挣', perWhat: '',
    },
  },
  // Chinese puts the unit before the price: 每小时 2.85美元.
  subject: '一块 H100 的租价为每小时',
  perWhat: '',

  priceRange: (lowUsd, highUsd) => `${num(lowUsd, 2)}–${usdUpTo(highUsd, 2)}`,
  priceAtLeast: (amountUsd) => `${usdUpTo(amountUsd, 2)}以上`,
  usdRange: (lowUsd, highUsd) => `${num(lowUsd)}–${usd(highUsd)}`,
  usdAtLeast: (amountUsd) => `${usd(amountUsd)}以上`,
  year: (year) => `${year}年`,
  day: (dateIso) => fullDate(dateIso),
  isPeak: '这就是高点',
  atLeast: (share) => `至少 ${share}`,
  computedTag: '（计算值）',
  rules: {
    nvidia: (rentUsd) => `英伟达的预期：${usd(rentUsd)}`,
    cheahLoss: (rentUsd) => `Cheah：低于 ${usdUpTo(rentUsd, 2)}就亏钱`,
  },
  topOfMarket: '处于市场顶点',
  belowPeak: (fall) => `较 2023年高点下跌了${fall}`,
  summary: (o) =>
    `${o.when}，${o.subject} ${o.price}${o.perWhat}${o.computed ? '（根据其自身数据算出）' : ''}，${o.fall}。按这个价格，一块 GPU 全年每个小时都租出去，一年能收入 ${o.yearRevenue}。`,
  desc: (o) => `H100 每 GPU 小时的租金：${o.points.map((p) => `${p.label} ${p.price}`).join('；')}。突出显示：${o.focus}。`,

  readouts: {
    rent: '租金',
    fall: '较 2023年高点的跌幅',
    yearRevenue: '一块 GPU 全年出租',
    perGpuHour: '/GPU 小时',
    revenue: 'AI 云收入（R）',
    perYear: '/年',
    gpus: 'GPU 数量（n）',
    gpusUnit: '块 H100 和 H200',
    hoursInYear: '一年的小时数',
    rentOf: (label) => `租金，${label}（r）`,
    rangeNote: '这是一个区间，取其上限',
    peak: '2023年高点（r_peak）',
    peakNote: '这是下限，所以跌幅至少有这么多',
    rented: '出租率（u）',
    everyHour: '全年每个小时都租出去',
  },

  eventLead: '推动价格变化的因素：',
  chartTitle: 'H100 租金（每 GPU 小时），2023–2024年',
  axisY: '每 GPU 小时',
  tableCaption: 'H100 每 GPU 小时的租金：图中每个数据，及其时间和来源',
  columns: { label: '数据', period: '时间', rent: '每 GPU 小时租金', note: '说明', source: '来源' },
};
