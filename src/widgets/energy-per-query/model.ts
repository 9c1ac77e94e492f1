/**
 * The view model of "Energy per question": the chosen estimate, a day and a year of questions at
 * it, and the comparison with a household's year and with the other estimates, all from
 * src/core/energy.ts. Pure.
 */
import { energyRatio, queriesPerYearlyUse, queryEnergy, shareOfYearlyUse } from '@core/energy';
import { num, pct } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { ESTIMATES, US_HOUSEHOLD_KWH_PER_YEAR, type QueryEstimate } from './data';
import { text } from './i18n';
import type { meta } from './meta';

export type QueryValues = Values<typeof meta.schema>;

export interface EstimateRow extends Record<string, unknown> {
  id: string;
  what: string;
  who: string;
  wh: number;
  /** Wh a day at the reader's number of questions. */
  whPerDay: number;
  /** Times the 2009 search figure. */
  timesSearch: number;
  selected: boolean;
}

export type QueryView =
  | {
      ok: true;
      estimate: QueryEstimate;
      rows: EstimateRow[];
      whPerDay: number;
      kwhPerYear: number;
      /** Share of a US household's yearly electricity, fraction. */
      householdShare: number;
      /** Questions a household's year of electricity would answer at this estimate. */
      questionsPerHouseholdYear: number;
      /** Highest ÷ lowest published figure for an AI question. */
      spread: number;
      summary: string;
      desc: string;
    }
  | { ok: false; message: string; summary: string };

/** "29 Wh", "2.4 Wh", "0.3 Wh", "1.2 kWh". */
export function energy(wh: number): string {
  if (wh >= 1000) return text.kwh(num(wh / 1000, 1));
  return text.wh(num(wh, wh < 10 ? 2 : wh < 100 ? 1 : 0));
}

/** A year of questions: "10.6 kWh", "0.88 kWh" (up to two digits below 10). */
export const kwhText = (kwh: number) => text.kwh(num(kwh, kwh < 10 ? 2 : 1));

/** A share of a household's year: "0.1%", "0.008%" (three digits below 0.1%). */
export const shareText = (share: number) => pct(share, share < 0.001 ? 3 : 2);

export function compute(v: QueryValues): QueryView {
  try {
    const estimate = ESTIMATES.find((e) => e.id === v.est);
    if (!estimate) throw new RangeError(text.unknownEstimate(ESTIMATES.map((e) => e.id).join(', '), JSON.stringify(v.est)));
    const baseline = ESTIMATES.find((e) => e.baseline)!;
    const { whPerDay, kwhPerYear } = queryEnergy({ whPerQuery: estimate.wh, queriesPerDay: v.n });
    const householdShare = shareOfYearlyUse(kwhPerYear, US_HOUSEHOLD_KWH_PER_YEAR);
    const questionsPerHouseholdYear = queriesPerYearlyUse(US_HOUSEHOLD_KWH_PER_YEAR, estimate.wh);
    const rows = ESTIMATES.map((e): EstimateRow => ({
      id: e.id,
      what: e.what,
      who: e.who,
      wh: e.wh,
      whPerDay: queryEnergy({ whPerQuery: e.wh, queriesPerDay: v.n }).whPerDay,
      timesSearch: energyRatio(e.wh, baseline.wh),
      selected: e.id === estimate.id,
    }));
    const ai = ESTIMATES.filter((e) => !e.baseline).map((e) => e.wh);
    const spread = energyRatio(Math.max(...ai), Math.min(...ai));
    const summary = text.summary({
      each: energy(estimate.wh), who: estimate.who, n: v.n, count: num(v.n), search: Boolean(estimate.baseline),
      day: energy(whPerDay), year: kwhText(kwhPerYear), share: shareText(householdShare), household: num(US_HOUSEHOLD_KWH_PER_YEAR), spread: num(spread, 0),
    });
    const desc = text.desc({ rows, selected: estimate.who });
    return { ok: true, estimate, rows, whPerDay, kwhPerYear, householdShare, questionsPerHouseholdYear, spread, summary, desc };
  } catch (e) {
    if (e instanceof RangeError) {
      const message = text.cannotCompute(e.message);
      return { ok: false, message, summary: message };
    }
    throw e;
  }
}
