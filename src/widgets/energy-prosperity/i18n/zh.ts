import { numWords } from '@lib/widget/format';
import type { WidgetText } from './en';

/** “能源与繁荣”的中文文字。键与 en.ts 一一对应。 */
export const text: WidgetText = {
  title: '能源与繁荣',
  goal: '看看电力在各国之间分布得有多不均，人均如何，总量又如何；再看比特币挖矿一年的用电，与一个国家的全部发电量相比是多少。',
  highlight: '突出显示',
  countries: {
    nigeria: '尼日利亚',
    india: '印度',
    brazil: '巴西',
    germany: '德国',
    china: '中国',
    japan: '日本',
    australia: '澳大利亚',
    'united-states': '美国',
    norway: '挪威',
    iceland: '冰岛',
  },
  kwh: (n) => `${n} 千瓦时`,
  twh: (n) => `${n} 太瓦时`,
  times: (n) => `${n} 倍`,
  pointLabel: (name, kwh) => `${name}：人均 ${kwh} 千瓦时，2024 年`,
  tip: (o) => [`人均 ${o.kwh} 千瓦时`, `总发电量 ${o.total}`, `比特币 2024 年耗电相当于其 ${o.share}`],
  chartTitle: '2024 年人均发电量与总发电量',
  axisX: '人均千瓦时（对数刻度）',
  axisY: '发电量，太瓦时（对数刻度）',
  bitcoinLine: (twh) => `比特币挖矿，2024 年：${twh} 太瓦时`,
  hint: '每个点代表一个国家：鼠标悬停、轻触或用 Tab 键移到点上即可查看，按回车键选中。',
  tableCaption: '2024 年各国发电量（Our World in Data）；人口由两列数据推算',
  columns: {
    name: '国家',
    kwhPerPerson: '人均千瓦时',
    generationTwh: '发电量（太瓦时）',
    populationMillions: '人口（百万，推算）',
    bitcoinShare: '比特币 2024 年耗电占比',
  },
  lowestItself: '在图中各国里最低',
  versusLowest: (o) => `是${o.lowest}（${o.kwh} 千瓦时）的 ${o.times} 倍`,
  summary: (o) =>
    `${o.name} 2024 年人均发电 ${o.kwh} 千瓦时，${o.versus}。` +
    `其总发电量为 ${o.total}，按此推算人口约 ${numWords(o.peopleMillions * 1e6)}；` +
    `同年比特币挖矿耗电 ${o.bitcoinTwh} 太瓦时，相当于其总发电量的 ${o.share}。`,
  descLead: '2024 年各国人均发电量（横轴，对数刻度）与总发电量（纵轴，对数刻度）：',
  descCountry: (name, kwh, twh) => `${name}人均 ${kwh} 千瓦时，总计 ${twh} 太瓦时`,
  descJoin: '；',
  descLine: (twh) => `。图中的横线标出比特币挖矿的 ${twh} 太瓦时。`,
  unknownCountry: (ids, got) => `国家须为 ${ids} 之一，收到的是 ${got}`,
  cannotDraw: (why) => `无法绘制此视图（${why}）。`,
  perPerson: (name) => `${name}，人均`,
  inTotal: (name) => `${name}，总计`,
  timesLowest: (lowest) => `人均为${lowest}的倍数`,
  perPersonInput: (name) => `${name}人均发电量`,
  generatedInput: (name) => `${name}总发电量`,
  kwhUnit: '千瓦时',
  twhUnit: '太瓦时',
  lowestNote: '图中最低',
};
