/**
 * The view model of "The race to power": when a new data centre and a converted mine start
 * earning, and what the head start is worth in rent, from the core's hostingRentUsdPerYear,
 * monthsSavedByConversion and valueOfEarlierEnergizationUsd. Pure.
 */
import { hostingRentUsdPerYear } from '@core/hosting';
import { valueOfEarlierEnergizationUsd } from '@core/power';
import { monthsSavedByConversion } from '@core/siteChoice';
import { num, usd } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { money } from '@lib/widget/format';
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

const years = (months: number) => `${num(months / 12, 1)} ${months === 12 ? 'year' : 'years'}`;

export function compute(v: RaceValues): RaceView {
  try {
    const gridMonths = v.wait * 12;
    const monthsSaved = monthsSavedByConversion(gridMonths, v.convert);
    const annualRentUsd = hostingRentUsdPerYear(v.mw, v.rate);
    const headStartUsd = valueOfEarlierEnergizationUsd({ monthsSaved, annualNetRevenueUsd: annualRentUsd });
    const horizonMonths = Math.max(DOMINION_MONTHS.high, gridMonths, v.convert) + 12;
    const rent = (start: number) => valueOfEarlierEnergizationUsd({ monthsSaved: horizonMonths - start, annualNetRevenueUsd: annualRentUsd });
    const rows: [RaceRow, RaceRow] = [
      { id: 'new', label: 'New data centre', waitMonths: gridMonths, rentToHorizonUsd: rent(gridMonths) },
      { id: 'mine', label: 'Converted mine', waitMonths: v.convert, rentToHorizonUsd: rent(v.convert) },
    ];
    if (![annualRentUsd, headStartUsd, ...rows.map((r) => r.rentToHorizonUsd)].every(Number.isFinite)) {
      throw new RangeError('the inputs give a result too large to show');
    }
    const summary =
      monthsSaved > 0
        ? `A mining site with ${num(v.mw)} MW of IT load, refitted in ${num(v.convert)} months starts earning ${num(monthsSaved)} months before a new data centre that waits ${years(gridMonths)} for its grid hookup; at ${usd(v.rate)} per kW a month that head start is ${money(headStartUsd)} of rent.`
        : `With a ${years(gridMonths)} wait for the grid and a ${num(v.convert)}-month refit, the converted mine gains no time on a new data centre, so its connection is worth no head start.`;
    const desc =
      `Timeline in months. New data centre: waits ${num(gridMonths)} months for power, then earns. Converted mine: refit for ${num(v.convert)} months, then earns` +
      (monthsSaved > 0 ? `, ${num(monthsSaved)} months earlier, worth ${money(headStartUsd)} of rent.` : '.') +
      ` Dominion Energy's quoted wait: ${DOMINION_MONTHS.low} to ${DOMINION_MONTHS.high} months.`;
    return { ok: true, rows, monthsSaved, annualRentUsd, headStartUsd, horizonMonths, summary, desc };
  } catch (e) {
    if (e instanceof RangeError) {
      const message = `These settings cannot be calculated (${e.message}). Choose values inside the slider ranges.`;
      return { ok: false, message, summary: message };
    }
    throw e;
  }
}
