/**
 * The chip comparison's words: its title and settings, the dated price buttons, what each chip's
 * work is, the readouts' labels, the caveats, the summary and the table. zh.ts has the same keys.
 * Catalog model names (Antminer S21, NVIDIA H100 SXM) are names and stay as the catalog spells them.
 */
import { usd } from '@lib/widget/format';

export const text = {
  title: 'What one chip does in one second',
  goal: 'See that a mining ASIC and an AI GPU do different kinds of work, and compare what each draws and earns per day and per kilowatt-hour.',

  // Settings (meta.ts) and their dated buttons (presets.ts, keyed by the preset's id).
  asicLabel: 'Mining chip (ASIC)',
  asicOption: (name: string, ths: string) => `${name}, ${ths} TH/s`,
  gpuLabel: 'AI chip (GPU)',
  hashpriceLabel: 'Hashprice',
  hashpriceUnit: 'USD per PH/s per day',
  rentLabel: 'GPU rent',
  rentUnit: 'USD per GPU-hour',
  hashpricePresetsLabel: 'Dated hashprices (Hashrate Index)',
  rentPresetsLabel: 'Dated H100 rents (Cheah)',
  hashpricePresets: {
    'hp-2024-04-01': (usdPerPhDay: number) => `1 Apr 2024, before the halving: ${usd(usdPerPhDay, 2)}`,
    'hp-2024-09-16': (usdPerPhDay: number) => `16 Sep 2024: ${usd(usdPerPhDay, 2)}`,
    'hp-2024-12-23': (usdPerPhDay: number) => `23 Dec 2024: ${usd(usdPerPhDay, 2)}`,
  },
  rentPresets: {
    'rent-2023-peak': (usdPerHour: number) => `2023 peak: ${usd(usdPerHour)} and up`,
    'rent-launch': (usdPerHour: number) => `Launch rate: ${usd(usdPerHour, 2)}`,
    'rent-2024-01': (usdPerHour: number) => `Jan 2024: ${usd(usdPerHour, 2)}`,
    'rent-2024-08': (usdPerHour: number) => `Aug 2024: ${usd(usdPerHour)}`,
  },

  // What each chip does (model.ts). Counts come from numWords ("200 trillion").
  hashesPerSecond: (count: string) => `${count} hashes a second`,
  opsPerSecond: (count: string) => `${count} operations a second`,
  asicWorkKind: 'double SHA-256 of a block header, hard-wired',
  gpuWorkKind: 'BF16 multiply-adds on matrices, programmable',
  joulesPerTh: (joules: string) => `${joules} J per trillion hashes`,
  joulesPerTflop: (joules: string) => `${joules} J per trillion operations`,
  watts: (watts: string) => `${watts} W`,
  perKwh: (usdText: string) => `${usdText}/kWh`,
  kwh: (kwh: string) => `${kwh} kWh`,
  panels: { power: 'Power it draws', day: 'Earns in a day', kwh: 'Earns per kWh it burns' },
  ratioNone: (asic: string) => `At this hashprice the ${asic} earns nothing, so there is no ratio to show.`,
  ratioGpuMore: (o: { gpu: string; asic: string; times: string }) => `Per kilowatt-hour, the ${o.gpu}’s rent is ${o.times} times what the ${o.asic} earns.`,
  ratioAsicMore: (o: { gpu: string; asic: string; times: string }) => `Per kilowatt-hour, the ${o.asic} earns ${o.times} times the ${o.gpu}’s rent.`,
  caveatPower: (gpu: string, asic: string) => `${gpu} power is the board alone; the server, network and cooling around it draw more. ${asic} power is at the wall.`,
  caveatGross: 'Earnings are gross: before electricity and before the price of the hardware, which is far higher for the GPU. The switching bill below counts it.',
  caveatRent: (gpu: string) => `The rent presets are H100 prices. We found no sourced rent for the ${gpu}: set your own.`,
  caveat4090: 'The RTX 4090’s BF16 figure comes from a secondary spec list (low confidence).',
  summary: (o: { asic: string; asicWork: string; asicDay: string; hashprice: string; gpu: string; gpuWork: string; rent: string; gpuDay: string; ratio: string }) =>
    `An ${o.asic} does ${o.asicWork} and earns ${o.asicDay} a day at a hashprice of ${o.hashprice}. ` +
    `An ${o.gpu} does ${o.gpuWork}, different work, and rented every hour at ${o.rent} it earns ${o.gpuDay} a day. ${o.ratio}`,
  rows: {
    work: 'Work per second',
    kind: 'What the work is',
    energy: 'Energy per unit of work',
    power: 'Power it draws',
    energyDay: 'Energy per day',
    day: 'Earns in a day',
    kwh: 'Earns per kWh',
  },
  differentWork: 'Different work',
  sameMeasure: 'Same measure',
  notInCatalog: 'That chip is not in the catalog. Pick one from the lists.',
  cannotCompute: (why: string) => `These inputs can’t be computed (${why}). Reset the sliders to continue.`,

  // Readouts (readouts.ts): labels by chip, and the catalog specs as inputs ("Antminer S21 hashrate (h)").
  workLabel: (chip: string) => `${chip}: work per second`,
  energyLabel: (chip: string) => `${chip}: energy per unit of work`,
  dayLabel: (chip: string) => `${chip} earns a day`,
  asicKwhLabel: (chip: string) => `${chip} per kWh (its breakeven power price)`,
  gpuKwhLabel: (chip: string) => `${chip} per kWh of board power`,
  ratioLabel: 'Ratio per kWh',
  perKwhInput: (chip: string) => `${chip} per kWh`,
  computedBy: (fn: string) => `computed by ${fn}`,
  specInputs: { hashrate: 'hashrate (h)', power: 'power (W)', flops: 'dense BF16 (F)', boardPower: 'board power (W)' },
  wattUnit: 'W',

  // The view (ChipCompare.svelte, PairBars.svelte).
  columns: { measure: 'Measure', asic: 'Mining ASIC', gpu: 'AI GPU', compare: 'Comparable?' },
  differentLead: 'Different work.',
  /** Follows differentLead in the same paragraph (English puts a space between them). */
  differentBody: ' A hash and a floating-point operation are not the same unit, so these counts are not compared. Below, only quantities that mean the same thing for both chips.',
  tableCaption: 'One mining ASIC and one AI GPU: what each does and earns',
  barsDesc: (o: { asic: string; asicValue: string; gpu: string; gpuValue: string }) => `${o.asic}: ${o.asicValue}. ${o.gpu}: ${o.gpuValue}.`,
};

export type WidgetText = typeof text;
