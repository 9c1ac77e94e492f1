/**
 * How the guessing game's numbers were obtained: the crowd is simulated by the core's beautyGame
 * from the settings (τ from Camerer, Ho and Chong), the winning number is p times the average,
 * and the model rows come from the cognitive hierarchy. Shared with the classroom widget.
 */
import { beautyContestFormula, cognitiveHierarchyFormula } from '@core/beauty';
import { beautyGameFormula } from '@core/beautyGame';
import { num } from '@lib/widget/format';
import { paramInputs, traced, type Provenance, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import { meta } from './meta';
import type { PlayValues } from './model';

const tauInput = (tau: number): ProvenanceInput => ({ label: 'Mean thinking steps (τ)', value: num(tau, 2), sourceId: 'camerer-ho-chong-2004', asOf: '2004' });
const pInput = (p: number): ProvenanceInput => ({ label: 'Fraction of the average (p)', value: num(p, 3), sourceId: 'nagel-1995' });

/** A cognitive-hierarchy row of the comparison table: its mean and its target. */
export function modelRowProvenance(tau: number, p: number, mean: number): { mean: Provenance; target: Provenance } {
  return {
    mean: { formula: cognitiveHierarchyFormula, inputs: [tauInput(tau), pInput(p)] },
    target: { formula: beautyContestFormula, inputs: [{ label: 'Average (model)', value: num(mean, 2), note: 'computed by cognitiveHierarchyMean' }, pInput(p)] },
  };
}


/** The round's average, winning number and the reader's place, with the settings behind them. */
export function playReadouts(values: PlayValues, texts: { mean: string; target: string; result: string }): Record<'mean' | 'target' | 'result', Traced> {
  const [top = 2, bottom = 3] = String(values.p).split('/').map(Number);
  const p = top / bottom;
  const crowd = [...paramInputs(meta.schema, values, [['tau', 'τ'], 'size', 'seed', 'guess']), pInput(p)];
  return {
    mean: traced(texts.mean, beautyGameFormula, crowd),
    target: traced(texts.target, beautyContestFormula, [{ label: 'Average of all guesses', value: texts.mean, note: 'computed by beautyGame' }, pInput(p)]),
    result: traced(texts.result, beautyContestFormula, [{ label: 'Winning number (T)', value: texts.target }, ...crowd]),
  };
}
