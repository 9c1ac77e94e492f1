/**
 * Classroom mode's words: the entry box, chart, tables, readouts and sentences. zh.ts has the same
 * keys. The comparison table's published and model rows are worded by @lib/widget/beauty/comparison.
 */
import type { RejectReason } from '@core/beauty';

export const text = {
  title: 'Classroom mode: play it with your class',
  goal: 'Run the guessing game with a real group and compare its reasoning depth with Nagel’s lab players, newspaper readers and the cognitive-hierarchy model.',
  p: {
    label: 'Winning number',
    /** Each choice of p by its URL value. */
    options: { '2/3': '2/3 of the average', '1/2': '1/2 of the average' },
  },
  entry: {
    label: 'The class’s guesses, from 0 to 100',
    placeholder: 'e.g. 33 22 50, 15; 0',
    help: 'Separate them with spaces, commas, semicolons or new lines; use a point for decimals (33.3). Everything is worked out in this browser: nothing is sent anywhere.',
    clear: 'Clear',
    /** Before the count of guesses read, with the space the language puts before it. */
    count: 'Guesses read: ',
  },
  chart: {
    title: 'The class’s guesses',
    students: 'Students',
    target: (value: string) => `Target ${value}`,
  },
  comparisonCaption: 'Your class beside the published first rounds',
  yourClass: 'Your class',
  bins: {
    caption: (width: number) => `The class’s guesses in bins of ${width}`,
    range: 'Guesses from–to',
    count: 'Students',
  },
  /** Why an entry was skipped, by the core's reason. */
  reasons: { 'not a number': 'not a number', 'outside 0 to 100': 'outside 0 to 100' } satisfies Record<RejectReason, string>,
  skippedEntry: (token: string, reason: string) => `“${token}” (${reason})`,
  /** The skipped entries: `shown` are the first few, `more` the count left unlisted. */
  skipped: (o: { count: number; shown: readonly string[]; more: number }) =>
    `Skipped ${o.count} ${o.count === 1 ? 'entry' : 'entries'}: ${o.shown.join(', ')}${o.more > 0 ? `, and ${o.more} more` : ''}.`,
  winner: (entry: number, guess: string) => `entry ${entry} (${guess})`,
  winners: (shown: readonly string[], more: number) => shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
  /** The sentence with no guesses yet; `skipped` is the skipped sentence or "". */
  invite: (o: { p: string; skipped: string }) =>
    `Type or paste the class’s guesses to find the winning number (${o.p} of the average) and the winners.${o.skipped ? ` ${o.skipped}` : ''}`,
  emptyDesc: 'No guesses yet: an empty histogram from 0 to 100.',
  /** The sentence once guesses are in; `nagelMean` is absent when no published round used this p. */
  summary: (o: { count: number; mean: string; target: string; winners: string; tied: boolean; nagelMean?: string; skipped: string }) =>
    `${o.count} ${o.count === 1 ? 'guess averages' : 'guesses average'} ${o.mean}, so the winning number is ${o.target}. ` +
    `${o.tied ? 'Tied for closest' : 'Closest'}: ${o.winners}.` +
    (o.nagelMean ? ` For comparison, Nagel’s lab players averaged ${o.nagelMean} in their first round.` : '') +
    (o.skipped ? ` ${o.skipped}` : ''),
  desc: (o: { count: number; width: number; from: number; to: number; busiest: number; target: string }) =>
    `Histogram of ${o.count} guesses in bins of ${o.width}; the busiest bin is ${o.from} to ${o.to} with ${o.busiest}. ` +
    `Target line at ${o.target}; reference lines at the level-1 and level-2 guesses.`,
  readouts: {
    mean: 'Average',
    target: 'Winning number',
    winners: 'Winner',
    levels: 'The dotted lines',
    levelsText: (one: string, two: string) => `Dotted lines: the one-step guess (${one}) and the two-step guess (${two}).`,
    p: 'Fraction of the average (p)',
    guesses: { label: 'The class’s guesses', note: 'typed in this page; nothing is sent anywhere' },
    targetInput: 'Winning number (T)',
    level0: { label: 'Level 0 guess', note: 'the middle of 0 to 100' },
  },
};

export type WidgetText = typeof text;
