import type { BeautyText, UiText } from './en';
import { assumptions } from './zhAssumptions';

/** 各组件共用的文字（中文版）。键与 en.ts 一一对应。 */
export const ui: UiText = {
  showNumbers: '查看数据表',
  downloadCsv: '下载这些数据（CSV）',
  adjusted: '链接中的部分设置已调整：',
  datedPresets: '带日期的起点',
  howCalculated: (label) => `计算方法：${label}`,
  howComputed: '这些数字是怎么算出来的',
  embedOrShare: '嵌入或分享',
  defaultAsOf: (value, asOf) => `默认值：${value}（截至${asOf}）`,
  unitInLabel: (label, unit) => `${label}（${unit}）`,
  withSymbol: (label, symbol) => `${label}（${symbol}）`,
  oneOfChoices: '可选项之一',
  range: (min, max, step) => `${min} 至 ${max}，步长 ${step}`,
  choice: (value, label) => `${value}（${label}）`,
  listSeparator: '；',
  notAChoice: (label, raw) => `${label}：“${raw}”不是可选项之一，已改用默认值。`,
  notANumber: (label, raw) => `${label}：“${raw}”不是数字，已改用默认值。`,
  belowMin: (label, raw, min) => `${label}：${raw} 低于允许的最小值，已改用 ${min}。`,
  aboveMax: (label, raw, max) => `${label}：${raw} 高于允许的最大值，已改用 ${max}。`,
  givenTwice: (label, times) => `${label} 在链接中出现了 ${times} 次，采用最后一个值。`,
  yourSetting: (sourced, value) => `你的设置；${sourced ? '有出处的' : ''}默认值：${value}`,
  embedLead: '把这个组件按当前设置放进课程页面（Moodle、Canvas、Google Sites 或任何 HTML 页面），或通过链接分享。',
  height: '高度',
  autoHeight: '用我们的小脚本自动适应高度',
  heightHint: '在会删除脚本的页面上，这个高度能完整显示组件；加上脚本后，框架会自动伸缩。',
  embedCode: '嵌入代码',
  link: '链接',
  copyCode: '复制嵌入代码',
  copyLink: '复制链接',
  copied: '已复制 ✓',
  copiedStatus: (what) => `${what}已复制。`,
  copyBlocked: (what) => `此处无法自动复制：${what}已选中，请按 Ctrl+C（Mac 上按 ⌘C）。`,
  linkToView: '当前视图的链接',
  lessonNotes: '教师用课堂说明',
  preview: '预览',
  previewOf: (title) => `预览：${title}`,
  embedGroup: (title) => `嵌入或分享：${title}`,
  iframeTitle: (title) => `${title}（交互组件，算力即电力）`,
  assumptions,
};

/** 猜数游戏与已发表实验的对照（src/lib/widget/beautyComparison.ts），“玩一玩”和课堂模式共用。 */
export const beauty: BeautyText = {
  modelRow: (tau) => `认知层级模型，τ = ${tau}`,
  modelMean: (row) => `${row}：平均值`,
  modelTarget: (row) => `${row}：目标`,
  tauInput: '平均思考步数（τ）',
  pInput: '取平均值的比例（p）',
  modelAverage: '平均值（模型）',
  modelAverageNote: '由认知层级模型算出',
  columns: ['参与者', '平均值', '目标', '获胜答案'],
  experiments: {
    'nagel-half': 'Nagel 的实验室实验（1995），p = 1/2，第 1 轮',
    'nagel-two-thirds': 'Nagel 的实验室实验（1995），p = 2/3，第 1 轮',
    'nagel-four-thirds': 'Nagel 的实验室实验（1995），p = 4/3，第 1 轮',
    'spektrum-1997': '《Spektrum der Wissenschaft》读者（1997），p = 2/3',
    'ft-1997': '《金融时报》读者（Thaler，1997），p = 2/3',
  },
};

/** 出处说明（“计算方法”）的文字。 */
export const prov: ProvText = {
  // 单位以“/”“%”“×”开头时紧贴数字（2.00美元/GPU 小时、40%），其余空一格（104 TH/s、30 年）。
  withUnit: (value, unit) => (/^[/%×]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`),
  colon: '：',
  aside: (text) => `（${text}）`,
  sourceRef: (publisher, title, date) => `${publisher}，${title}（${date}）`,
  period: '。',
  asOf: (date) => `，截至 ${date}`,
  source: '来源',
  calcTitle: '计算方法',
  reportedTitle: '这是公开报道的数字，不是计算结果',
  inputs: '输入',
  whereFrom: '出处',
  computedBy: (fn) => `由 <code>${fn}()</code> 计算。`,
};
