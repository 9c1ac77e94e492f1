import type { MwBasis } from '@core/deals';
import { zh } from '@lib/i18n/zhSpacing';
import { fullDate, num, usdWords } from '@lib/widget/format';
import type { DealWords, WidgetText } from './en';

type Kind = 'hosting' | 'gpu-cloud';

const KIND_NOUN: Record<Kind, string> = { hosting: '托管租约', 'gpu-cloud': 'GPU 云合同' };
const MW_BASIS_WORDS: Record<MwBasis, string> = { it: '兆瓦 IT 负载', grid: '兆瓦电网容量', unknown: '兆瓦（口径未说明）' };
const FILTERS = { all: '全部交易', hosting: '托管租约', 'gpu-cloud': 'GPU 云合同' };
const CONFIDENCE = { high: '高', medium: '中', low: '低' };
const caveatList = (caveats: readonly string[]) => caveats.join('；');

/**
 * 看板上每笔交易的名称、地点和说明，按交易 id（content/deals.json 的英文原文不动）。
 * 公司名和场地名保留原文；州名用中文。test/widgets/deals-board.zh.test.ts 检查每笔交易都有条目。
 */
const DEALS: Record<string, DealWords> = {
  'core-scientific-coreweave-2024-06-03': {
    name: 'Core Scientific–CoreWeave，首批 200 兆瓦',
    site: 'Core Scientific 的六个场地（首份合同，其中包括得克萨斯州 Denton）',
    remark: '报道的金额是“超过 35亿美元”，所以费率是下限。此后两项扩容选择权的签约日期无法确定，没有放上看板。',
  },
  'core-scientific-coreweave-2024-10-22': {
    name: 'Core Scientific–CoreWeave，最后一项选择权',
    site: 'Core Scientific 的一个场地（改造中，2026年下半年投运）',
    remark: '2024年合作计划的最后一项选择权。整个计划合计约 500 兆瓦、87亿美元，折合每兆瓦 IT 负载每年 145万美元。',
  },
  'terawulf-core42-2024-12-23': {
    name: 'TeraWulf–Core42，Lake Mariner',
    site: '纽约州 Lake Mariner（CB-2）',
    remark: '不能与三净租约直接相比：电费和运营成本由 TeraWulf 从这笔租金里支付。11亿美元的总额出自 TeraWulf 业绩报告的二手转载。',
  },
  'applied-digital-coreweave-2025-06-02': {
    name: 'Applied Digital–CoreWeave，首批 250 兆瓦',
    site: '北达科他州 Ellendale，Polaris Forge 1',
    remark: '没有超大规模云厂商提供兜底担保，靠发行利率 9.25% 的票据融资。',
  },
  'terawulf-fluidstack-2025-08-14': {
    name: 'TeraWulf–Fluidstack，Lake Mariner CB-3 和 CB-4',
    site: '纽约州 Lake Mariner（CB-3、CB-4）',
    remark: 'IT 负载超过 200 兆瓦；费率按 200 兆瓦计算，所以是上限。Google 为 Fluidstack 的 18亿美元义务提供兜底担保。',
  },
  'galaxy-coreweave-helios-2025-08-15': {
    name: 'Galaxy–CoreWeave，Helios',
    site: '得克萨斯州 Dickens 县，Helios',
    remark: '800 兆瓦是 Helios 获批的电网容量；IT 负载是三期合计的 133 + 260 + 133 兆瓦。金额是 Galaxy 的预测，即 15 年间每年超过 10亿美元，并非公布的合同总额。',
  },
  'terawulf-fluidstack-cb5-2025-08-18': {
    name: 'TeraWulf–Fluidstack，Lake Mariner CB-5',
    site: '纽约州 Lake Mariner（CB-5）',
    remark: '金额是报道的 67亿美元总额减去首份租约的 37亿美元，租期按首份租约的 10 年计。Google 把兜底担保提高到约 32亿美元。',
  },
  'applied-digital-coreweave-2025-09': {
    name: 'Applied Digital–CoreWeave，第三栋楼',
    site: '北达科他州 Ellendale，Polaris Forge 1（第三栋楼）',
    remark: '日期取自报道，并非确认的签约日。金额是报道的 110亿美元总额减去前两份租约的 70亿美元，租期按前两份的 15 年计。',
  },
  'cipher-fluidstack-2025-09-25': {
    name: 'Cipher–Fluidstack，Barber Lake',
    site: '得克萨斯州 Barber Lake',
    remark: 'IT 负载 168 兆瓦，电网容量最高 244 兆瓦。Google 为 Fluidstack 的 14亿美元租约义务提供兜底担保，换取 Cipher 股票的认股权证。',
  },
  'terawulf-fluidstack-abernathy-2025-10-28': {
    name: 'TeraWulf–Fluidstack，Abernathy',
    site: '得克萨斯州 Abernathy',
    remark: 'Fluidstack 持有这家合资公司 49.9% 的股份，租户同时也是股东。这是看板上费率最高的租约，原因之一是长达 25 年的租期里租金逐年递增。',
  },
  'cipher-aws-2025-11-03': {
    name: 'Cipher–AWS',
    site: 'Cipher 在得克萨斯州的场地（分两期，2026年交付）',
    remark: '报道没有说明 300 兆瓦是 IT 负载还是电网容量。如果是电网容量，按每兆瓦 IT 负载计的费率会比图中高。租户本身就是超大规模云厂商，所以不需要兜底担保。',
  },
  'iren-microsoft-2025-11-03': {
    name: 'IREN–Microsoft',
    site: '得克萨斯州 Childress（Horizons 1–4）',
    remark: '这不是租约：IREN 购买并运营英伟达 GB300 GPU，出售它们的使用权，所以价格包含芯片，不能与托管租金相比。',
  },
  'cipher-fluidstack-2025-11-20': {
    name: 'Cipher–Fluidstack，Barber Lake 扩容',
    site: '得克萨斯州 Barber Lake（扩展到整个场地）',
    remark: '为 Barber Lake 租约新增 39 兆瓦 IT 负载（电网容量 56 兆瓦）。Google 追加 3.33亿美元的兜底担保。',
  },
  'hut8-fluidstack-river-bend-2025-12-17': {
    name: 'Hut 8–Fluidstack，River Bend',
    site: '路易斯安那州 River Bend',
    remark: '经由 Fluidstack 为 Anthropic 的算力而建。Google 为 15 年基础租期内的租金提供兜底担保。',
  },
  'riot-amd-2026-01-16': {
    name: 'Riot–AMD',
    site: '得克萨斯州 Rockdale',
    remark: '改造现有建筑，并有权扩容到 200 兆瓦。',
  },
  'hut8-beacon-point-2026-05-06': {
    name: 'Hut 8–未披露租户，Beacon Point',
    site: '得克萨斯州 Nueces 县，Beacon Point',
    remark: '路透社称容量为 352 兆瓦；Hut 8 公告的摘要称是 IT 容量，看板采用后者。',
  },
  'iren-nvidia-2026-05-07': {
    name: 'IREN–Nvidia',
    site: '得克萨斯州 Childress（现有数据中心）',
    remark: '这不是租约，而是托管式 GPU 云，所以价格包含芯片。报道没有说明 60 兆瓦是 IT 负载还是电网容量。',
  },
};

/** 交易看板的文字（中文版）。键与 en.ts 一一对应。带数值的句子用 zh`…` 拼接，拉丁字母、数字与汉字之间自动留空。 */
export const text: WidgetText = {
  title: '交易看板',
  goal: '看懂矿企的 AI 交易每兆瓦每年能拿到多少钱：出租机房和电力的租约价格相差不大，连芯片一起卖的合同要高出好几倍；标记的画法告诉你每个费率背后哪些数字是确定的。',
  schema: { deal: '交易', show: '显示' },
  filters: FILTERS,
  filterNoun: (f) => (Object.hasOwn(FILTERS, f) ? FILTERS[f as keyof typeof FILTERS] : f),
  dealOption: (name, month) => `${name}（${month}）`,
  deals: DEALS,

  signedDate: (iso) => fullDate(iso),
  // 中文按万、亿计：179万美元、970万美元。
  ratePerMwYear: (usd) => usdWords(usd, 2),
  // 坐标轴刻度只写数，单位“美元”在轴标题里：100万、1,000万。
  axisTick: (usd) => `${num(usd / 1e4)}万`,
  times: (n) => zh`${num(n, 2)}倍`,
  rateUnit: { it: '/兆瓦 IT 负载/年', grid: '/兆瓦电网容量/年', unknown: '/兆瓦/年（口径未说明）' },
  rateWithUnit: (rate, unit) => `${rate}${unit}`,
  mwOnBasis: (mw, basis) => zh`${mw}${MW_BASIS_WORDS[basis]}`,
  mwItOfGrid: (it, grid) => zh`${it}兆瓦 IT 负载（电网容量${grid}兆瓦）`,
  mw: (mw) => zh`${mw}兆瓦`,
  years: (years) => zh`${years}年`,
  kindLabel: { hosting: '托管租约', 'gpu-cloud': 'GPU 云' },
  valueText: (value, basis) => zh`${{ stated: '', 'up-to': '最高', floor: '超过', derived: '' }[basis]}${value}`,
  caveats: {
    gridOnly: (mw) => zh`${mw}兆瓦是电网容量；费率按每兆瓦电网容量计`,
    gridHeadline: (mw, it) => zh`公告的${mw}兆瓦是电网容量；费率按来源给出的${it}兆瓦 IT 负载计`,
    unknownBasis: (mw) => zh`没有说明${mw}兆瓦是 IT 负载还是电网容量`,
    floor: '金额是下限（“超过”），费率至少为此数',
    upTo: '金额是上限（“最高”），费率至多为此数',
    derived: '金额由报道的总额推算，并非直接披露',
    termAssumed: '租期是假设的，并未披露',
  },
  caveatList,
  confidence: CONFIDENCE,
  none: '无',
  columns: {
    name: '交易',
    signed: '签约日期',
    kind: '类型',
    rate: '每兆瓦每年金额（除注明外按 IT 负载计）',
    value: '基础租期合同金额',
    years: '年数',
    mw: '兆瓦数',
    backstop: '兜底方',
    caveats: '口径说明',
    confidence: '可信度',
  },
  pointLabel: (o) =>
    zh`${o.name}：${KIND_NOUN[o.kind]}，签约于${o.signed}，${o.rate}，${o.mw}兆瓦${o.backstop ? zh`，由${o.backstop}兜底` : ''}。` +
    (o.caveats.length ? `口径：${caveatList(o.caveats)}。` : ''),
  tip: {
    kindSigned: (kind, signed) => zh`${kind}，签约于${signed}`,
    backstop: (backstop) => `兜底方：${backstop}`,
  },

  basisRule:
    '每个费率都是基础租期的合同金额 ÷（年数 × 兆瓦数），不计续约：来源给出 IT 负载的，按每兆瓦 IT 负载计；否则按公告的兆瓦数计并加以标注，从不用假设的配套能耗比例去换算。',
  rangeMany: (o) => zh`给出 IT 负载的${o.count}份${KIND_NOUN[o.kind]}在${o.lo}到${o.hi}之间`,
  rangeOne: (o) => zh`“${o.name}”是唯一一份给出 IT 负载的${KIND_NOUN[o.kind]}，费率为${o.rate}`,
  summary: (o) => {
    // 口径在句中只说一次；未说明的口径由后面的说明解释。
    const of = o.basis === 'it' ? ' IT 负载' : o.basis === 'grid' ? '电网容量' : '';
    const backstop = o.backstop ? zh`，由${o.backstop}兜底` : '';
    const first =
      zh`“${o.name}”是一份${KIND_NOUN[o.kind]}，签约于${o.signed}${backstop}：${o.value}，为期${o.years}年，对应${o.mw}兆瓦${of}，` +
      zh`折合每兆瓦${of}每年${o.rate}，是 Core Scientific 2024年费率（${o.reference}）的${o.times}。`;
    const caveat = o.caveats.length ? `口径：${caveatList(o.caveats)}。` : '';
    const range = o.ranges.length ? `按每兆瓦 IT 负载每年计，${o.ranges.join('；')}。` : '';
    const rest = o.noItLoad ? zh`图中有${num(o.noItLoad)}笔交易没有给出 IT 负载。` : '';
    return first + caveat + range + rest;
  },
  descItem: (o) =>
    zh`“${o.name}”，${KIND_NOUN[o.kind]}，${o.signed}：${o.rate}，${o.mw}兆瓦${o.backstop ? zh`，兜底方${o.backstop}` : ''}` +
    (o.caveats.length ? `；口径：${caveatList(o.caveats)}` : ''),
  desc: (o) =>
    zh`图中有${num(o.count)}笔交易，签约时间从${o.from}到${o.to}，横轴是签约日期，纵轴是每兆瓦每年的美元金额（对数刻度）；` +
    `标记的面积表示兆瓦数。圆形是托管租约，方形是 GPU 云合同；标记外的圆环表示有兜底担保，虚线轮廓表示费率所依据的某个数字没有明确披露。${o.items.join('。')}。`,
  adjusted: (o) => zh`交易：“${o.asked}”不在当前显示的${o.filter}之中，因此改选其中最新的一笔：“${o.pick}”。`,
  errors: {
    badShow: (values) => `“显示”只能选${values.map((v) => `“${Object.hasOwn(FILTERS, v) ? FILTERS[v as keyof typeof FILTERS] : v}”`).join('、')}`,
    badDeal: '“交易”必须是看板列出的某一笔交易',
    noneShown: (filter) => `看板上没有${filter}`,
    cannotShow: (reason) => `交易看板无法显示这组设置：${reason}。请从列表中选择交易和显示范围。`,
  },

  rateLabel: { it: '每兆瓦 IT 负载每年', grid: '每兆瓦电网容量每年', unknown: '每兆瓦每年（口径未说明）' },
  timesLabel: '相当于 Core Scientific 2024年费率的倍数',
  valueLabel: (basis) => (basis === 'stated' ? '合同金额' : `合同金额（${basis === 'derived' ? '推算' : basis === 'floor' ? '下限' : '上限'}）`),
  termLabel: (assumed) => (assumed ? '基础租期（假设）' : '基础租期'),
  mwLabel: { it: 'IT 负载', grid: '电网容量', unknown: '兆瓦数（口径未说明）' },
  headlineLabel: '公告的电网容量',
  symbol: (label, symbol) => `${label}（${symbol}）`,
  inputs: {
    reportedIn: '报道来源',
    value: '基础租期合同金额',
    usd: '',
    valueNote: { 'up-to': '“最高”金额：合同可能达到的上限', floor: '下限：来源称“超过”这个数', derived: '来源没有直接披露，由其报道的总额推算（见该交易的说明）' },
    term: '基础租期',
    termUnit: '年',
    termNote: '来源没有说明，按该交易此前租约的期限计',
    mw: (basis) => ({ it: '作分母的 IT 负载', grid: '作分母的电网容量', unknown: '作分母的兆瓦数，口径未说明' })[basis],
    mwUnit: '兆瓦',
    gridHeadlineNote: (mw) => zh`公告的${mw}兆瓦是电网容量；来源给出了 IT 负载`,
    unknownNote: '来源没有说明这是 IT 负载还是电网容量；未作换算',
    headline: '公告兆瓦数（电网容量）',
    rate: (name) => `${name}（y）`,
    rateNote: '由 dealRateUsdPerMwYear 计算',
    roughNote: '；并非按每兆瓦 IT 负载计，比较只是粗略的',
    reference: 'Core Scientific–CoreWeave，2024年（y_ref）',
  },

  card: {
    facts: (o) =>
      zh`${o.kind} · 签约于${o.signed} · ${o.site} · ${o.backstop ? `兜底方：${o.backstop}` : '无兜底担保'}` +
      (o.confidence === 'high' ? '' : ` · 可信度：${CONFIDENCE[o.confidence]}`),
    caveatsLead: '这个费率的口径说明：',
  },
  hint: (basisRule) => `每个标记是一笔交易：把鼠标移到标记上、轻点它或用 Tab 键移过去即可查看，按 Enter 键选中。${basisRule}`,
  tableCaption: '图中每笔交易：基础租期的合同金额、年数和兆瓦数，以及由此算出的费率',
  chartTitle: '矿企与 AI 公司的交易：按签约日期和每兆瓦每年金额排列',
  axisLabel: '美元/兆瓦/年（对数刻度）',
  legend: {
    hosting: '托管租约：租的是机房及其电力',
    gpuCloud: 'GPU 云：价格包含芯片',
    ring: '圆环：有兜底担保，担保方随交易列出',
    dashed: '虚线：费率背后的某个数字没有明确披露（兆瓦数是电网容量或口径未说明，或者金额、租期是下限、推算或假设的）',
    area: (mws) => zh`面积：兆瓦数（图例为${mws.join('、')}兆瓦）`,
  },
};
