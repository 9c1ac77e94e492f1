import type { WidgetText } from './en';
import { fullDate, num } from '@lib/widget/format';

const NTH = ['创世', '第一次', '第二次', '第三次', '第四次', '第五次'];
/** 以“万”计的比特币数量：“1,969万”“700万”；0 写作“0”。 */
const wan = (btcAmount: number) => (btcAmount === 0 ? num(0) : `${num(btcAmount / 1e4)}万`);

/** 区块补贴的阶梯（中文版）。键与 en.ts 一一对应。 */
export const text: WidgetText = {
  title: '区块补贴的阶梯',
  goal: '看清区块补贴每 210,000 个区块减半一次：新币产出越来越慢，总供应量不断逼近 2,100万枚，却永远达不到。',
  schema: {
    step: { label: '减半' },
    scale: { label: '补贴轴刻度', options: { linear: '线性', log: '对数' } },
  },
  steps: { 0: '创世区块，2009年', 1: '第一次减半，2012年', 2: '第二次减半，2016年', 3: '第三次减半，2020年', 4: '第四次减半，2024年', 5: '未来' },

  summaryGenesis: (o) =>
    `从 ${o.month}的创世区块起，每个区块的补贴为 ${o.subsidy} BTC；到第一次减半时，${wan(o.capBtc)}枚比特币中已发行 ${wan(o.issuedBtc)}枚。`,
  summaryExpected: (o) =>
    `${NTH[o.era]}减半预计在 ${o.month}前后到来（第 ${o.height} 个区块），补贴将降至 ${o.subsidy} BTC；此后供应量缓缓逼近 ${o.finalSupply} BTC，最后一笔补贴约在 ${o.lastYear}年发放。`,
  summaryAfter: (o) =>
    `${o.month}的${NTH[o.era]}减半（第 ${o.height} 个区块）之后，每个区块的补贴降为 ${o.subsidy} BTC（每天 ${o.perDay} BTC）；${wan(o.capBtc)}枚比特币中已发行 ${wan(o.issuedBtc)}枚。`,

  subsidyTitle: '每个区块的补贴（BTC）',
  subsidyAxis: '每区块 BTC',
  subsidyDesc: (o) =>
    `区块补贴（BTC），每个时代减半一次：${o.eras.map((e) => `${e.date}起为 ${e.subsidy}`).join('，')}。“${o.after}”之后的时代以淡色虚线绘出。`,
  supplyTitle: '比特币供应量（BTC）',
  supplyAxis: '供应量',
  supplyTick: wan,
  supplyDesc: (o) =>
    `迄今发行的比特币：${o.eras.map((e) => `第 ${e.era} 个时代结束时 ${wan(e.supplyBtc)}`).join('，')}，逐渐逼近 ${o.finalSupply} BTC。`,
  cap: '上限 2,100万',
  columns: { epoch: '时代', startHeight: '首个区块', date: '日期', subsidyBtc: '补贴（BTC）', issuedBtc: '本时代发行量（BTC）', supplyBtc: '时代末供应量（BTC）' },
  tableCaption: '每个补贴时代：首个区块、日期（≈ 为按每 10 分钟一个区块推算）、补贴和供应量',

  eraStart: '时代开始',
  subsidy: '每个区块的补贴',
  firstBlock: '首个区块',
  issued: '此前已发行',
  issuedText: (btcAmount) => `${wan(btcAmount)} BTC`,
  shareIssued: '占全部比特币的比例',
  era: { label: '时代（e）', genesis: '创世时代', after: (halving) => `第 ${halving} 次减半之后` },
  interval: { label: '减半间隔', unit: '个区块' },
  firstBlockInput: { label: '本时代首个区块（h）', note: '由 halvingHeight 计算', countNote: '统计第 0 至 h − 1 个区块' },
  issuedInput: { label: '此前已发行', note: '由 totalSupplySats 计算' },
  finalSupply: '区块补贴最终发放的比特币总量',
  genesisTime: { label: '创世区块时间', value: '2009年1月3日 18:15（UTC）' },
  fourthHalving: { label: '第四次减半（t₄）', value: '2024年4月20日 00:09（UTC）' },
  recordedDate: { label: '有记录的减半日期', value: (dateIso) => fullDate(dateIso) },
  firstSubsidy: '初始补贴',
  subsidyRule: { label: '补贴规则', value: '50 BTC，每个时代减半' },
};
