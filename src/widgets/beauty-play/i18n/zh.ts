import { num } from '@lib/widget/format';
import type { WidgetText } from './en';

/** “玩一玩”的文字（中文版）。键与 en.ts 一一对应。 */
export const text: WidgetText = {
  title: '玩一玩：猜平均值的三分之二',
  goal: '从局中体会选美博弈：想赢，就得猜中其他人想得有多深；一轮接一轮，大家的猜测会一路滑向零。',
  schema: {
    guess: '你的猜测',
    tau: { label: '人群的思考深度 τ', unit: '步' },
    p: { label: '获胜数字', options: { '2/3': '平均值的 2/3', '1/2': '平均值的 1/2' } },
    size: { label: '人群规模', options: { '25': '25 人（一个班）', '100': '100 人', '1000': '1,000 人' } },
    seed: '随机种子',
  },

  cannotPlay: (message) => `这组设置无法开局（${message}）。`,
  yourGame: '你这一局的第 1 轮（人群加上你）',
  won: '获胜',
  tied: '并列最接近',
  place: (ordinal, people) => `${ordinal}名（共 ${num(people)} 人）`,
  roundOf: (round, rounds) => `${round} / ${rounds}`,
  binRange: (from, to) => `${from}–${to}`,
  verdictWon: (o) => `在全部 ${num(o.people)} 个猜测中，你的 ${o.guess} ${o.tied ? '与人并列最接近' : '最接近'}：你赢了。`,
  verdictLost: (o) => `你的 ${o.guess} 与获胜数字相差 ${o.away}，在 ${num(o.people)} 个猜测中排${o.ordinal}；人群中最好的猜测是 ${o.best}。`,
  summaryResult: (o) => `第 ${o.round} 轮：${num(o.people)} 个猜测的平均值为 ${o.mean}，获胜数字是它的 ${o.p}，即 ${o.target}。${o.verdict}`,
  descResult: (o) =>
    `第 ${o.round} 轮人群 ${num(o.crowd)} 个猜测的直方图（组距为 ${o.bin}）：中间一半的猜测落在 ${o.low} 到 ${o.high} 之间。目标线在 ${o.target}，你的猜测在 ${o.guess}。`,
  anchorFirst: '人群已经选好了。',
  anchorNext: (anchor) => `人群看到了上一轮的获胜数字 ${anchor}，这一轮就从它出发推理。`,
  summaryGuess: (o) =>
    `第 ${o.round} 轮：在 0 到 100 之间选一个数。谁最接近全部 ${num(o.people)} 个猜测（包括你的）平均值的 ${o.p}，谁就获胜。${o.anchor}你目前的猜测是 ${o.guess}，尚未提交。`,
  descGuess: (round, guess) => `第 ${round} 轮正在等你出手；提交之前，人群的猜测不会显示。你待提交的猜测是 ${guess}。`,

  hidden: '未公布',
  waiting: '等待你的猜测',
  mean: '平均猜测',
  target: '获胜数字',
  result: '你的名次',
  tauInput: '人群的思考深度（τ）',
  averageInput: '全部猜测的平均值',
  averageNote: '由模拟游戏算出',
  targetInput: '获胜数字（T）',

  round: '轮次',
  chartTitle: (round) => `第 ${round} 轮人群的猜测`,
  people: '人数',
  targetMarker: (target) => `目标 ${target}`,
  youMarker: (guess) => `你 ${guess}`,
  veil: '提交你的猜测后，人群的猜测才会显示。',
  formLabel: (round) => `第 ${round} 轮：你的猜测`,
  typeIt: '或直接输入',
  submit: '提交猜测',
  startOver: '重新开始',
  nextRound: '下一轮',
  seedHint: '种子相同，人群就相同。',
  newCrowd: '换一群人',
  binColumn: '猜测区间',
  binsCaption: (round, bin) => `第 ${round} 轮人群的猜测，组距为 ${bin}（提交之前为空）`,

  historyTitle: '已玩的几轮：人群以上一轮的获胜数字为新起点',
  history: {
    round: '轮次',
    anchor: '人群的锚点',
    predicted: '模型平均值',
    mean: '实际平均值',
    target: '目标',
    you: '你',
    result: '结果',
  },
  comparisonCaption: '真实人群的第一轮',
};
