/**
 * The view model of "The race to power": when a new data centre and a converted mine start
 * earning, and what the head start is worth in rent, from the core's hostingRentUsdPerYear,
 * monthsSavedByConversion and valueOfEarlierEnergizationUsd. Pure.
 */
import { hostingRentUsdPerYear } from '@core/hosting';
import { monthsSavedByConversion, valueOfEarlierEnergizationUsd } from '@core/siteChoice';
import { money, num, usd } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { text } from './i18n';
import type { meta } from './meta';

export type RaceValues = Values<typeof meta.schema>;

/** Dominion Energy's quoted wait for >100 MW in Virginia, August 2024 (E12), in months. */
export const DOMINION_MONTHS = { low: 48, high: 84 } as const;

export interface RaceRow extends Record<string, unknown> {
  id: 'new' | 'mine';
  label: string;
  /** Months before the site can draw its power. */
  waitMonths: number;
  /** Rent collected from the start of earning to the chart's horizon. */
  rentToHorizonUsd: number;
}

export type RaceView =
  | {
      ok: true;
      rows: [RaceRow, RaceRow];
      monthsSaved: number;
      annualRentUsd: number;
      headStartUsd: number;
      /** Last month on the chart. */
      horizonMonths: number;
      summary: string;
      desc: string;
    }
  | { ok: false; message: string; summary: string };

export function compute(v: RaceValues): RaceView {
  try {
    const gridMonths = v.wait * 12;
    const monthsSaved = monthsSavedByConversion(gridMonths, v.convert);
    const annualRentUsd = hostingRentUsdPerYear(v.mw, v.rate);
    const headStartUsd = valueOfEarlierEnergizationUsd({ monthsSaved, annualNetRevenueUsd: annualRentUsd });
    const horizonMonths = Math.max(DOMINION_MONTHS.high, gridMonths, v.convert) + 12;
    const rent = (start: number) => valueOfEarlierEnergizationUsd({ monthsSaved: horizonMonths - start, annualNetRevenueUsd: annualRentUsd });
    const rows: [RaceRow, RaceRow] = [
      { id: 'new', label: text.rows.new, waitMonths: gridMonths, rentToHorizonUsd: rent(gridMonths) },
      { id: 'mine', label: text.rows.mine, waitMonths: v.convert, rentToHorizonUsd: rent(v.convert) },
    ];
    if (![annualRentUsd, headStartUsd, ...rows.map((r) => r.rentToHorizonUsd)].every(Number.isFinite)) {
      throw new RangeError(text.tooLarge);
    }
    const summary =
      monthsSaved > 0
        ? text.summary({ mw: num(v.mw), convert: num(v.convert), saved: num(monthsSaved), gridYears: text.years(gridMonths), rate: usd(v.rate), headStart: money(headStartUsd) })
        : text.summaryNoGain({ gridYears: text.years(gridMonths), convert: num(v.convert) });
    const desc = text.desc({
      grid: num(gridMonths),
      convert: num(v.convert),
      saved: monthsSaved > 0 ? { months: num(monthsSaved), rent: money(headStartUsd) } : undefined,
      low: DOMINION_MONTHS.low,
      high: DOMINION_MONTHS.high,
    });
    return { ok: true, rows, monthsSaved, annualRentUsd, headStartUsd, horizonMonths, summary, desc };
  } catch (e) {
    if (e instanceof RangeError) {
      const message = text.cannotCalculate(e.message);
      return { ok: false, message, summary: message };
    }
    throw e;
  }
}
