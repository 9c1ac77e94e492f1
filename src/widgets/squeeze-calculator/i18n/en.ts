/**
 * The squeeze calculator's words: its title and settings (meta.ts), summary and messages
 * (model.ts), readouts and their inputs (readouts.ts), and the view's headings and tables.
 * zh.ts has the same keys.
 */
type When = 'before' | 'after';
/** One machine's profit in the chart's text alternative: short name and formatted amount. */
type Bar = { name: string; amount: string };

export const text = {
  title: 'The squeeze calculator',
  goal: 'See how halving the block subsidy halves a machine’s revenue overnight while its power bill stays the same, so older, less efficient machines fall below water first.',
  schema: {
    model: 'Machine',
    power: { label: 'Power price', unit: 'per kWh' },
    btc: { label: 'BTC price', unit: 'per BTC' },
    hashrate: { label: 'Network hashrate', unit: 'EH/s' },
    fees: { label: 'Transaction fees', unit: 'BTC per block' },
    pool: { label: 'Pool fee', unit: 'percent' },
  },
  presets: {
    'apr-2024': {
      label: 'Halving day, April 2024',
      basis: 'The day block 840,000 was mined: bitcoin at $63,500, the network at about 620 EH/s from that day’s difficulty, and 0.85 BTC of fees a block the day before.',
    },
    'nov-2025': {
      label: 'November 2025',
      basis: 'November 2025, the month hashprice hit its record low: bitcoin’s average price that month ($96,532, to the slider’s $500), the network at about 1,100 EH/s from that month’s average difficulty, and fees of about 0.02 BTC a block (0.62% of rewards in the week to 3 November). “Before” here means the same month had the subsidy still been 6.25 BTC.',
    },
  },

  // model.ts: messages and the live summary.
  unknownModel: (ids: string) => `model must be one of ${ids}`,
  tooLarge: 'the inputs give a result too large to show',
  /** `rule` is the broken rule, in the core's words. */
  cannotCalculate: (rule: string) => `These settings cannot be calculated: ${rule}. Reset the inputs or choose values inside the slider ranges.`,
  profit: (amount: string) => `a profit of ${amount}`,
  loss: (amount: string) => `a loss of ${amount}`,
  /** How many of the compared machines lose money after the halving. */
  underwater: (n: number, total: number) => `${n === 0 ? 'none' : n} of the ${total} machines compared ${n === 1 ? 'loses' : 'lose'} money`,
  /** `before` and `after` are profit or loss phrases; `underwater` is the fleet's count. */
  summary: (o: { power: string; machine: string; before: string; after: string; breakeven: string; underwater: string }) =>
    `At ${o.power} per kWh an ${o.machine} makes ${o.before} a day before the halving ` +
    `and ${o.after} after it. ` +
    `After the halving it breaks even only below ${o.breakeven} per kWh, and ${o.underwater}.`,

  // readouts.ts: the table's rows, readout labels and provenance inputs.
  rows: {
    hashprice: 'Hashprice, per PH/s',
    revenue: 'Revenue',
    'power-cost': 'Power cost',
    profit: 'Profit',
    breakeven: 'Breakeven, per kWh',
  },
  readoutLabel: (row: string, when: When) => `${row}, ${when} the halving`,
  inputs: {
    subsidy: 'Block subsidy (S)',
    subsidyUnit: 'BTC per block',
    subsidyNote: (when: When) => `${when} the April 2024 halving`,
    hashprice: 'Hashprice (H)',
    hashpriceUnit: 'per PH/s per day',
    hashpriceNote: 'computed by hashpriceUsdPerPhDay',
    pool: 'Pool fee (f)',
    power: 'Power price (c)',
    fees: 'Transaction fees (F)',
    btc: 'BTC price (P)',
    hashrate: 'Network hashrate (N)',
    machineHashrate: 'Machine hashrate (h)',
    machinePower: 'Machine power (W)',
    watts: 'W',
    efficiency: 'Efficiency (e)',
  },

  // SqueezeCalculator.svelte
  readoutTable: {
    caption: (machine: string) => `${machine}: one machine, one day, in USD`,
    before: 'Before',
    after: 'After',
    /** The block subsidy under a column heading; `btc` is formatted. */
    subsidy: (btc: string) => `${btc} BTC`,
  },
  reset: 'Back to halving-day values',
  fleetTable: {
    caption: 'Every machine at these settings, one day before and after the halving',
    machine: 'Machine',
    efficiency: 'J/TH',
    profitBefore: 'Profit a day before',
    profitAfter: 'Profit a day after',
    breakevenAfter: 'Breaks even below, after ($/kWh)',
  },

  // FleetChart.svelte
  chart: {
    title: 'Profit a day for every machine, before and after the halving',
    before: 'Before',
    after: 'After the halving',
    loss: 'Losing money',
    desc: (after: readonly Bar[], before: readonly Bar[]) => {
      const list = (bars: readonly Bar[]) => bars.map((b) => `${b.name} ${b.amount}`).join(', ');
      return `Daily profit per machine after the halving: ${list(after)}. Before it: ${list(before)}.`;
    },
  },
};

export type WidgetText = typeof text;
