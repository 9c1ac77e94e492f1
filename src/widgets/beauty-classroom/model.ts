/**
 * Classroom mode view model: p and the pasted text in; the target, winners, histogram, skipped
 * entries, comparison rows and sentence out. Parsing, targets, winners, bins and the model rows
 * all come from the core's beauty module.
 */
import { beautyContestTarget, beautyContestWinners, guessHistogram, levelKGuess, parseGuesses, type GuessBin, type ParsedGuesses } from '@core/beauty';
import { beautyP, modelRow, publishedRows, type ComparisonRow, type ModelRow } from '@lib/widget/beauty/comparison';
import { num } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import type { meta } from './meta';
import { text as t } from './i18n';

export type ClassValues = Values<typeof meta.schema>;

export const CLASS_BIN_WIDTH = 5;
/** Thinking depths shown for comparison: 1.5 fits many games, 1.61 is the median fit across beauty-contest data (fact H13). */
export const MODEL_TAUS = [1.5, 1.61] as const;

export interface ClassroomView {
  count: number;
  /** The count as shown ("3,000"): the class's own number of guesses, not a figure. */
  countText: string;
  /** Tokens that were not guesses, with the reason, in the order typed. */
  skipped: ParsedGuesses['rejected'];
  bins: GuessBin[];
  yMax: number;
  mean: number | null;
  target: number | null;
  /** Winners as 1-based positions in the list of accepted guesses, with their values. */
  winners: { entry: number; guess: number }[];
  /** Level-1 and level-2 guesses (50p, 50p²), drawn as reference lines. */
  levels: { label: string; x: number }[];
  /** Published first rounds, the model's crowds, then the class once it has guesses. */
  comparison: ComparisonRow[];
  /** The model rows of `comparison`, one per τ in MODEL_TAUS. */
  models: ModelRow[];
  summary: string;
  desc: string;
  skippedText: string;
  binRows: { range: string; count: number }[];
}

/**
 * A Chinese input method types full-width separators (，；、 and the ideographic space) and, in
 * full-width mode, full-width digits: read them as the plain ones the core's parser takes, so a
 * list typed or pasted in Chinese is not skipped entry by entry.
 */
export const plainSeparators = (typed: string): string =>
  typed.replace(/[，；、\u3000]/g, ' ').replace(/[０-９．＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Readout name of a model row: τ = 1.61 gives "model-1-61" (data-readout="model-1-61-mean"). */
export const modelKey = (tau: number) => `model-${String(tau).replace('.', '-')}`;

function skippedSentence(skipped: ParsedGuesses['rejected']): string {
  if (!skipped.length) return '';
  const shown = skipped.slice(0, 12).map((r) => t.skippedEntry(r.token.length > 16 ? `${r.token.slice(0, 16)}…` : r.token, t.reasons[r.reason]));
  return t.skipped({ count: skipped.length, shown, more: Math.max(0, skipped.length - 12) });
}

/** The winners as the readout and the sentence write them: "entry 2 (20), entry 5 (20)", six at most. */
export function winnersText(winners: { entry: number; guess: number }[]): string {
  const shown = winners.slice(0, 6).map((w) => t.winner(w.entry, num(w.guess, 2)));
  return t.winners(shown, Math.max(0, winners.length - 6));
}

/**
 * Everything classroom mode shows. The class's guesses are typed in the page, never put in the
 * link: with none (the defaults) the chart is empty and only the comparison has numbers.
 */
export function compute(values: ClassValues, text = ''): ClassroomView {
  const pKey = values.p;
  const p = beautyP(pKey);
  const parsed = parseGuesses(plainSeparators(text));
  const { guesses, rejected: skipped } = parsed;
  const bins = guessHistogram(guesses, CLASS_BIN_WIDTH);
  const yMax = Math.max(4, ...bins.map((b) => b.count));
  const levels = [1, 2].map((k) => ({ label: `L${k}`, x: levelKGuess(k, p) }));
  const published = publishedRows(p);
  const models = MODEL_TAUS.map((tau) => modelRow(modelKey(tau), tau, p, 2));
  const skippedText = skippedSentence(skipped);
  const binRows = bins.map((b) => ({ range: `${b.x0}–${b.x1}`, count: b.count }));

  if (!guesses.length) {
    return {
      count: 0,
      countText: '0',
      skipped,
      bins,
      yMax,
      mean: null,
      target: null,
      winners: [],
      levels,
      comparison: [...published, ...models],
      models,
      summary: t.invite({ p: pKey, skipped: skippedText }),
      desc: t.emptyDesc,
      skippedText,
      binRows,
    };
  }

  const mean = guesses.reduce((s, g) => s + g, 0) / guesses.length;
  const target = beautyContestTarget(guesses, p);
  const winners = beautyContestWinners(guesses, p).map((i) => ({ entry: i + 1, guess: guesses[i]! }));
  const nagel = published[0];
  const summary = t.summary({
    count: guesses.length,
    mean: num(mean, 2),
    target: num(target, 2),
    winners: winnersText(winners),
    tied: winners.length !== 1,
    ...(nagel ? { nagelMean: num(nagel.mean, 2) } : {}),
    skipped: skippedText,
  });
  const busiest = bins.reduce((a, b) => (b.count > a.count ? b : a));
  return {
    count: guesses.length,
    countText: num(guesses.length),
    skipped,
    bins,
    yMax,
    mean,
    target,
    winners,
    levels,
    comparison: [...published, ...models, { label: t.yourClass, mean, target, winner: winners[0]!.guess }],
    models,
    summary,
    desc: t.desc({ count: guesses.length, width: CLASS_BIN_WIDTH, from: busiest.x0, to: busiest.x1, busiest: busiest.count, target: num(target, 2) }),
    skippedText,
    binRows,
  };
}
