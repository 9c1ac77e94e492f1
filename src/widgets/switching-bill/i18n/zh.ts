/** 矿场改造账单的文字（中文版）。键与 en.ts 一一对应。 */
import { fullDate, money, monthYear, num, usd, usdWords } from '@lib/widget/format';
import type { WidgetText } from './en';

export const text: WidgetText = {
  title: '矿场改造账单',
  goal: '算一算矿企把场址改造成 AI 数据中心要花多少钱（GPU、厂房、放弃的挖矿收入，减去旧 ASIC 矿机的转售收入），以及要收多少个月的租金才能回本。',
  params: {
    siteMw: { label: '场址规模', unit: '兆瓦（电网取电）' },
    pue: { label: 'AI 场址电力开销（电网功率 ÷ IT 功率）', unit: '倍 IT 功率' },
    gpuPowerW: { label: '每块 GPU 功耗（含服务器分摊）', unit: '瓦' },
    // 金额已带“美元”，不再加单位。
    capexUsdPerGpu: { label: '每块 GPU 的全部成本（服务器、网络、机架）', unit: '' },
    facilityMUsdPerMw: { label: '厂房与液冷', unit: '百万美元/兆瓦 IT 负载' },
    asicJPerTh: { label: '旧矿机能效比', unit: 'J/TH' },
    resaleUsdPerTh: { label: '旧 ASIC 矿机转售价', unit: '/TH/s' },
    downtimeMonths: { label: '场址停摆月数', unit: '个月' },
    hashprice: { label: '放弃的哈希价格', unit: '/PH/s/天' },
    powerPrice: { label: '电价', unit: '/千瓦时' },
    rent: { label: 'GPU 租金', unit: '/GPU 小时' },
    utilizationPct: { label: '出租率', unit: '' },
  },
  // 厂房造价以百万美元计，不能写成“8.0美元”；出租率写成“80%”。
  formats: {
    facilityMUsdPerMw: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    utilizationPct: { style: 'unit', unit: 'percent', maximumFractionDigits: 0 },
  },
  notes: {
    siteMw: '来源：Core Scientific 的 Muskogee 场址，100 兆瓦。',
    pue: '来源：Core Scientific 的 Muskogee 场址从电网取电 100 兆瓦，对应 70 兆瓦关键 IT 负载（这是合同约定的比例，不是实测的 PUE）。',
    gpuPowerW: '来源：一台 DGX H100 服务器连同八块 GPU 及周边设备，额定功率最高 10.2 千瓦：10,200 瓦 ÷ 8 = 每块 GPU 1,275 瓦。',
    capexUsdPerGpu: `来源：Cheah 估算每块 H100 ${usd(50000)}（${monthYear('2024-08')}）。IREN 每块 H200 约花 ${usd(40650)}（${monthYear('2024-09')}）。`,
    facilityMUsdPerMw: `来源：TeraWulf 的指引是每兆瓦关键 IT 负载 ${usdWords(8e6)}至 ${usdWords(10e6)}（${monthYear('2025-08')}），这里取低值。`,
    asicJPerTh: '来源：剑桥大学 2024 年矿企调查中矿机队伍的平均能效。',
    resaleUsdPerTh: `我们没有找到有出处的转售价，这个数字并不确定。作为参照，IREN 在${monthYear('2023-12')}买入全新 T21 矿机，约合每 TH/s ${usd(14)}（可信度低）。`,
    downtimeMonths: '没有来源给出改造所需的时间，请自行设定。',
    hashprice: `来源：Hashrate Index，${fullDate('2024-12-23')}。`,
    powerPrice: '来源：剑桥大学 2024 年矿企调查中的电价中位数。',
    rent: `来源：Cheah，截至${monthYear('2024-08')}的 H100 租金。`,
    utilizationPct: 'Cheah 自己的测算假设每个小时都能租出去，他本人也说这并不现实。',
  },
  assumption: '假设：',
  beforeNote: '',
  groups: { site: '新的 AI 场址', mine: '原来的矿场', rent: '租金' },
  presetGroups: { capex: '有出处的单块 GPU 成本', build: 'TeraWulf 给出的区间' },
  presets: {
    'cheah-h100': (usdPerGpu) => `Cheah（H100）：${usd(usdPerGpu)}`,
    'iren-h200': (usdPerGpu) => `IREN（H200）：${usd(usdPerGpu)}`,
    'terawulf-low': (usdPerMw) => `TeraWulf 低值：${money(usdPerMw)}`,
    'terawulf-high': (usdPerMw) => `TeraWulf 高值：${money(usdPerMw)}`,
  },
  items: {
    gpus: { label: 'GPU 与服务器', long: 'GPU、服务器与网络' },
    building: { label: '厂房', long: '厂房与液冷' },
    lost: { label: '挖矿损失', long: '停摆期间损失的挖矿利润' },
    resale: { label: '卖旧矿机', long: '出售旧 ASIC 矿机（抵扣）' },
    total: { label: '合计', long: '账单合计' },
  },
  phrases: {
    capexPerMw: (amount) => `每兆瓦 ${amount}`,
    perMonth: (amount) => `每月 ${amount}`,
    never: '无法回本',
    afterSwitchOn: (m) => `开机后 ${num(m, 0)} 个月`,
    afterStop: (m) => `停止挖矿后 ${num(m, 0)} 个月`,
    months: (m) => `${m} 个月`,
  },
  verdict: {
    never: '永远回不了本：在这个租金下，GPU 连自己的电费都挣不回来。',
    repaid: (o) => `在 GPU ${o.lifeYears} 年寿命结束前 ${o.monthsLeft} 个月回本。`,
    short: (o) => `GPU ${o.lifeYears} 年寿命内回不了本，还差 ${o.monthsShort} 个月。`,
  },
  summary: (o) =>
    `把一座 ${o.siteMw} 兆瓦的矿场改造成 AI 场址，能装下 ${o.gpus} 块 GPU，总花费 ${o.total}，` +
    `其中新设备和建筑折合${o.capexPerMw}。${o.then}`,
  repaid: (o) =>
    `按每 GPU 小时 ${o.rent}出租、出租率 ${o.utilizationPct}% 计算，扣除电费后的净收入为${o.net}，` +
    `${o.payback}回本（${o.fromStop}）。${o.verdict}`,
  neverRepaid: '在这个租金下，GPU 连自己的电费都挣不回来，这笔账永远还不清。',
  desc: (o) =>
    `改造的累计现金，从停止挖矿起逐月计算：第 0 个月为 ${o.start}，` +
    `第 ${o.switchOnMonth} 个月 GPU 开机时为 ${o.atSwitchOn}，第 ${o.endMonth} 个月为 ${o.end}。GPU 寿命在第 ${o.lifeEndMonth} 个月结束。` +
    (o.zeroMonth === null ? '累计现金始终回不到零。' : `累计现金在第 ${o.zeroMonth} 个月回到零。`),
  error: (detail) => `这组输入无法计算（${detail}）。请重置滑块后继续。`,
  rows: {
    gpus: '可容纳的 GPU 数量',
    capexPerMw: '每兆瓦场址的新设备与建筑投资',
    mining: '改造前每月挖矿利润',
    rent: '每月 GPU 租金收入',
    power: '每月 GPU 电费',
    net: '每月净租金',
    payback: '开机后回本时间',
    fromStop: '停止挖矿后回本时间',
  },
  table: { caption: '改造账单与回本周期', item: '项目', value: '金额' },
  fine: '简化假设：所有支出都在第一天发生；租金保持不变；不计人工、维护和利息；每月按 730 小时计。',
  readouts: {
    total: '账单合计',
    capexPerMw: '新设备与建筑',
    gpus: '可容纳的 GPU',
    net: '扣除电费后的净租金',
    payback: '回本时间',
    fromStop: '计入停摆期',
    mining: '矿场原有利润',
    verdict: '结论',
    life: { label: 'GPU 使用寿命', unit: '年' },
  },
  charts: {
    billTitle: '账单',
    billFigure: '改造账单逐项金额（美元）',
    billDesc: (items) => items.map((i) => `${i.label}：${i.amount}`).join('；') + '。',
    cashTitle: '改造的累计现金（计入放弃的挖矿收入）',
    cashFigure: '停止挖矿后逐月的累计现金',
    cashAxis: '停止挖矿后的月数',
    gpusOn: 'GPU 开机',
    lifeEnds: 'GPU 寿命结束',
    paidBack: '回本',
  },
};
