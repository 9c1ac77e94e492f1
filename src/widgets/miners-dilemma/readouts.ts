/**
 * The miner's dilemma's readouts, in reading order: each choice's median and low end after three
 * years (the legend), then the figures of the sentence under the chart. Each traces to the core's
 * seeded simulation (price paths, difficulty growth, daily mining or a fixed rent) and the
 * settings behind it, with sources.
 */
import { AI_SITE_OVERHEAD, MINING_SITE_OVERHEAD } from '@core/assumptions';
import { minersDilemmaFormula } from '@core/dilemma';
import { gbmPercentileFormula } from '@core/gbmDistribution';
import { gbmFormula } from '@core/risk';
import type { Readout } from '@lib/widget/define';
import { num, pct, usd, usdMillions } from '@lib/widget/format';
import { assumptionInput, paramInputs, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { meta } from './meta';
import { ordinal, type DilemmaValues, type DilemmaView } from './model';

const { schema } = meta;
const SITE: ProvenanceInput = { label: 'Site', value: '1', unit: 'MW from the grid' };
const AI_SHARE = assumptionInput(AI_SITE_OVERHEAD, 'AI site overhead (k_AI)');
const MINE_SHARE = assumptionInput(MINING_SITE_OVERHEAD, 'Mine overhead (k_mine)');

export function readouts(view: DilemmaView, v: DilemmaValues): Readout[] {
  if (view.error) return [];
  const prices = paramInputs(schema, v, [['price', 'P₀'], ['drift', 'μ'], ['vol', 'σ'], 'seed']);
  const [eff, power, growth] = paramInputs(schema, v, [['eff', 'e'], ['power', 'c'], ['growth', 'g']]) as [ProvenanceInput, ProvenanceInput, ProvenanceInput];
  const [host, ...lease] = paramInputs(schema, v, ['host', 'hostPower', 'fitOut']) as [ProvenanceInput, ...ProvenanceInput[]];
  const rent: ProvenanceInput = { label: 'Rent per kW of IT a month (rent)', value: usd(view.site.hostingUsdPerKwMonth, 2), note: 'computed by usdPerKwMonthFromUsdPerMwYear' };
  const all = [SITE, MINE_SHARE, AI_SHARE, ...prices, eff, power, growth, host, rent, ...lease];
  const legend = view.strategies.flatMap((s): Readout[] => [
    { id: `median-${s.id}`, label: `${s.label}: median after three years`, ...traced(usdMillions(s.final.p50), minersDilemmaFormula, all) },
    { id: `p5-${s.id}`, label: `${s.label}: 1 in 20 below`, ...traced(usdMillions(s.final.p5), minersDilemmaFormula, all) },
  ]);
  return [
    ...legend,
    { id: 'hashrate', label: 'Hashrate of the megawatt', ...traced(`${num(view.site.hashratePhs, 1)} PH/s`, minersDilemmaFormula, [SITE, MINE_SHARE, eff]) },
    { id: 'power-per-day', label: 'Power a day', ...traced(usd(view.site.powerUsdPerDay), minersDilemmaFormula, [SITE, power]) },
    { id: 'rent-per-month', label: 'Rent a month', ...traced(usd(view.site.rentUsdPerMonth), minersDilemmaFormula, [SITE, AI_SHARE, host, rent]) },
    { id: 'median-price', label: 'Median Bitcoin price after three years', ...traced(usd(view.medianPriceUsd), gbmFormula, [...prices, { label: 'Horizon', value: '3', unit: 'years' }]) },
    { id: 'hold-beats-host', label: 'Share of paths where holding beats hosting', ...traced(pct(view.shares.holdBeatsHost), minersDilemmaFormula, all) },
    ...happenedReadouts(view, prices.slice(0, 3)),
  ];
}

/** The latest real close and where it landed in the model's spread, when the reader shows them. */
function happenedReadouts(view: DilemmaView, model: ProvenanceInput[]): Readout[] {
  const h = view.happened;
  if (!h) return [];
  const close: ProvenanceInput = { label: `Close, ${h.last.label} (S)`, value: usd(h.last.closeUsd), unit: 'per BTC', sourceId: h.last.source, asOf: h.last.month };
  const since: ProvenanceInput = { label: 'Time since the start (t)', value: num(h.last.years, 2), unit: 'years', note: 'from 23 December 2024 to the end of the month' };
  return [
    { id: 'real-close', label: `Bitcoin's close, ${h.last.label}`, text: usd(h.last.closeUsd), provenance: { inputs: [close] } },
    { id: 'real-percentile', label: `Where that close sits in the model's spread`, ...traced(`${ordinal(h.last.percentile)} percentile`, gbmPercentileFormula, [close, since, ...model]) },
  ];
}
