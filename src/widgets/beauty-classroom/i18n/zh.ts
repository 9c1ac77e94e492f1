/** 课堂模式的文字（中文版）。键与 en.ts 一一对应。 */
import { num } from '@lib/widget/format';
import type { WidgetText } from './en';

export const text: WidgetText = {
  title: '课堂模式：和全班一起玩',
  goal: '让一群真人玩这个猜数游戏，把他们的推理深度与纳格尔实验室的玩家、报刊读者和认知层级模型作比较。',
  p: {
    label: '获胜数字',
    options: { '2/3': '平均值的 2/3', '1/2': '平均值的 1/2' },
  },
  entry: {
    label: '全班的猜测（0 到 100）',
    placeholder: '例如：33 22 50，15；0',
    help: '数字之间用空格、逗号、顿号、分号或换行隔开，小数用小数点（33.3）。所有计算都在这个浏览器里完成，不会发送到任何地方。',
    clear: '清空',
    count: '已读取的猜测：',
  },
  chart: {
    title: '全班的猜测',
    students: '人数',
    target: (value) => `获胜数字 ${value}`,
  },
  comparisonCaption: '你们班与已发表的第一轮结果对比',
  yourClass: '你们班',
  bins: {
    caption: (width) => `全班的猜测，每 ${width} 为一组`,
    range: '猜测区间',
    count: '人数',
  },
  reasons: { 'not a number': '不是数字', 'outside 0 to 100': '不在 0 到 100 之间' },
  skippedEntry: (token, reason) => `“${token}”（${reason}）`,
  skipped: (o) => `已跳过 ${num(o.count)} 项：${o.shown.join('、')}${o.more > 0 ? `，另有 ${num(o.more)} 项` : ''}。`,
  winner: (entry, guess) => `第 ${num(entry)} 个（${guess}）`,
  winners: (shown, more) => shown.join('、') + (more > 0 ? `，另有 ${num(more)} 个` : ''),
  invite: (o) => `输入或粘贴全班的猜测，就能算出获胜数字（平均值的 ${o.p}）和获胜者。${o.skipped}`,
  emptyDesc: '还没有猜测：0 到 100 的直方图是空的。',
  summary: (o) =>
    `${num(o.count)} 个猜测的平均值是 ${o.mean}，获胜数字是 ${o.target}。` +
    `${o.tied ? '并列最接近' : '最接近'}的是：${o.winners}。` +
    (o.nagelMean ? `作为对比，纳格尔实验室的玩家第一轮平均猜 ${o.nagelMean}。` : '') +
    o.skipped,
  desc: (o) =>
    `${num(o.count)} 个猜测的直方图，每 ${o.width} 为一组；人数最多的一组在 ${o.from} 到 ${o.to} 之间，共 ${num(o.busiest)} 人。` +
    `获胜数字线位于 ${o.target}；两条参考线标出一步推理和两步推理的猜测。`,
  readouts: {
    mean: '平均值',
    target: '获胜数字',
    winners: '获胜者',
    levels: '虚线',
    levelsText: (one, two) => `虚线：一步推理的猜测（${one}）和两步推理的猜测（${two}）。`,
    p: '平均值的倍数（p）',
    guesses: { label: '全班的猜测', note: '在本页输入，不会发送到任何地方' },
    targetInput: '获胜数字（T）',
    level0: { label: '0 级猜测', note: '0 到 100 的中点' },
  },
};
