/**
 * The miner's dilemma's readouts, in reading order: each choice's median and low end after three
 * years (the legend), then the figures of the sentence under the chart. Each traces to the core's
 * seeded simulation (price paths, difficulty growth, daily mining or a fixed rent) and the
 * settings behind it, with sources.
 */
import { AI_SITE_OVERHEAD, MINING_SITE_OVERHEAD } from '@core/assumptions';
import { minersDilemmaFormula, minersDilemmaPriceFormula } from '@core/dilemma';
import { gbmPercentileFormula } from '@core/gbmDistribution';
import type { Readout } from '@lib/widget/define';
import { num, pct, usd, usdMillions } from '@lib/widget/format';
import { assumptionInput, paramInputs, traced, type ProvenanceInput } from '@lib/widget/provenance';
import { meta } from './meta';
import { text } from './i18n';
import { ordinal, type DilemmaValues, type DilemmaView } from './model';

const { schema } = meta;
const SITE: ProvenanceInput = { label: text.site.label, value: '1', unit: text.site.unit };
const AI_SHARE = assumptionInput(AI_SITE_OVERHEAD, text.aiShare);
const MINE_SHARE = assumptionInput(MINING_SITE_OVERHEAD, text.mineShare);

export function readouts(view: DilemmaView, v: DilemmaValues): Readout[] {
  if (view.error) return [];
  const prices = paramInputs(schema, v, [['price', 'P₀'], ['drift', 'μ'], ['vol', 'σ'], 'seed']);
  const [eff, power, growth] = paramInputs(schema, v, [['eff', 'e'], ['power', 'c'], ['growth', 'g']]) as [ProvenanceInput, ProvenanceInput, ProvenanceInput];
  const [host, ...lease] = paramInputs(schema, v, ['host', 'hostPower', 'fitOut']) as [ProvenanceInput, ...ProvenanceInput[]];
  const rent: ProvenanceInput = { label: text.rent.label, value: usd(view.site.hostingUsdPerKwMonth, 2), note: text.rent.note };
  const all = [SITE, MINE_SHARE, AI_SHARE, ...prices, eff, power, growth, host, rent, ...lease];
  const legend = view.strategies.flatMap((s): Readout[] => [
    { id: `median-${s.id}`, label: text.medianAfter(s.label), ...traced(usdMillions(s.final.p50), minersDilemmaFormula, all) },
    { id: `p5-${s.id}`, label: text.lowEnd(s.label), ...traced(usdMillions(s.final.p5), minersDilemmaFormula, all) },
  ]);
  return [
    ...legend,
    { id: 'hashrate', label: text.hashrate, ...traced(`${num(view.site.hashratePhs, 1)} PH/s`, minersDilemmaFormula, [SITE, MINE_SHARE, eff]) },
    { id: 'power-per-day', label: text.powerPerDay, ...traced(usd(view.site.powerUsdPerDay), minersDilemmaFormula, [SITE, power]) },
    { id: 'rent-per-month', label: text.rentPerMonth, ...traced(usd(view.site.rentUsdPerMonth), minersDilemmaFormula, [SITE, AI_SHARE, host, rent]) },
    { id: 'median-price', label: text.medianPrice, ...traced(usd(view.medianPriceUsd), minersDilemmaPriceFormula, [...prices, { label: text.horizon.label, value: '3', unit: text.horizon.unit }]) },
    { id: 'hold-beats-host', label: text.holdBeatsHost, ...traced(pct(view.shares.holdBeatsHost), minersDilemmaFormula, all) },
    ...happenedReadouts(view, prices.slice(0, 3)),
  ];
}

/** The latest real close and where it landed in the model's spread, when the reader shows them. */
function happenedReadouts(view: DilemmaView, model: ProvenanceInput[]): Readout[] {
  const h = view.happened;
  if (!h) return [];
  const close: ProvenanceInput = { label: text.close.label(h.last.label), value: usd(h.last.closeUsd), unit: text.close.unit, sourceId: h.last.source, asOf: h.last.month };
  const since: ProvenanceInput = { label: text.since.label, value: num(h.last.years, 2), unit: text.since.unit, note: text.since.note };
  return [
    { id: 'real-close', label: text.realClose(h.last.label), text: usd(h.last.closeUsd), provenance: { inputs: [close] } },
    { id: 'real-percentile', label: text.realPercentile, ...traced(text.percentileText(ordinal(h.last.percentile)), gbmPercentileFormula, [close, since, ...model]) },
  ];
}
