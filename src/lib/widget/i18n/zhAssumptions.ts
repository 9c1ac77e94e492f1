/**
 * 共享假设（src/core/assumptions.ts 的 ASSUMPTIONS，按英文 label）的中文说明；test/lib/i18n.test.ts
 * 要求每条假设都有条目。核心公式的中文说明在 src/core/i18n/zh.json（构建时写入公式）。
 */
export const assumptions: Record<string, { label: string; unit: string; basis: string }> = {
  'AI site overhead (grid ÷ IT power)': {
    label: 'AI 场地的电力开销系数（电网功率 ÷ IT 功率）',
    unit: '兆瓦电网容量/兆瓦 IT 负载',
    basis: 'Core Scientific 的马斯科吉（Muskogee）场址：从电网取电 100 兆瓦，对应 70 兆瓦关键 IT 负载（这是合同约定的比例，不是实测的 PUE）。',
  },
  'Power per GPU in service': {
    label: '每块运行中 GPU 的功率',
    unit: '瓦/块 GPU（含分摊的服务器功耗）',
    basis: '一台 DGX H100 服务器连同 8 块 GPU 及其周边的全部部件，额定功率最高 10.2 千瓦：10,200 瓦 ÷ 8 = 每块 GPU 1,275 瓦。',
  },
  'Mine overhead (grid ÷ ASIC power)': {
    label: '矿场的电力开销系数（电网功率 ÷ ASIC 功率）',
    unit: '兆瓦电网容量/兆瓦 ASIC 功率',
    basis: '一个对挖矿有利的宽松假设：从电网取来的每一瓦电，都送到了 ASIC 矿机上。',
  },
  'Hosting rent, Core Scientific–CoreWeave (2024)': {
    label: '托管租金，Core Scientific–CoreWeave（2024年）',
    unit: '美元/兆瓦 IT 负载/年',
    basis: 'Core Scientific 与 CoreWeave 签下的合同：12 年共约 87亿美元，对应约 500 兆瓦关键 IT 负载。',
  },
};
