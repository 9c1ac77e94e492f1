/**
 * 核心公式（src/core/*.ts 中的 Formula，按 fn 名；同一 fn 有多条公式时按“fn|symbols”）与共享假设（src/core/assumptions.ts 的
 * ASSUMPTIONS，按英文 label）的中文说明。test/lib/i18n.test.ts 要求每个公式和假设都有条目。
 * 公式的符号（symbols）不翻译，沿用核心代码里的写法。
 */
export const formulas: Record<string, string> = {
  // assumptions.ts
  perGridMwFromPerItMw: '把按每兆瓦 IT 负载计的数字，改按从电网取用的每兆瓦来计：除以场地的电力开销系数（电网功率 ÷ IT 功率）。',
  // beauty.ts
  beautyContestTarget: '谁的猜测最接近全体猜测平均值的 p 倍，谁就获胜。',
  levelKGuess: 'k 级玩家认为其他人都比自己少想一步，所以把天真的猜测 50 乘以 p，连乘 k 次。',
  cognitiveHierarchyMean: '思考步数服从均值为 τ 的泊松分布；每一级玩家都针对比自己想得浅的各级玩家的组合，作出最优应对。',
  cognitiveHierarchyTarget: '面对一群按认知层级模型思考的人，获胜的数字是：模型预测的平均猜测的 p 倍。',
  // beautyGame.ts
  beautyGame:
    '每一轮，模拟人群的思考步数随机抽取，均值为 τ：0 级玩家在锚点附近猜（第一轮是 50，之后是上一轮的获胜数字），k 级玩家针对比自己想得浅的各级作出最优应对，再加上一点随机噪声。平均值也把你的猜测算在内。',
  // bitcoin.ts
  blockSubsidySats: '每个区块起初发放 50 BTC，每过 210,000 个区块减半一次（向下取整到整数聪）。',
  totalSupplySats: '总供应量等于每个时代的区块数乘以该时代的区块补贴，再把各个时代加起来。',
  supplyShareIssuedBefore: '某个时代第一个区块之前已经发行的比特币，占区块补贴最终将发放的全部比特币的比例。',
  hashrateFromDifficulty: '平均而言，挖出一个区块需要 难度 × 2³² 次哈希运算，而区块每 600 秒出一个。',
  halvingHeight: '第 e 个时代从第 e × 210,000 个区块开始，210,000 就是减半间隔。',
  approxEpochStartDateIso: '已经过去的时代，从各自减半区块的实际记录日期算起；之后的时代，从第四次减半（2024年4月20日）起按每 600 秒一个区块推算。',
  hashpriceUsdPerPhDay: '哈希价格是 1 PH/s 算力一天挣到的钱：144 个区块的补贴加手续费，按美元计价，再乘以你在全网算力中所占的份额。',
  // chips.ts
  'asicChipDay|R = h/1000 × H;  R/kWh = H / (e × 24)': '一块矿机芯片挣的钱，是它的算力乘以哈希价格；再除以它一天消耗的千瓦时数，就是它每千瓦时（度）电挣的钱，这也就是它的关机电价。',
  'gpuChipDay|R = r × 24;  R/kWh = r / (W/1000)': '一块 GPU 如果每个小时都租出去，一天就挣 24 个小时的租金；再除以它消耗的千瓦时数，就是它每千瓦时（度）电挣的钱。',
  // 两个 fn 各有两条公式：按“fn|symbols”区分。
  'asicChipDay|e = W / h': '单位工作量的能耗：芯片的功率除以它每秒完成的哈希次数。',
  'gpuChipDay|e = W / F': '单位工作量的能耗：显卡的功率除以它每秒完成的运算次数。',
  revenuePerKwhRatio: 'GPU 每消耗 1 千瓦时电换来的租金，除以 ASIC 矿机每千瓦时电挣到的钱。',
  // conversion.ts
  switchingBill:
    '按场地的 IT 功率装满 GPU，付清这些 GPU 和新厂房的钱，加上场地停运期间损失的挖矿利润，减去旧 ASIC 矿机卖出的钱；再除以这些 GPU 每月的净收入。',
  // deals.ts
  dealRateUsdPerMwYear:
    '把一笔交易的总价值摊到基本租期的每一年和每一兆瓦上：来源注明了 IT 负载时按 IT 负载算，否则按公布的兆瓦数算，并注明其口径（绝不用假设的电力开销系数换算）。',
  rateMultiple: '这笔交易每兆瓦每年支付的金额，是参考费率的多少倍。',
  // dilemma.ts
  simulateMinersDilemma:
    '挖矿：场地每天按当天的币价，挖到 144 个区块中属于它的那一份，并支付电费；币的价值低于电费时就关机。托管：每月按每千瓦 IT 负载收取固定租金，计费的是电网功率中真正送到租户计算机上的那一部分。',
  // energy.ts
  queryEnergy: '一天的提问耗电，等于一次提问的能耗乘以提问次数；一年按 365 个这样的日子计。',
  shareOfYearlyUse: '一定量的能量，占某个年度用电预算（比如一个美国家庭一年的用电）的比例。',
  queriesPerYearlyUse: '一年的用电预算能回答多少个问题：把预算换算成瓦时，再除以回答一个问题的能耗。',
  energyRatio: '一份能量是另一份的多少倍。',
  perCapitaKwh: '人均用电量，等于一个国家的发电量除以人口。',
  // finance.ts
  npv: '将来的钱不如现在的钱值钱：每一年的现金，每多等一年，就要多除以一次（1 + 折现率）。',
  irr: '内部收益率，就是让这笔投资恰好不赚不亏的折现率。',
  paybackPeriods: '回本周期，就是收回的现金累计到等于投入的现金所需的时间。',
  // gbmDistribution.ts
  gbmPricePercentile:
    '在模型里，t 年后价格的对数服从正态分布，均值为 (μ − σ²/2)t，标准差为 σ√t；一个真实价格在这个分布中的位置，由分布中低于它的那部分所占的比例来确定。',
  gbmPriceQuantileUsd: 't 年后，模型的价格路径中有给定比例落在某个价格之下，这个价格就是：起始价格按模型的中位增长率增长，再加上 z 个标准差。',
  // gpuRent.ts
  gpuYear: '一块 GPU 一年的账：小时租金乘以租出去的小时数，减去它的电费和维护费用。',
  revenueUsdPerGpuHour: '把一个 GPU 集群的年收入摊到每一块 GPU 和一年中的每一个小时上，相当于假设所有 GPU 全年每时每刻都租了出去。',
  fallFromPeakShare: '租金比峰值低了多少，用占峰值的比例表示：1 减去租金与峰值租金之比。',
  // hosting.ts
  hostingRentUsdPerYear: '一年的托管租金：租出的 IT 负载千瓦数，乘以每千瓦每月的租金，再乘以 12。',
  // leasing.ts
  gpuRentalEconomics: 'GPU 每年按租出去的小时数挣取小时租金，减去电费和维护费用；买卡的钱在开头一次付清。',
  breakevenRentUsdPerGpuHour: '按目标回报率折现后，GPU 的现金流恰好收回其成本时的起始租金。',
  // mining.ts
  minerDay: '一台矿机挣的钱，是它的算力乘以哈希价格，按矿池费率扣掉矿池的分成，再付掉它消耗的千瓦时电费。',
  breakevenPowerPriceUsdPerKwh: '在这个电价下，挖一天矿的收入恰好等于所耗电力的成本。',
  costPerBtcUsd: '挖出一枚 BTC 的电费成本：1 PH/s 算力一天的电费，除以 1 PH/s 一天挖到的 BTC。',
  // power.ts
  siteMiningYear: '场地的 IT 兆瓦数除以矿机的能效比（J/TH），得出它的算力；它按哈希价格挣钱，每一兆瓦时的电都要付费。',
  siteHostingYear: '托管方按“千瓦·月”出租关键 IT 功率；计算机归租户所有。',
  siteGpuRentalYear: '在场地电力允许的范围内装上尽可能多的 GPU，按小时出租，支付电费，再把 GPU 的买价摊到它的使用寿命上。',
  valueOfEarlierEnergizationUsd: '场地每早一个月投入运行，就多挣一个月的净收入。',
  // risk.ts
  simulateGbmPaths: '价格每天乘以一个随机因子，这个因子的对数服从正态分布：平均增长率为 μ，标准差按每 √年 σ 计。',
  // siteChoice.ts
  monthsSavedByConversion: '已经接入电网的矿场，改造完成后就能开始挣钱；新场地则要等待并网。两者之差就是领先的时间，最少为零。',
  siteThreeWays:
    '同样的兆瓦，做矿场挣的是哈希价格，做托管按每千瓦收固定租金，自己出租 GPU 则按小时收租；三者各自支付电费、其他开销，以及当初不得不购置的东西。',
  yearAveragePriceRatios: '把一年的比特币价格模拟许多次；矿场挣的是全年的平均币价，所以它的利润区间跟随这个平均值的区间。',
};

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
