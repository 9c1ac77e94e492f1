/**
 * The reward staircase's view model: the step's row of ./steps.ts filled with numbers from the
 * core's port of Bitcoin Core's subsidy rules, and the sentence that says them. Pure: same step,
 * same view.
 */
import {
  SATS_PER_BTC,
  SUBSIDY_ERA_COUNT,
  approxEpochStartDateIso,
  epochSubsidySats,
  halvingHeight,
  issuanceBtcPerDay,
  supplyShareIssuedBefore,
  totalSupplySats,
} from '@core/bitcoin';
import { btc, monthYear, num } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import type { meta } from './meta';
import { STEPS, clampStep, type StaircaseStep } from './steps';
import { text } from './i18n';

export type StaircaseValues = Values<typeof meta.schema>;

/** Everything the graphic and its sentence need for one step. */
export interface StaircaseView extends StaircaseStep {
  step: number;
  /** Subsidy per block in the highlighted era, BTC. */
  subsidyBtc: number;
  /** First block of the highlighted era. */
  height: number;
  dateIso: string;
  isEstimate: boolean;
  /** BTC issued before the highlighted era's first block. */
  supplyBtcAtStart: number;
  /** BTC issued by the end of the highlighted era. */
  supplyBtcAtEnd: number;
  /** Share of every bitcoin the subsidy will pay that was issued before the era's first block. */
  shareIssued: number;
  /** Every satoshi the subsidy will ever pay, in BTC (20,999,999.9769). */
  finalSupplyBtc: number;
  /** Approximate year the last subsidy (1 sat) is paid. */
  lastSubsidyYear: string;
  summary: string;
}

/** The graphic's state at a step (values.step; a scrolly passes its active step): same index, same state. */
export function compute(values: Pick<StaircaseValues, 'step'>): StaircaseView {
  const step = clampStep(values.step);
  const row = STEPS[step]!;
  const e = row.highlight;
  const height = halvingHeight(e);
  const subsidyBtc = epochSubsidySats(e) / SATS_PER_BTC;
  const { dateIso, isEstimate } = approxEpochStartDateIso(e);
  const supplyBtcAtStart = e === 0 ? 0 : totalSupplySats(height - 1) / SATS_PER_BTC;
  const supplyBtcAtEnd = totalSupplySats(halvingHeight(e + 1) - 1) / SATS_PER_BTC;
  const shareIssued = supplyShareIssuedBefore(height);
  const finalSupplyBtc = totalSupplySats() / SATS_PER_BTC;
  const lastSubsidyYear = approxEpochStartDateIso(SUBSIDY_ERA_COUNT).dateIso.slice(0, 4);
  const month = monthYear(dateIso);
  let summary: string;
  if (e === 0) {
    summary = text.summaryGenesis({ month, subsidy: btc(subsidyBtc), issuedBtc: supplyBtcAtEnd, capBtc: finalSupplyBtc });
  } else if (isEstimate) {
    summary = text.summaryExpected({ era: e, month, height: num(height), subsidy: btc(subsidyBtc), finalSupply: num(finalSupplyBtc, 4), lastYear: lastSubsidyYear });
  } else {
    const current = approxEpochStartDateIso(e + 1).isEstimate;
    summary = text.summaryAfter({ era: e, month, height: num(height), current, subsidy: btc(subsidyBtc), perDay: num(issuanceBtcPerDay(height)), issuedBtc: supplyBtcAtStart, capBtc: finalSupplyBtc });
  }
  return { ...row, step, subsidyBtc, height, dateIso, isEstimate, supplyBtcAtStart, supplyBtcAtEnd, shareIssued, finalSupplyBtc, lastSubsidyYear, summary };
}
