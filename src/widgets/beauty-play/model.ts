/**
 * "Play it" view model: settings, the reader's submitted guesses and the phase in; the
 * histogram, markers, sentence and tables out. Every number comes from the core's beautyGame
 * (the crowd, targets, winners) and beauty (the bins, published results, the CH model).
 */
import { guessHistogram, type GuessBin } from '@core/beauty';
import { beautyGame, MAX_BEAUTY_ROUNDS, type BeautyRound } from '@core/beautyGame';
import { percentile } from '@core/percentile';
import { beautyP, modelRow, publishedRows, type ComparisonRow, type ModelRow } from '@lib/widget/beauty/comparison';
import { num, ordinal } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import type { meta } from './meta';
import { text } from './i18n';

/** The reader's place as an ordinal ("33rd"), in this build's language. */
export { ordinal };

export type PlayValues = Values<typeof meta.schema>;
/** 'guess': the current round waits for the reader; 'result': the last submitted round is shown. */
export type Phase = 'guess' | 'result';

export interface HistoryRow {
  round: number;
  anchor: number;
  predicted: number;
  mean: number;
  target: number;
  you: number;
  result: string;
}

export interface PlayView {
  /** Plain message when the settings cannot be played (never NaN on screen). */
  error: string | null;
  phase: Phase;
  round: number;
  /** True when the game is at its last round and no further round can start. */
  lastRound: boolean;
  people: number;
  pText: string;
  /** The multiplier as a number. */
  p: number;
  bins: GuessBin[];
  yMax: number;
  /** The reader's guess drawn on the chart: submitted in 'result', pending in 'guess'. */
  youGuess: number;
  target: number | null;
  readerWon: boolean;
  /** "3 of 10", shown as a plain count, not a figure. */
  roundText: string;
  /** The round on show once the reader has guessed: its average, winning number and the reader's place; null while hidden. */
  shown: { mean: number; target: number; result: string } | null;
  summary: string;
  desc: string;
  history: HistoryRow[];
  /** Published first rounds for this p, then the model's crowd, then the reader's game once played. */
  comparison: ComparisonRow[];
  /** The model's row of `comparison`: its readouts are "model-mean" and "model-target". */
  model: ModelRow | null;
  binRows: { range: string; count: number }[];
}

export const BIN_WIDTH = 2;

/** Published results and the model's crowd for this p, for the comparison table (the reader's first round last, once played). */
export function comparisonRows(p: number, tau: number, firstRound?: BeautyRound): ComparisonRow[] {
  const rows: ComparisonRow[] = [...publishedRows(p), modelRow('model', tau, p, 1)];
  if (firstRound) rows.push({ label: text.yourGame, mean: firstRound.mean, target: firstRound.target, winner: null });
  return rows;
}

const resultText = (r: BeautyRound, people: number) =>
  r.readerWon ? (r.winners.length > 1 ? text.tied : text.won) : text.place(ordinal(r.readerRank), people);

function errorView(message: string, values: PlayValues): PlayView {
  return {
    error: message,
    phase: 'guess',
    round: 1,
    lastRound: false,
    people: 0,
    pText: values.p,
    p: beautyP(values.p),
    bins: guessHistogram([], BIN_WIDTH),
    yMax: 5,
    youGuess: values.guess,
    target: null,
    readerWon: false,
    roundText: '–',
    shown: null,
    summary: message,
    desc: message,
    history: [],
    comparison: [],
    model: null,
    binRows: [],
  };
}

/**
 * Everything "Play it" shows. The rounds played live in the page, not in the link: with none
 * (the defaults) it is round 1 waiting for a guess; the view passes the reader's guesses and
 * whether the last one's result is on show.
 */
export function compute(values: PlayValues, readerGuesses: readonly number[] = [], phase: Phase = 'guess'): PlayView {
  const p = beautyP(values.p);
  const crowdSize = Number(values.size);
  const people = crowdSize + 1;
  let game;
  try {
    game = beautyGame({ tau: values.tau, p, crowdSize, seed: values.seed, readerGuesses });
  } catch (e) {
    if (e instanceof RangeError) return errorView(text.cannotPlay(e.message), values);
    throw e;
  }
  const played = game.rounds;
  const showing = phase === 'result' && played.length > 0 ? played[played.length - 1]! : null;
  const round = showing ? showing.round : played.length + 1;
  const bins = guessHistogram(showing ? showing.crowdGuesses : [], BIN_WIDTH);
  const yMax = Math.max(5, ...bins.map((b) => b.count));
  const history = played.map((r) => ({
    round: r.round,
    anchor: r.anchor,
    predicted: r.predictedMean,
    mean: r.mean,
    target: r.target,
    you: r.readerGuess,
    result: resultText(r, people),
  }));
  const comparison = comparisonRows(p, values.tau, played[0]);
  const lastRound = round >= MAX_BEAUTY_ROUNDS;

  let summary: string;
  let desc: string;
  if (showing) {
    const r = showing;
    const away = num(Math.abs(r.readerGuess - r.target), 1);
    const guess = num(r.readerGuess, 2);
    const verdict = r.readerWon
      ? text.verdictWon({ guess, tied: r.winners.length > 1, people })
      : text.verdictLost({ guess, away, ordinal: ordinal(r.readerRank), people, best: num(r.bestCrowdGuess, 1) });
    summary = text.summaryResult({ round: r.round, people, mean: num(r.mean, 1), p: values.p, target: num(r.target, 1), verdict });
    desc = text.descResult({
      crowd: crowdSize,
      round: r.round,
      bin: BIN_WIDTH,
      low: num(percentile(r.crowdGuesses, 25), 0),
      high: num(percentile(r.crowdGuesses, 75), 0),
      target: num(r.target, 1),
      guess,
    });
  } else {
    const anchor = round === 1 ? text.anchorFirst : text.anchorNext(num(game.nextAnchor, 1));
    const guess = num(values.guess, 2);
    summary = text.summaryGuess({ round, p: values.p, people, anchor, guess });
    desc = text.descGuess(round, guess);
  }

  return {
    error: null,
    phase: showing ? 'result' : 'guess',
    round,
    lastRound,
    people,
    pText: values.p,
    p,
    bins,
    yMax,
    youGuess: showing ? showing.readerGuess : values.guess,
    target: showing ? showing.target : null,
    readerWon: showing?.readerWon ?? false,
    roundText: text.roundOf(round, MAX_BEAUTY_ROUNDS),
    shown: showing ? { mean: showing.mean, target: showing.target, result: resultText(showing, people) } : null,
    summary,
    desc,
    history,
    comparison,
    model: comparison.find((r): r is ModelRow => r.key === 'model') ?? null,
    binRows: showing ? bins.map((b) => ({ range: text.binRange(b.x0, b.x1), count: b.count })) : [],
  };
}

