import type { WidgetText } from './en';

const side = (when: 'before' | 'after') => (when === 'before' ? '减半前' : '减半后');

/** 挤压计算器的文字（中文版）。键与 en.ts 一一对应。 */
export const text: WidgetText = {
  title: '挤压计算器',
  goal: '看清区块补贴减半怎样让一台矿机的收入一夜之间少掉一半，而电费一分不少，于是能效较差的老矿机最先陷入亏损。',
  schema: {
    model: '矿机',
    power: { label: '电价', unit: '/千瓦时' },
    btc: { label: '比特币价格', unit: '/BTC' },
    hashrate: { label: '全网算力', unit: 'EH/s' },
    fees: { label: '交易手续费', unit: 'BTC/区块' },
    pool: { label: '矿池费率', unit: '%' },
  },
  presets: {
    'apr-2024': {
      label: '2024年4月减半日',
      basis: '第 840,000 个区块产出的那一天：比特币报 63,500美元，按当天的难度推算，全网算力约 620 EH/s；前一天平均每个区块带有 0.85 BTC 的手续费。',
    },
    'nov-2025': {
      label: '2025年11月',
      basis: '2025年11月，哈希价格创下历史新低的那个月：比特币取当月均价（96,532美元，按滑块 500美元一档取整），全网算力按当月平均难度推算约为 1,100 EH/s，每个区块的手续费约 0.02 BTC（在截至 11月3日的一周里，只占矿工所得的 0.62%）。这里的“减半前”指的是：假如补贴仍是 6.25 BTC，同一个月会是什么样子。',
    },
  },

  unknownModel: (ids) => `矿机型号必须是以下之一：${ids}`,
  tooLarge: '结果太大，无法显示',
  cannotCalculate: (rule) => `这组设置无法计算（${rule}）。请重置输入，或在滑块范围内取值。`,
  profit: (amount) => `盈利 ${amount}`,
  loss: (amount) => `亏损 ${amount}`,
  underwater: (n, total) => (n === 0 ? `参与比较的 ${total} 台矿机无一亏损` : `参与比较的 ${total} 台矿机中有 ${n} 台亏损`),
  summary: (o) =>
    `按每千瓦时 ${o.power}的电价，一台 ${o.machine} 减半前每天${o.before}，减半后每天${o.after}。` +
    `减半后，只有电价低于每千瓦时 ${o.breakeven}，它才能保本；${o.underwater}。`,

  rows: {
    hashprice: '哈希价格（每 PH/s 每天）',
    revenue: '收入',
    'power-cost': '电费',
    profit: '利润',
    breakeven: '关机电价（每千瓦时）',
  },
  readoutLabel: (row, when) => `${side(when)}的${row}`,
  inputs: {
    subsidy: '区块补贴（S）',
    subsidyUnit: 'BTC/区块',
    subsidyNote: (when) => `2024年4月${side(when)}`,
    hashprice: '哈希价格（H）',
    hashpriceUnit: '/PH/s/天',
    hashpriceNote: '由哈希价格公式算出',
    pool: '矿池费率（f）',
    power: '电价（c）',
    fees: '交易手续费（F）',
    btc: '比特币价格（P）',
    hashrate: '全网算力（N）',
    machineHashrate: '矿机算力（h）',
    machinePower: '矿机功率（W）',
    watts: '瓦',
    efficiency: '能效比（e）',
  },

  readoutTable: {
    caption: (machine) => `${machine}：单台矿机一天的账`,
    before: '减半前',
    after: '减半后',
    subsidy: (btc) => `补贴 ${btc} BTC`,
  },
  reset: '回到减半日的数值',
  fleetTable: {
    caption: '当前设置下，每台矿机在减半前后各一天的利润',
    machine: '矿机',
    efficiency: 'J/TH',
    profitBefore: '减半前日利润',
    profitAfter: '减半后日利润',
    breakevenAfter: '减半后关机电价（每千瓦时）',
  },

  chart: {
    title: '每台矿机在减半前后的日利润',
    before: '减半前',
    after: '减半后',
    loss: '亏损',
    desc: (after, before) => {
      const list = (bars: typeof after) => bars.map((b) => `${b.name} ${b.amount}`).join('，');
      return `减半后每台矿机的日利润：${list(after)}。减半前：${list(before)}。`;
    },
  },
};
