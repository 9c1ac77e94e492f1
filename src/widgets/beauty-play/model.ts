/**
 * "Play it" view-model: settings, the reader's submitted guesses and the phase in; the
 * histogram, markers, readouts, sentence and tables out. Every number comes from the core's
 * beautyGame (the crowd, targets, winners) and beauty (published results, the CH model).
 */
import { BEAUTY_EXPERIMENTS, beautyContestTarget, cognitiveHierarchyMean } from '@core/beauty';
import type { Provenance } from '@lib/widget/provenance';
import { modelRowProvenance } from './provenance';
import { beautyGame, MAX_BEAUTY_ROUNDS, type BeautyRound } from '@core/beautyGame';
import { percentile } from '@core/quantile';
import { num } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import type { schema } from './meta';

export type PlayValues = Values<typeof schema>;
/** 'guess': the current round waits for the reader; 'result': the last submitted round is shown. */
export type Phase = 'guess' | 'result';

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

export interface HistoryRow {
  round: number;
  anchor: number;
  predicted: number;
  mean: number;
  target: number;
  you: number;
  result: string;
}

export interface ComparisonRow {
  label: string;
  /** Names the row's readouts in the table ("model" gives data-readout="model-mean"). */
  key?: string;
  mean: number;
  target: number;
  winner: number | null;
  /** How the keyed row's mean and target were obtained (the model rows). */
  provenance?: { mean: Provenance; target: Provenance };
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
  bins: Bin[];
  yMax: number;
  /** The reader's guess drawn on the chart: submitted in 'result', pending in 'guess'. */
  youGuess: number;
  target: number | null;
  readerWon: boolean;
  readouts: { round: string; mean: string; target: string; result: string };
  summary: string;
  desc: string;
  history: HistoryRow[];
  comparison: ComparisonRow[];
  binRows: { range: string; count: number }[];
}

export const BIN_WIDTH = 2;
const P_VALUES: Record<string, number> = { '2/3': 2 / 3, '1/2': 1 / 2 };

/** Number of guesses in each [x0, x0 + width) bin over [0, 100]; 100 falls in the last bin. */
export function histogram(guesses: readonly number[], width = BIN_WIDTH): Bin[] {
  const n = Math.round(100 / width);
  const bins = Array.from({ length: n }, (_, i) => ({ x0: i * width, x1: (i + 1) * width, count: 0 }));
  for (const g of guesses) bins[Math.min(n - 1, Math.floor(g / width))]!.count++;
  return bins;
}

/** Published results and the model for this p, for the comparison table. */
export function comparisonRows(p: number, tau: number, firstRound?: BeautyRound): ComparisonRow[] {
  const rows: ComparisonRow[] = BEAUTY_EXPERIMENTS.filter((e) => Math.abs(e.p - p) < 1e-9).map((e) => ({
    label: e.label,
    mean: e.mean,
    target: beautyContestTarget([e.mean], e.p),
    winner: e.winner,
  }));
  const modelMean = cognitiveHierarchyMean(tau, p);
  rows.push({ key: 'model', label: `Cognitive hierarchy model, τ = ${num(tau, 1)}`, mean: modelMean, target: p * modelMean, winner: null, provenance: modelRowProvenance(tau, p, modelMean) });
  if (firstRound) rows.push({ label: 'Your game, round 1 (crowd and you)', mean: firstRound.mean, target: firstRound.target, winner: null });
  return rows;
}

const resultText = (r: BeautyRound, people: number) =>
  r.readerWon ? (r.winners.length > 1 ? 'tied for closest' : 'won') : `${ordinal(r.readerRank)} closest of ${people}`;

export function ordinal(n: number): string {
  const rem100 = n % 100;
  const suffix = rem100 >= 11 && rem100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function errorView(message: string, values: PlayValues): PlayView {
  return {
    error: message,
    phase: 'guess',
    round: 1,
    lastRound: false,
    people: 0,
    pText: values.p,
    bins: histogram([]),
    yMax: 5,
    youGuess: values.guess,
    target: null,
    readerWon: false,
    readouts: { round: '–', mean: '–', target: '–', result: '–' },
    summary: message,
    desc: message,
    history: [],
    comparison: [],
    binRows: [],
  };
}

export function playView(values: PlayValues, readerGuesses: readonly number[], phase: Phase): PlayView {
  const p = P_VALUES[values.p] ?? 2 / 3;
  const crowdSize = Number(values.size);
  const people = crowdSize + 1;
  let game;
  try {
    game = beautyGame({ tau: values.tau, p, crowdSize, seed: values.seed, readerGuesses });
  } catch (e) {
    if (e instanceof RangeError) return errorView(`These settings cannot be played: ${e.message}.`, values);
    throw e;
  }
  const played = game.rounds;
  const showing = phase === 'result' && played.length > 0 ? played[played.length - 1]! : null;
  const round = showing ? showing.round : played.length + 1;
  const bins = histogram(showing ? showing.crowdGuesses : []);
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
    const verdict = r.readerWon
      ? `Your ${num(r.readerGuess, 2)} ${r.winners.length > 1 ? 'tied for the closest' : 'was the closest'} of all ${people} guesses: you win.`
      : `Your ${num(r.readerGuess, 2)} was ${away} away, the ${ordinal(r.readerRank)} closest of ${people}; the best guess in the crowd was ${num(r.bestCrowdGuess, 1)}.`;
    summary = `Round ${r.round}: the ${people} guesses averaged ${num(r.mean, 1)}, so the winning number was ${values.p} of that, ${num(r.target, 1)}. ${verdict}`;
    desc = `Histogram of the crowd's ${crowdSize} guesses in round ${r.round}, in bins of ${BIN_WIDTH}: the middle half fall between ${num(percentile(r.crowdGuesses, 25), 0)} and ${num(percentile(r.crowdGuesses, 75), 0)}. Target line at ${num(r.target, 1)}; your guess at ${num(r.readerGuess, 2)}.`;
  } else {
    const anchorNote = round === 1 ? 'The crowd has already chosen.' : `The crowd saw last round’s winning number, ${num(game.nextAnchor, 1)}, and now reasons from there.`;
    summary = `Round ${round}: pick a number from 0 to 100. The winner is whoever comes closest to ${values.p} of the average of all ${people} guesses, yours included. ${anchorNote} Your guess so far: ${num(values.guess, 2)}, not yet submitted.`;
    desc = `Round ${round} is waiting for your guess; the crowd's guesses are hidden until you submit. Your pending guess is ${num(values.guess, 2)}.`;
  }

  return {
    error: null,
    phase: showing ? 'result' : 'guess',
    round,
    lastRound,
    people,
    pText: values.p,
    bins,
    yMax,
    youGuess: showing ? showing.readerGuess : values.guess,
    target: showing ? showing.target : null,
    readerWon: showing?.readerWon ?? false,
    readouts: {
      round: `${round} of ${MAX_BEAUTY_ROUNDS}`,
      mean: showing ? num(showing.mean, 1) : 'hidden',
      target: showing ? num(showing.target, 1) : 'hidden',
      result: showing ? resultText(showing, people) : 'waiting for your guess',
    },
    summary,
    desc,
    history,
    comparison,
    binRows: showing ? bins.map((b) => ({ range: `${b.x0}–${b.x1}`, count: b.count })) : [],
  };
}

