/**
 * The lease calculator's view model: the inputs in, every number the view shows out, computed
 * by the core (leasing.ts for the cash flows and breakeven rent, finance.ts for NPV). A RangeError
 * from the core becomes a plain message instead of a broken number.
 */
import { npv } from '@core/finance';
import { breakevenRentUsdPerGpuHour, gpuRentalEconomics, type GpuRentalInput } from '@core/leasing';
import { usd } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import type { schema } from './meta';
import { activePreset, type Preset } from '@lib/widget/define';
import { meta } from './meta';
import { text } from './i18n';

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

export function paybackText(paybackYears: number | null, lifeYears: number): string {
  return paybackYears === null ? text.neverPaysBack(lifeYears) : text.years(paybackYears);
}

export function irrText(irr: number | null): string {
  return irr === null ? text.irrNone : text.irrPerYear(irr);
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
    const shown = {
      payback: paybackText(r.paybackYears, v.lifeYears),
      irr: irrText(r.irr),
      npv: usd(npvUsd),
      breakeven: text.perHour(breakevenRentUsd),
      breakevenZero: text.perHour(breakevenRentZeroUsd),
    };
    const tone = {
      payback: r.paybackYears === null ? 'bad' : 'good',
      irr: r.irr !== null && r.irr >= rate ? 'good' : 'bad',
      npv: npvUsd >= 0 ? 'good' : 'bad',
    } as const;
    const presetNote = preset?.claim ? text.presetNote({ claim: preset.claim, irr: r.irr }) : undefined;
    const outcome =
      r.paybackYears === null
        ? text.neverOutcome({ capexUsd: v.capexUsd, lifeYears: v.lifeYears, shortUsd: -r.totalProfitUsd })
        : text.paybackOutcome({ capexUsd: v.capexUsd, paybackYears: r.paybackYears, irr: irrText(r.irr) });
    const summary = text.summary({ rentUsd: v.rentUsdPerHour, declinePct: v.rentDeclinePct, outcome, discountPct: v.discountPct, breakeven: shown.breakeven });
    const desc = text.desc({ rows, totalUsd: r.totalProfitUsd });
    return { ok: true, rows, paybackYears: r.paybackYears, irr: r.irr, npvUsd, totalProfitUsd: r.totalProfitUsd, breakevenRentUsd, breakevenRentZeroUsd, text: shown, tone, preset, presetNote, summary, desc };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: text.cannotCompute(e.message) };
    throw e;
  }
}
