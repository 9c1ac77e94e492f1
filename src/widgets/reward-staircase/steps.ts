/**
 * The reward staircase as a table of steps: the graphic's state is a pure function of the step
 * index (scrolly step or the embed's "Halving" control), looked up here and filled with numbers
 * from the core. The words of each step live in the chapter's MDX, not here.
 */
import {
  HALVING_INTERVAL_BLOCKS,
  SATS_PER_BTC,
  SUBSIDY_ERA_COUNT,
  approxEpochStartDateIso,
  epochSubsidySats,
  halvingHeight,
  issuanceBtcPerDay,
  totalSupplySats,
  blockSubsidyFormula,
  epochStartDateFormula,
  halvingHeightFormula,
  totalSupplyFormula,
} from '@core/bitcoin';
import { traced, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import { btc, monthYear, num, pct } from '@lib/widget/format';

/** The chart runs from genesis to the start of this era (about 2044), so eras 0–8 are drawn. */
export const END_EPOCH = 9;

export interface StaircaseStep {
  /** Last subsidy era drawn solid; later eras are drawn faded and dashed. */
  throughEpoch: number;
  /** Era whose first block the step points at (0 = genesis). */
  highlight: number;
  /** Short name for the step control, e.g. "Apr 2024". */
  label: string;
}

export const STEPS: readonly StaircaseStep[] = [
  { throughEpoch: 0, highlight: 0, label: 'Genesis, 2009' },
  { throughEpoch: 1, highlight: 1, label: '1st halving, 2012' },
  { throughEpoch: 2, highlight: 2, label: '2nd halving, 2016' },
  { throughEpoch: 3, highlight: 3, label: '3rd halving, 2020' },
  { throughEpoch: 4, highlight: 4, label: '4th halving, 2024' },
  { throughEpoch: END_EPOCH - 1, highlight: 5, label: 'The future' },
];

export const LAST_STEP = STEPS.length - 1;

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
  /** Every satoshi the subsidy will ever pay, in BTC (20,999,999.9769). */
  finalSupplyBtc: number;
  /** Approximate year the last subsidy (1 sat) is paid. */
  lastSubsidyYear: string;
  summary: string;
}

const ORDINALS = ['genesis', 'first', 'second', 'third', 'fourth', 'fifth'];

/** Clamps any index (scrolly sections may have more steps than the table) to a table row. */
export const clampStep = (step: number) => Math.min(LAST_STEP, Math.max(0, Math.round(Number.isFinite(step) ? step : 0)));

const millions = (btcAmount: number, digits = 2) => num(btcAmount / 1e6, digits);

/** The graphic's state at a step: same index, same state. */
export function staircaseView(stepIndex: number): StaircaseView {
  const step = clampStep(stepIndex);
  const row = STEPS[step]!;
  const e = row.highlight;
  const height = halvingHeight(e);
  const subsidyBtc = epochSubsidySats(e) / SATS_PER_BTC;
  const { dateIso, isEstimate } = approxEpochStartDateIso(e);
  const supplyBtcAtStart = e === 0 ? 0 : totalSupplySats(height - 1) / SATS_PER_BTC;
  const supplyBtcAtEnd = totalSupplySats(halvingHeight(e + 1) - 1) / SATS_PER_BTC;
  const finalSupplyBtc = totalSupplySats() / SATS_PER_BTC;
  const lastSubsidyYear = approxEpochStartDateIso(SUBSIDY_ERA_COUNT).dateIso.slice(0, 4);
  const cap = millions(finalSupplyBtc, 0);
  let summary: string;
  if (e === 0) {
    summary = `From the genesis block in ${monthYear(dateIso)} each block paid ${btc(subsidyBtc)} BTC; by the first halving ${millions(supplyBtcAtEnd, 1)} million of the ${cap} million bitcoin had been issued.`;
  } else if (isEstimate) {
    summary = `The ${ORDINALS[e]} halving, expected around ${monthYear(dateIso)} (block ${num(height)}), cuts the subsidy to ${btc(subsidyBtc)} BTC; supply then creeps toward ${num(finalSupplyBtc, 4)} BTC, with the last subsidy paid around ${lastSubsidyYear}.`;
  } else {
    const verb = approxEpochStartDateIso(e + 1).isEstimate ? 'pays' : 'paid';
    summary = `After the ${ORDINALS[e]} halving in ${monthYear(dateIso)} (block ${num(height)}) each block ${verb} ${btc(subsidyBtc)} BTC (${num(issuanceBtcPerDay(height))} BTC a day); ${millions(supplyBtcAtStart)} million of the ${cap} million bitcoin had been issued.`;
  }
  return { ...row, step, subsidyBtc, height, dateIso, isEstimate, supplyBtcAtStart, supplyBtcAtEnd, finalSupplyBtc, lastSubsidyYear, summary };
}

/** The readouts shown under the graphic when it stands alone (embed page); lesson notes quote the same texts. Each carries its provenance. */
export function staircaseReadouts(v: StaircaseView): ({ key: string; label: string } & Traced)[] {
  const era: ProvenanceInput = { label: 'Era (e)', value: num(v.highlight), note: v.highlight === 0 ? 'the genesis era' : `after halving ${v.highlight}` };
  const interval: ProvenanceInput = { label: 'Halving interval', value: num(HALVING_INTERVAL_BLOCKS), unit: 'blocks', sourceId: 'bitcoin-core-chainparams' };
  const firstBlock: ProvenanceInput = { label: 'First block of the era (h)', value: num(v.height), note: 'computed by halvingHeight' };
  const issued: ProvenanceInput = { label: 'Issued before it', value: btc(v.supplyBtcAtStart), unit: 'BTC', note: 'computed by totalSupplySats' };
  const finalSupply: ProvenanceInput = { label: 'Every bitcoin the subsidy will pay', value: num(v.finalSupplyBtc, 4), unit: 'BTC', sourceId: 'bitcoin-core-validation-tests' };
  const dateSource: ProvenanceInput = v.highlight === 0
    ? { label: 'Genesis block time', value: '3 January 2009, 18:15 UTC', sourceId: 'bitcoin-core-chainparams' }
    : v.isEstimate
      ? { label: 'Fourth halving (t₄)', value: '20 April 2024, 00:09 UTC', sourceId: 'forbes-india-halving-2024' }
      : { label: 'Recorded halving date', value: v.dateIso, sourceId: v.highlight === 4 ? 'forbes-india-halving-2024' : 'teletype-halving-history' };
  return [
    { key: 'era-start', label: 'Era begins', ...traced(`${v.isEstimate ? '≈ ' : ''}${monthYear(v.dateIso)}`, epochStartDateFormula, [era, dateSource, interval]) },
    { key: 'subsidy', label: 'Subsidy per block', ...traced(`${btc(v.subsidyBtc)} BTC`, blockSubsidyFormula, [firstBlock, interval, { label: 'First subsidy', value: '50', unit: 'BTC', sourceId: 'bitcoin-core-validation' }]) },
    { key: 'first-block', label: 'First block', ...traced(num(v.height), halvingHeightFormula, [era, interval]) },
    { key: 'issued', label: 'Issued before it', ...traced(`${millions(v.supplyBtcAtStart)} million BTC`, totalSupplyFormula, [{ ...firstBlock, note: 'counts blocks 0 to h − 1' }, interval, { label: 'Subsidy rule', value: '50 BTC halved each era', sourceId: 'bitcoin-core-validation' }]) },
    { key: 'share-issued', label: 'Share of all bitcoin', ...traced(pct(v.supplyBtcAtStart / v.finalSupplyBtc, 1), totalSupplyFormula, [issued, finalSupply]) },
  ];
}
