/**
 * The chip comparison's view model: two catalog ids and two prices in, everything the bars,
 * readouts, sentence and table show out. The core's asicChipDay, gpuChipDay and
 * revenuePerKwhRatio do the sums; this module only picks models, orders panels and writes words.
 */
import { ASIC_MODELS, GPU_MODELS, type AsicModel, type GpuModel } from '@core/catalog';
import { asicChipDay, gpuChipDay, revenuePerKwhRatio, type AsicChipDay, type GpuChipDay } from '@core/chips';
import { num, numWords, usd, usdUpTo } from '@lib/widget/format';

export interface ChipInputs {
  asic: string;
  gpu: string;
  hashprice: number;
  rent: number;
}

/** One bar pair: the same quantity for both chips, on its own scale. */
export interface Panel {
  id: 'power' | 'day' | 'kwh';
  title: string;
  asicValue: number;
  gpuValue: number;
  format: (v: number) => string;
}

export interface ChipSide {
  /** Full catalog name, e.g. "Antminer S21". */
  name: string;
  /** Bar label that fits 360 px, e.g. "S21". */
  short: string;
  /** "200 trillion hashes a second". */
  workText: string;
  /** What the work is, in a few words. */
  workKind: string;
  /** "17.5 J per trillion hashes". */
  energyText: string;
  dayText: string;
  kwhText: string;
}

export interface ChipView {
  ok: true;
  asic: ChipSide & { day: AsicChipDay; model: AsicModel };
  gpu: ChipSide & { day: GpuChipDay; model: GpuModel };
  panels: Panel[];
  /** GPU earnings per kWh ÷ ASIC earnings per kWh (both USD/kWh), or null when the ASIC earns nothing. */
  kwhRatio: number | null;
  ratioText: string;
  caveats: string[];
  summary: string;
  tableRows: { measure: string; asic: string; gpu: string; compare: string }[];
}

export interface ChipError {
  ok: false;
  message: string;
}

const short = (name: string) => name.replace(/^(Antminer|NVIDIA GeForce|NVIDIA) /, '');
const watts = (v: number) => `${num(v)} W`;
const perKwh = (v: number) => `${usdUpTo(v, 2)}/kWh`;

function ratioWords(asic: ChipSide, gpu: ChipSide, ratio: number | null): string {
  if (ratio === null) return `At this hashprice the ${asic.short} earns nothing, so there is no ratio to show.`;
  if (ratio >= 1) return `Per kilowatt-hour, the ${gpu.short}’s rent is ${num(ratio, ratio < 10 ? 1 : 0)} times what the ${asic.short} earns.`;
  return `Per kilowatt-hour, the ${asic.short} earns ${num(1 / ratio, 1)} times the ${gpu.short}’s rent.`;
}

/** Builds the view, or a plain message when a value is outside what the core accepts. */
export function compute(v: ChipInputs): ChipView | ChipError {
  const asicModel = ASIC_MODELS.find((m) => m.id === v.asic);
  const gpuModel = GPU_MODELS.find((m) => m.id === v.gpu && m.bf16Tflops !== null);
  if (!asicModel || !gpuModel) return { ok: false, message: 'That chip is not in the catalog. Pick one from the lists.' };
  try {
    const a = asicChipDay({ hashrateThs: asicModel.hashrateThs, powerW: asicModel.powerW, hashpriceUsdPerPhDay: v.hashprice });
    const g = gpuChipDay({ bf16Tflops: gpuModel.bf16Tflops!, powerW: gpuModel.powerW, rentUsdPerGpuHour: v.rent });
    const asic = {
      name: asicModel.name, short: short(asicModel.name), model: asicModel, day: a,
      workText: `${numWords(a.hashesPerSecond)} hashes a second`,
      workKind: 'double SHA-256 of a block header, hard-wired',
      energyText: `${num(a.joulesPerTh, 1)} J per trillion hashes`,
      dayText: usd(a.revenueUsdPerDay, 2),
      kwhText: perKwh(a.revenueUsdPerKwh),
    };
    const gpu = {
      name: gpuModel.name, short: short(gpuModel.name), model: gpuModel, day: g,
      workText: `${numWords(g.flopsPerSecond)} operations a second`,
      workKind: 'BF16 multiply-adds on matrices, programmable',
      energyText: `${num(g.joulesPerTflop, 2)} J per trillion operations`,
      dayText: usd(g.revenueUsdPerDay, 2),
      kwhText: perKwh(g.revenueUsdPerKwh),
    };
    const kwhRatio = revenuePerKwhRatio(g.revenueUsdPerKwh, a.revenueUsdPerKwh);
    const panels: Panel[] = [
      { id: 'power', title: 'Power it draws', asicValue: a.powerW, gpuValue: g.powerW, format: watts },
      { id: 'day', title: 'Earns in a day', asicValue: a.revenueUsdPerDay, gpuValue: g.revenueUsdPerDay, format: (x) => usd(x, 2) },
      { id: 'kwh', title: 'Earns per kWh it burns', asicValue: a.revenueUsdPerKwh, gpuValue: g.revenueUsdPerKwh, format: perKwh },
    ];
    const caveats = [
      `${gpu.short} power is the board alone; the server, network and cooling around it draw more. ${asic.short} power is at the wall.`,
      'Earnings are gross: before electricity and before the price of the hardware, which is far higher for the GPU. The switching bill below counts it.',
      ...(gpuModel.id === 'h100-sxm' ? [] : [`The rent presets are H100 prices. We found no sourced rent for the ${gpu.short}: set your own.`]),
      ...(gpuModel.id === 'rtx-4090' ? ['The RTX 4090’s BF16 figure comes from a secondary spec list (low confidence).'] : []),
    ];
    const ratioText = ratioWords(asic, gpu, kwhRatio);
    const summary =
      `An ${asic.name} does ${asic.workText} and earns ${asic.dayText} a day at a hashprice of ${usd(v.hashprice, 2)}. ` +
      `An ${gpu.name} does ${gpu.workText}, different work, and rented every hour at ${usd(v.rent, 2)} it earns ${gpu.dayText} a day. ${ratioText}`;
    const tableRows = [
      { measure: 'Work per second', asic: asic.workText, gpu: gpu.workText, compare: 'Different work' },
      { measure: 'What the work is', asic: asic.workKind, gpu: gpu.workKind, compare: 'Different work' },
      { measure: 'Energy per unit of work', asic: asic.energyText, gpu: gpu.energyText, compare: 'Different work' },
      { measure: 'Power it draws', asic: watts(a.powerW), gpu: watts(g.powerW), compare: 'Same measure' },
      { measure: 'Energy per day', asic: `${num(a.energyKwhPerDay, 1)} kWh`, gpu: `${num(g.energyKwhPerDay, 1)} kWh`, compare: 'Same measure' },
      { measure: 'Earns in a day', asic: asic.dayText, gpu: gpu.dayText, compare: 'Same measure' },
      { measure: 'Earns per kWh', asic: asic.kwhText, gpu: gpu.kwhText, compare: 'Same measure' },
    ];
    return { ok: true, asic, gpu, panels, kwhRatio, ratioText, caveats, summary, tableRows };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: `These inputs can’t be computed (${e.message}). Reset the sliders to continue.` };
    throw e;
  }
}
