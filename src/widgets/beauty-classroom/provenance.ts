/**
 * How the classroom's numbers were obtained: the class's own guesses (typed in this page), the
 * game's rule (p times the average, after Nagel 1995) and, for the reference lines, the level-k
 * guesses.
 */
import { beautyContestFormula, levelKFormula } from '@core/beauty';
import { paramInput, traced, type ProvenanceInput, type Traced } from '@lib/widget/provenance';
import { meta } from './meta';

export type ClassReadout = 'mean' | 'target' | 'winners' | 'levels';

export function classReadouts(pKey: string, count: string, texts: Record<ClassReadout, string>): Record<ClassReadout, Traced> {
  const p = [paramInput(meta.schema.p, pKey, 'Fraction of the average (p)')];
  const guesses: ProvenanceInput = { label: 'The class’s guesses', value: count, note: 'typed in this page; nothing is sent anywhere' };
  return {
    mean: traced(texts.mean, beautyContestFormula, [guesses, ...p]),
    target: traced(texts.target, beautyContestFormula, [guesses, ...p]),
    winners: traced(texts.winners, beautyContestFormula, [{ label: 'Winning number (T)', value: texts.target }, guesses, ...p]),
    levels: traced(texts.levels, levelKFormula, [{ label: 'Level 0 guess', value: '50', note: 'the middle of 0 to 100' }, ...p]),
  };
}
