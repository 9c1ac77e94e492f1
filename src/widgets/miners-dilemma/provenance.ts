/**
 * How the miner's dilemma's numbers were obtained: the core's seeded simulation (price paths,
 * difficulty growth, daily mining or a fixed rent), and the settings behind each, with sources.
 */
import { minersDilemmaFormula } from '@core/dilemma';
import { gbmFormula } from '@core/risk';
import { AI_SITE_OVERHEAD, MINING_SITE_OVERHEAD } from '@core/assumptions';
import { assumptionInput, paramInputs, traced, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import { meta } from './meta';
import type { DilemmaValues, DilemmaView } from './model';

const { schema } = meta;
const SITE: ProvenanceInput = { label: 'Site', value: '1', unit: 'MW from the grid' };
const AI_SHARE = assumptionInput(AI_SITE_OVERHEAD, 'AI site overhead (k_AI)');
const MINE_SHARE = assumptionInput(MINING_SITE_OVERHEAD, 'Mine overhead (k_mine)');

/** Readouts by data-readout key: "median-<strategy>", "p5-<strategy>" and the sentence's figures. */
export function dilemmaReadouts(view: DilemmaView, v: DilemmaValues): Record<string, Traced> {
  const prices = paramInputs(schema, v, [['price', 'P₀'], ['drift', 'μ'], ['vol', 'σ'], 'seed']);
  const mining = paramInputs(schema, v, [['eff', 'e'], ['power', 'c'], ['growth', 'g']]);
  const hosting = paramInputs(schema, v, [['host', 'rent'], 'hostPower', 'fitOut']);
  const all = [SITE, MINE_SHARE, AI_SHARE, ...prices, ...mining, ...hosting];
  const out: Record<string, Traced> = {
    hashrate: traced(view.readouts.hashrate, minersDilemmaFormula, [SITE, MINE_SHARE, mining[0]!]),
    'power-per-day': traced(view.readouts.powerPerDay, minersDilemmaFormula, [SITE, mining[1]!]),
    'rent-per-month': traced(view.readouts.rentPerMonth, minersDilemmaFormula, [SITE, AI_SHARE, hosting[0]!]),
    'median-price': traced(view.readouts.medianPrice, gbmFormula, [...prices, { label: 'Horizon', value: '3', unit: 'years' }]),
    'hold-beats-host': traced(view.readouts.holdBeatsHost, minersDilemmaFormula, all),
  };
  for (const s of view.strategies) {
    out[`median-${s.id}`] = traced(s.medianText, minersDilemmaFormula, all);
    out[`p5-${s.id}`] = traced(s.p5Text, minersDilemmaFormula, all);
  }
  return out;
}
