/**
 * The chip comparison's view model: two catalog ids and two prices in, everything the bars,
 * readouts, sentence and table show out. The core's asicChipDay, gpuChipDay and
 * revenuePerKwhRatio do the sums; this module only picks models, orders panels and puts the words
 * of ./i18n together.
 */
import { ASIC_MODELS, GPU_MODELS, type AsicModel, type GpuModel } from '@core/catalog';
import { asicChipDay, gpuChipDay, revenuePerKwhRatio, type AsicChipDay, type GpuChipDay } from '@core/chips';
import { num, numWords, usd, usdUpTo } from '@lib/widget/format';
import { text } from './i18n';

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
const watts = (v: number) => text.watts(num(v));
const perKwh = (v: number) => text.perKwh(usdUpTo(v, 2));

function ratioWords(asic: ChipSide, gpu: ChipSide, ratio: number | null): string {
  if (ratio === null) return text.ratioNone(asic.short);
  if (ratio >= 1) return text.ratioGpuMore({ gpu: gpu.short, asic: asic.short, times: num(ratio, ratio < 10 ? 1 : 0) });
  return text.ratioAsicMore({ gpu: gpu.short, asic: asic.short, times: num(1 / ratio, 1) });
}

/** Builds the view, or a plain message when a value is outside what the core accepts. */
export function compute(v: ChipInputs): ChipView | ChipError {
  const asicModel = ASIC_MODELS.find((m) => m.id === v.asic);
  const gpuModel = GPU_MODELS.find((m) => m.id === v.gpu && m.bf16Tflops !== null);
  if (!asicModel || !gpuModel) return { ok: false, message: text.notInCatalog };
  try {
    const a = asicChipDay({ hashrateThs: asicModel.hashrateThs, powerW: asicModel.powerW, hashpriceUsdPerPhDay: v.hashprice });
    const g = gpuChipDay({ bf16Tflops: gpuModel.bf16Tflops!, powerW: gpuModel.powerW, rentUsdPerGpuHour: v.rent });
    const asic = {
      name: asicModel.name, short: short(asicModel.name), model: asicModel, day: a,
      workText: text.hashesPerSecond(numWords(a.hashesPerSecond)),
      workKind: text.asicWorkKind,
      energyText: text.joulesPerTh(num(a.joulesPerTh, 1)),
      dayText: usd(a.revenueUsdPerDay, 2),
      kwhText: perKwh(a.revenueUsdPerKwh),
    };
    const gpu = {
      name: gpuModel.name, short: short(gpuModel.name), model: gpuModel, day: g,
      workText: text.opsPerSecond(numWords(g.flopsPerSecond)),
      workKind: text.gpuWorkKind,
      energyText: text.joulesPerTflop(num(g.joulesPerTflop, 2)),
      dayText: usd(g.revenueUsdPerDay, 2),
      kwhText: perKwh(g.revenueUsdPerKwh),
    };
    const kwhRatio = revenuePerKwhRatio(g.revenueUsdPerKwh, a.revenueUsdPerKwh);
    const panels: Panel[] = [
      { id: 'power', title: text.panels.power, asicValue: a.powerW, gpuValue: g.powerW, format: watts },
      { id: 'day', title: text.panels.day, asicValue: a.revenueUsdPerDay, gpuValue: g.revenueUsdPerDay, format: (x) => usd(x, 2) },
      { id: 'kwh', title: text.panels.kwh, asicValue: a.revenueUsdPerKwh, gpuValue: g.revenueUsdPerKwh, format: perKwh },
    ];
    const caveats = [
      text.caveatPower(gpu.short, asic.short),
      text.caveatGross,
      ...(gpuModel.id === 'h100-sxm' ? [] : [text.caveatRent(gpu.short)]),
      ...(gpuModel.id === 'rtx-4090' ? [text.caveat4090] : []),
    ];
    const ratioText = ratioWords(asic, gpu, kwhRatio);
    const summary = text.summary({
      asic: asic.name, asicWork: asic.workText, asicDay: asic.dayText, hashprice: usd(v.hashprice, 2),
      gpu: gpu.name, gpuWork: gpu.workText, rent: usd(v.rent, 2), gpuDay: gpu.dayText, ratio: ratioText,
    });
    const { rows, differentWork, sameMeasure } = text;
    const tableRows = [
      { measure: rows.work, asic: asic.workText, gpu: gpu.workText, compare: differentWork },
      { measure: rows.kind, asic: asic.workKind, gpu: gpu.workKind, compare: differentWork },
      { measure: rows.energy, asic: asic.energyText, gpu: gpu.energyText, compare: differentWork },
      { measure: rows.power, asic: watts(a.powerW), gpu: watts(g.powerW), compare: sameMeasure },
      { measure: rows.energyDay, asic: text.kwh(num(a.energyKwhPerDay, 1)), gpu: text.kwh(num(g.energyKwhPerDay, 1)), compare: sameMeasure },
      { measure: rows.day, asic: asic.dayText, gpu: gpu.dayText, compare: sameMeasure },
      { measure: rows.kwh, asic: asic.kwhText, gpu: gpu.kwhText, compare: sameMeasure },
    ];
    return { ok: true, asic, gpu, panels, kwhRatio, ratioText, caveats, summary, tableRows };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: text.cannotCompute(e.message) };
    throw e;
  }
}
