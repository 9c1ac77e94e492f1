/**
 * The lease calculator's view model: the inputs in, every number the view shows out, computed
 * by the core (leasing.ts for the cash flows and breakeven rent, finance.ts for NPV). A RangeError
 * from the core becomes a plain message instead of a broken number.
 */
import { npv } from '@core/finance';
import { breakevenRentUsdPerGpuHour, gpuRentalEconomics, type GpuRentalInput } from '@core/leasing';
import { num, pct, usd } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import type { schema } from './meta';
import { activePreset, type Preset } from '@lib/widget/define';
import { meta } from './meta';

export type LeaseInputs = Values<typeof schema>;

/** A type alias, not an interface, so rows fit DataTable's Record<string, unknown>. */
export type YearRow = {
  year: number;
  rentUsdPerHour: number;
  revenueUsd: number;
  powerUsd: number;
  otherUsd: number;
  /** Year 0 is the purchase (negative). */
  cashUsd: number;
  cumulativeUsd: number;
};

export interface LeaseView {
  ok: true;
  rows: YearRow[];
  paybackYears: number | null;
  irr: number | null;
  npvUsd: number;
  totalProfitUsd: number;
  /** Year-1 rent needed to earn the discount rate, and to just get the money back. */
  breakevenRentUsd: number;
  breakevenRentZeroUsd: number;
  text: { payback: string; irr: string; npv: string; breakeven: string; breakevenZero: string };
  /** Whether each headline is good news, for colour (never the only cue: the words say it too). */
  tone: { payback: 'good' | 'bad'; irr: 'good' | 'bad'; npv: 'good' | 'bad' };
  preset?: Preset<typeof meta.schema>;
  /** This calculator's IRR beside Cheah's claim, when one of his presets is active. */
  presetNote?: string;
  summary: string;
  desc: string;
}

export interface LeaseError { ok: false; message: string }

export function rentalInput(v: LeaseInputs): GpuRentalInput {
  return {
    capexUsdPerGpu: v.capexUsd,
    rentUsdPerGpuHour: v.rentUsdPerHour,
    rentDeclinePctPerYear: v.rentDeclinePct,
    utilizationPct: v.utilizationPct,
    powerDrawW: v.powerDrawW,
    pue: v.pue,
    powerPriceUsdPerKwh: v.powerPriceUsdPerKwh,
    otherOpexUsdPerGpuYear: v.otherOpexUsdPerYear,
    lifeYears: v.lifeYears,
  };
}

const years = (n: number) => `${num(n, 1)} year${n === 1 ? '' : 's'}`;

export function paybackText(paybackYears: number | null, lifeYears: number): string {
  return paybackYears === null ? `Never pays back within its ${lifeYears}-year life` : years(paybackYears);
}

export function irrText(irr: number | null): string {
  return irr === null ? 'None: it never earns back its cost' : `${pct(irr, 1)} a year`;
}

export function compute(v: LeaseInputs): LeaseView | LeaseError {
  try {
    const input = rentalInput(v);
    const r = gpuRentalEconomics(input);
    const rate = v.discountPct / 100;
    const npvUsd = npv(rate, r.cashflowsUsd);
    const breakevenRentUsd = breakevenRentUsdPerGpuHour({ ...input, targetReturnPct: v.discountPct });
    const breakevenRentZeroUsd = breakevenRentUsdPerGpuHour({ ...input, targetReturnPct: 0 });
    let cumulative = 0;
    const rows: YearRow[] = r.cashflowsUsd.map((cashUsd, year) => {
      cumulative += cashUsd;
      const i = year - 1;
      return {
        year,
        rentUsdPerHour: year === 0 ? 0 : r.rentUsdPerGpuHourByYear[i]!,
        revenueUsd: year === 0 ? 0 : r.revenueUsdByYear[i]!,
        powerUsd: year === 0 ? 0 : r.powerCostUsdByYear[i]!,
        otherUsd: year === 0 ? 0 : r.otherOpexUsdByYear[i]!,
        cashUsd,
        cumulativeUsd: cumulative,
      };
    });
    const preset = activePreset(meta, v);
    const text = {
      payback: paybackText(r.paybackYears, v.lifeYears),
      irr: irrText(r.irr),
      npv: usd(npvUsd),
      breakeven: `${usd(breakevenRentUsd, 2)} an hour`,
      breakevenZero: `${usd(breakevenRentZeroUsd, 2)} an hour`,
    };
    const tone = {
      payback: r.paybackYears === null ? 'bad' : 'good',
      irr: r.irr !== null && r.irr >= rate ? 'good' : 'bad',
      npv: npvUsd >= 0 ? 'good' : 'bad',
    } as const;
    const presetNote = preset?.claim
      ? `${preset.claim} With the same rent and Cheah’s other published inputs, this calculator gives an IRR of ${r.irr === null ? 'none' : pct(r.irr, 0)}: his spreadsheet must hold costs or idle time he did not publish, so his line is his verdict, not this formula’s output.`
      : undefined;
    const outcome =
      r.paybackYears === null
        ? `it never pays back its ${usd(v.capexUsd)} within ${years(v.lifeYears)}, ending ${usd(-r.totalProfitUsd)} short`
        : `it pays back its ${usd(v.capexUsd)} in ${years(r.paybackYears)}, with an IRR of ${irrText(r.irr)}`;
    const trend = v.rentDeclinePct === 0 ? 'holding steady' : `falling ${num(v.rentDeclinePct)}% a year`;
    const summary = `Rented at ${usd(v.rentUsdPerHour, 2)} an hour, ${trend}, ${outcome}. To earn ${num(v.discountPct, 1)}% a year it would need ${text.breakeven} in year 1.`;
    const desc = `Cash per year for one GPU: ${rows.map((row) => `year ${row.year} ${usd(row.cashUsd)}`).join(', ')}. Cumulative cash ends at ${usd(r.totalProfitUsd)}.`;
    return { ok: true, rows, paybackYears: r.paybackYears, irr: r.irr, npvUsd, totalProfitUsd: r.totalProfitUsd, breakevenRentUsd, breakevenRentZeroUsd, text, tone, preset, presetNote, summary, desc };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: `These inputs can’t be worked out (${e.message}). Try a value nearer the middle of its range.` };
    throw e;
  }
}
