/**
 * The reward staircase's readouts: when the highlighted era begins, its subsidy and first block,
 * the bitcoin issued before it and that amount's share of all there will be, each traced to the
 * core's port of Bitcoin Core's rules and the constants' sources.
 */
import {
  HALVING_INTERVAL_BLOCKS,
  blockSubsidyFormula,
  epochStartDateFormula,
  halvingHeightFormula,
  supplyShareFormula,
  totalSupplyFormula,
} from '@core/bitcoin';
import type { Readout } from '@lib/widget/define';
import { btc, monthYear, num, pct } from '@lib/widget/format';
import { traced, type ProvenanceInput } from '@lib/widget/provenance';
import type { StaircaseView } from './model';
import { text } from './i18n';

/** The two readouts a scrolly graphic keeps: the step text says the rest. */
export const SCROLLY_READOUTS: readonly string[] = ['subsidy', 'issued'];

export function readouts(v: StaircaseView): Readout[] {
  const era: ProvenanceInput = { label: text.era.label, value: num(v.highlight), note: v.highlight === 0 ? text.era.genesis : text.era.after(v.highlight) };
  const interval: ProvenanceInput = { label: text.interval.label, value: num(HALVING_INTERVAL_BLOCKS), unit: text.interval.unit, sourceId: 'bitcoin-core-chainparams' };
  const firstBlock: ProvenanceInput = { label: text.firstBlockInput.label, value: num(v.height), note: text.firstBlockInput.note };
  const issued: ProvenanceInput = { label: text.issuedInput.label, value: btc(v.supplyBtcAtStart), unit: 'BTC', note: text.issuedInput.note };
  const finalSupply: ProvenanceInput = { label: text.finalSupply, value: num(v.finalSupplyBtc, 4), unit: 'BTC', sourceId: 'bitcoin-core-validation-tests' };
  const dateSource: ProvenanceInput = v.highlight === 0
    ? { label: text.genesisTime.label, value: text.genesisTime.value, sourceId: 'bitcoin-core-chainparams' }
    : v.isEstimate
      ? { label: text.fourthHalving.label, value: text.fourthHalving.value, sourceId: 'forbes-india-halving-2024' }
      : { label: text.recordedDate.label, value: text.recordedDate.value(v.dateIso), sourceId: v.highlight === 4 ? 'forbes-india-halving-2024' : 'teletype-halving-history' };
  return [
    { id: 'era-start', label: text.eraStart, ...traced(`${v.isEstimate ? '≈ ' : ''}${monthYear(v.dateIso)}`, epochStartDateFormula, [era, dateSource, interval]) },
    { id: 'subsidy', label: text.subsidy, ...traced(`${btc(v.subsidyBtc)} BTC`, blockSubsidyFormula, [firstBlock, interval, { label: text.firstSubsidy, value: '50', unit: 'BTC', sourceId: 'bitcoin-core-validation' }]) },
    { id: 'first-block', label: text.firstBlock, ...traced(num(v.height), halvingHeightFormula, [era, interval]) },
    { id: 'issued', label: text.issued, ...traced(text.issuedText(v.supplyBtcAtStart), totalSupplyFormula, [{ ...firstBlock, note: text.firstBlockInput.countNote }, interval, { label: text.subsidyRule.label, value: text.subsidyRule.value, sourceId: 'bitcoin-core-validation' }]) },
    { id: 'share-issued', label: text.shareIssued, ...traced(pct(v.shareIssued, 1), supplyShareFormula, [issued, finalSupply]) },
  ];
}
