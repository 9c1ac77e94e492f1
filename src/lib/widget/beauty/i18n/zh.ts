import type { BeautyText } from './en';

/** 猜数游戏与已发表实验的对照（src/lib/widget/beauty/comparison.ts），“玩一玩”和课堂模式共用。 */
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
