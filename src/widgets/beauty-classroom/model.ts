/**
 * Classroom mode view-model: the pasted text and p in; the target, winners, histogram, skipped
 * entries, comparison rows and sentence out. Parsing, targets, winners and the model means all
 * come from the core's beauty module.
 */
import {
  BEAUTY_EXPERIMENTS,
  beautyContestTarget,
  beautyContestWinners,
  cognitiveHierarchyMean,
  levelKGuess,
  parseGuesses,
  type ParsedGuesses,
} from '@core/beauty';
import { num } from '@lib/widget/format';
import { histogram, type Bin, type ComparisonRow } from '@widgets/beauty-play/model';
import { modelRowProvenance } from '@widgets/beauty-play/provenance';

export const CLASS_BIN_WIDTH = 5;
/** Thinking depths shown for comparison: 1.5 fits many games, 1.61 is the median fit across beauty-contest data (fact H13). */
export const MODEL_TAUS = [1.5, 1.61] as const;
const P_VALUES: Record<string, number> = { '2/3': 2 / 3, '1/2': 1 / 2 };

export interface ClassroomView {
  count: number;
  /** Tokens that were not guesses, with the reason, in the order typed. */
  skipped: ParsedGuesses['rejected'];
  bins: Bin[];
  yMax: number;
  mean: number | null;
  target: number | null;
  /** Winners as 1-based positions in the list of accepted guesses, with their values. */
  winners: { entry: number; guess: number }[];
  /** Level-1 and level-2 guesses (50p, 50p²), drawn as reference lines. */
  levels: { label: string; x: number }[];
  /** The key under the chart naming those lines. */
  levelsKey: string;
  readouts: { count: string; mean: string; target: string; winners: string };
  comparison: ComparisonRow[];
  summary: string;
  desc: string;
  skippedText: string;
  binRows: { range: string; count: number }[];
}

/** Readout name of a model row: τ = 1.61 gives "model-1-61" (data-readout="model-1-61-mean"). */
export const modelKey = (tau: number) => `model-${String(tau).replace('.', '-')}`;

function skippedSentence(skipped: ParsedGuesses['rejected']): string {
  if (!skipped.length) return '';
  const list = skipped.slice(0, 12).map((r) => `“${r.token.length > 16 ? `${r.token.slice(0, 16)}…` : r.token}” (${r.reason})`);
  const more = skipped.length > 12 ? `, and ${skipped.length - 12} more` : '';
  return `Skipped ${skipped.length} ${skipped.length === 1 ? 'entry' : 'entries'}: ${list.join(', ')}${more}.`;
}

function winnersText(winners: { entry: number; guess: number }[]): string {
  const shown = winners.slice(0, 6).map((w) => `entry ${w.entry} (${num(w.guess, 2)})`);
  const more = winners.length > 6 ? ` and ${winners.length - 6} more` : '';
  return shown.join(', ') + more;
}

export function classroomView(text: string, pKey: string): ClassroomView {
  const p = P_VALUES[pKey] ?? 2 / 3;
  const parsed = parseGuesses(text);
  const { guesses, rejected: skipped } = parsed;
  const bins = histogram(guesses, CLASS_BIN_WIDTH);
  const yMax = Math.max(4, ...bins.map((b) => b.count));
  const levels = [1, 2].map((k) => ({ label: `L${k}`, x: levelKGuess(k, p) }));
  const levelsKey = `Dotted lines: the one-step guess (${num(levels[0]!.x, 1)}) and the two-step guess (${num(levels[1]!.x, 1)}).`;
  const published = BEAUTY_EXPERIMENTS.filter((e) => Math.abs(e.p - p) < 1e-9).map((e) => ({
    label: e.label,
    mean: e.mean,
    target: beautyContestTarget([e.mean], e.p),
    winner: e.winner,
  }));
  const models = MODEL_TAUS.map((tau) => {
    const mean = cognitiveHierarchyMean(tau, p);
    return { key: modelKey(tau), label: `Cognitive hierarchy model, τ = ${num(tau, 2)}`, mean, target: p * mean, winner: null, provenance: modelRowProvenance(tau, p, mean) };
  });
  const skippedText = skippedSentence(skipped);
  const binRows = bins.map((b) => ({ range: `${b.x0}–${b.x1}`, count: b.count }));

  if (!guesses.length) {
    return {
      count: 0,
      skipped,
      bins,
      yMax,
      mean: null,
      target: null,
      winners: [],
      levels,
      levelsKey,
      readouts: { count: '0', mean: '–', target: '–', winners: '–' },
      comparison: [...published, ...models],
      summary: `Type or paste the class’s guesses to find the winning number (${pKey} of the average) and the winners.${skippedText ? ` ${skippedText}` : ''}`,
      desc: 'No guesses yet: an empty histogram from 0 to 100.',
      skippedText,
      binRows,
    };
  }

  const mean = guesses.reduce((s, g) => s + g, 0) / guesses.length;
  const target = beautyContestTarget(guesses, p);
  const winners = beautyContestWinners(guesses, p).map((i) => ({ entry: i + 1, guess: guesses[i]! }));
  const nagel = published[0];
  const compare = nagel ? ` For comparison, Nagel’s lab players averaged ${num(nagel.mean, 2)} in their first round.` : '';
  const summary =
    `${guesses.length} ${guesses.length === 1 ? 'guess averages' : 'guesses average'} ${num(mean, 2)}, so the winning number is ${num(target, 2)}. ` +
    `${winners.length === 1 ? 'Closest' : 'Tied for closest'}: ${winnersText(winners)}.${compare}${skippedText ? ` ${skippedText}` : ''}`;
  const busiest = bins.reduce((a, b) => (b.count > a.count ? b : a));
  return {
    count: guesses.length,
    skipped,
    bins,
    yMax,
    mean,
    target,
    winners,
    levels,
    levelsKey,
    readouts: { count: num(guesses.length), mean: num(mean, 2), target: num(target, 2), winners: winnersText(winners) },
    comparison: [...published, ...models, { label: 'Your class', mean, target, winner: winners[0]!.guess }],
    summary,
    desc: `Histogram of ${guesses.length} guesses in bins of ${CLASS_BIN_WIDTH}; the busiest bin is ${busiest.x0} to ${busiest.x1} with ${busiest.count}. Target line at ${num(target, 2)}; reference lines at the level-1 and level-2 guesses.`,
    skippedText,
    binRows,
  };
}
