/**
 * Chart series and table rows for the reward staircase, all from the core's supply schedule.
 * A series is split at the current step: eras up to `throughEpoch` solid, the rest faded.
 */
import { HALVING_INTERVAL_BLOCKS, SATS_PER_BTC, epochSubsidySats, supplySchedule } from '@core/bitcoin';
import { monthYear, utcDate } from '@lib/widget/format';
import { END_EPOCH } from './steps';

export interface DatedValue {
  date: Date;
  value: number;
}

/** One point per era 0..33; the last era pays nothing. Computed once: it never changes. */
export const SCHEDULE = supplySchedule();

const eraStart = (epoch: number) => utcDate(SCHEDULE[epoch]!.approxDateIso);

/** Genesis to the start of era END_EPOCH. */
export const X_DOMAIN: [Date, Date] = [eraStart(0), eraStart(END_EPOCH)];

/** Subsidy step line: a point at each era's start, held until the next era (step-after curve). */
export function subsidySeries(throughEpoch: number): { solid: DatedValue[]; faded: DatedValue[] } {
  const t = Math.min(throughEpoch, END_EPOCH - 1);
  const at = (e: number): DatedValue => ({ date: eraStart(e), value: SCHEDULE[e]!.subsidyBtc });
  const hold = (e: number): DatedValue => ({ date: eraStart(e + 1), value: SCHEDULE[e]!.subsidyBtc });
  const solid = [...Array.from({ length: t + 1 }, (_, e) => at(e)), hold(t)];
  if (t === END_EPOCH - 1) return { solid, faded: [] };
  const later = Array.from({ length: END_EPOCH - 1 - t }, (_, i) => at(t + 1 + i));
  return { solid, faded: [hold(t), ...later, hold(END_EPOCH - 1)] };
}

/** Cumulative supply at each era boundary; within an era it grows linearly with height. */
export function supplySeries(throughEpoch: number): { solid: DatedValue[]; faded: DatedValue[] } {
  const t = Math.min(throughEpoch, END_EPOCH - 1);
  const at = (e: number): DatedValue => ({ date: eraStart(e), value: SCHEDULE[e]!.supplyBtcAtStart });
  const solid = Array.from({ length: t + 2 }, (_, e) => at(e));
  const faded = t + 1 >= END_EPOCH ? [] : Array.from({ length: END_EPOCH - t }, (_, i) => at(t + 1 + i));
  return { solid, faded };
}

/** The marker for the highlighted era on both panels. */
export function highlightPoints(epoch: number) {
  const p = SCHEDULE[epoch]!;
  return { subsidy: { date: eraStart(epoch), value: p.subsidyBtc }, supply: { date: eraStart(epoch), value: p.supplyBtcAtStart } };
}

export interface EraRow extends Record<string, unknown> {
  epoch: number;
  startHeight: number;
  date: string;
  subsidyBtc: number;
  issuedBtc: number;
  supplyBtc: number;
}

/** Every era, for the data table and its CSV. Projected dates are marked "≈". */
export const ERA_ROWS: readonly EraRow[] = SCHEDULE.map((p) => ({
  epoch: p.epoch,
  startHeight: p.startHeight,
  date: `${p.isEstimate ? '≈ ' : ''}${monthYear(p.approxDateIso, true)}`,
  subsidyBtc: p.subsidyBtc,
  issuedBtc: (HALVING_INTERVAL_BLOCKS * epochSubsidySats(p.epoch)) / SATS_PER_BTC,
  supplyBtc: p.supplyBtcAtEnd,
}));
