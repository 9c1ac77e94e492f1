import type { WidgetText } from './en';
import { monthYear, num } from '@lib/widget/format';

/** “EPRI，2024年5月”：发布者加估算的日期。 */
const dated = (who: string) => (dateIso: string) => `${who}，${monthYear(dateIso)}`;

/** “每个问题的耗电量”组件的文字（中文版）。键与 en.ts 一一对应。 */
export const text: WidgetText = {
  title: '每个问题的耗电量',
  goal: '看到对 AI 回答一个问题耗电量的估算，从 2024 年到 2025 年降到了约十分之一；而无论按哪个估算，一天的提问只占一个家庭用电的零头。',

  estimateLabel: '估算',
  estimateOption: (who, wh) => `${who}：${num(wh, 2)} 瓦时`,
  countLabel: '每天提问数（示例）',
  countUnit: '个问题',
  presets: {
    'may-2024': { label: `${monthYear('2024-05')}（EPRI）`, basis: 'EPRI 2024 年对一次 ChatGPT 请求的估算，也就是“耗电是搜索的十倍”这一说法背后的数字。' },
    'jun-2025': { label: `${monthYear('2025-06')}（OpenAI）`, basis: 'OpenAI 首席执行官 2025年6月给出的 ChatGPT 查询平均耗电，是企业自己报出的数字。' },
    'aug-2025': { label: `${monthYear('2025-08')}（Google）`, basis: 'Google 2025年8月公布的 Gemini 文本提示耗电中位数，除了芯片，还计入了服务器、闲置机器和机房本身，是企业自己报出的数字。' },
  },

  estimates: {
    'search-2009': { what: 'Google 搜索', who: (year) => `Google ${year} 年数字，EPRI 转引` },
    'epri-2024': { what: 'ChatGPT 请求', who: dated('EPRI') },
    'epoch-2025': { what: 'GPT-4o 查询', who: dated('Epoch AI') },
    'openai-2025': { what: 'ChatGPT 查询平均值', who: dated('OpenAI') },
    'gemini-2025': { what: 'Gemini 提示中位数', who: dated('Google') },
  },

  wh: (wh) => `${wh} 瓦时`,
  kwh: (kwh) => `${kwh} 千瓦时`,
  summary: (o) => {
    const unit = o.search ? '次搜索' : '个问题';
    return (
      `按每${unit} ${o.each}（${o.who}）计算，每天 ${o.count} ${unit}耗电 ${o.day}，一年 ${o.year}，` +
      `占美国家庭一年用电（${o.household} 千瓦时）的 ${o.share}。` +
      `对一个 AI 问题耗电量的公开估算中，最高值是最低值的 ${o.spread} 倍。`
    );
  },
  desc: (o) =>
    `每个问题耗电量的公开估算（瓦时）：${o.rows.map((r) => `${r.what}（${r.who}）：${num(r.wh, 2)}`).join('；')}。` +
    `突出显示的是：${o.selected}。`,
  unknownEstimate: (ids, got) => `估算只能是 ${ids} 之一，收到的是 ${got}`,
  cannotCompute: (why) => `这组设置无法计算（${why}）。请在滑块范围内取值。`,

  dayLabel: '一天',
  yearLabel: '一年',
  shareLabel: '占美国家庭一年用电',
  questionsLabel: '一个家庭一年的电够回答的问题数',
  perQuestionInput: (who) => `每个问题耗电（e），${who}`,
  householdInput: '美国家庭一年用电',
  yearInput: '一年提问耗电',
  computedBy: (fn) => `由 ${fn} 算出`,
  whUnit: '瓦时',
  kwhUnit: '千瓦时',
  // 与英文同样的精度：英文到 0.1 百万，中文到 10 万。
  questionCount: (count) => `${num(Math.round(count / 1e5) * 10, 0)}万`,

  columns: { who: '来源与时间', what: '估算对象', wh: '每个（瓦时）', timesSearch: '相当于 2009 年搜索的倍数', whPerDay: (count) => `每天 ${count} 个的耗电（瓦时）` },
  tableCaption: '每个问题耗电量的公开估算，以及按各估算一天提问的耗电',
  chartTitle: '每个问题耗电量的公开估算（瓦时）',
};
