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
import { millions, type StaircaseView } from './model';

/** The two readouts a scrolly graphic keeps: the step text says the rest. */
export const SCROLLY_READOUTS: readonly string[] = ['subsidy', 'issued'];

export function readouts(v: StaircaseView): Readout[] {
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
    { id: 'era-start', label: 'Era begins', ...traced(`${v.isEstimate ? '≈ ' : ''}${monthYear(v.dateIso)}`, epochStartDateFormula, [era, dateSource, interval]) },
    { id: 'subsidy', label: 'Subsidy per block', ...traced(`${btc(v.subsidyBtc)} BTC`, blockSubsidyFormula, [firstBlock, interval, { label: 'First subsidy', value: '50', unit: 'BTC', sourceId: 'bitcoin-core-validation' }]) },
    { id: 'first-block', label: 'First block', ...traced(num(v.height), halvingHeightFormula, [era, interval]) },
    { id: 'issued', label: 'Issued before it', ...traced(`${millions(v.supplyBtcAtStart)} million BTC`, totalSupplyFormula, [{ ...firstBlock, note: 'counts blocks 0 to h − 1' }, interval, { label: 'Subsidy rule', value: '50 BTC halved each era', sourceId: 'bitcoin-core-validation' }]) },
    { id: 'share-issued', label: 'Share of all bitcoin', ...traced(pct(v.shareIssued, 1), supplyShareFormula, [issued, finalSupply]) },
  ];
}
