/**
 * "Play it"'s words: its title and settings (meta.ts), the round's sentences and results
 * (model.ts), readouts and their inputs (readouts.ts), and the view's buttons, chart and tables.
 * zh.ts has the same keys. Numbers arrive formatted, except counts of people and rounds.
 */
export const text = {
  title: 'Play it: guess two thirds of the average',
  goal: 'Feel the beauty contest from inside: to win you must guess how deeply everyone else thinks, and round after round the guesses unravel toward zero.',
  schema: {
    guess: 'Your guess',
    tau: { label: 'Crowd’s thinking depth τ', unit: 'steps' },
    p: { label: 'Winning number', options: { '2/3': '2/3 of the average', '1/2': '1/2 of the average' } },
    size: { label: 'Crowd size', options: { '25': '25 people (a class)', '100': '100 people', '1000': '1,000 people' } },
    seed: 'Crowd seed',
  },

  // model.ts
  cannotPlay: (message: string) => `These settings cannot be played: ${message}.`,
  yourGame: 'Your game, round 1 (crowd and you)',
  won: 'won',
  tied: 'tied for closest',
  /** The reader's place when they did not win; `ordinal` is formatted ("33rd"). */
  place: (ordinal: string, people: number) => `${ordinal} closest of ${people}`,
  /** "3 of 10": the round on show and the last one. */
  roundOf: (round: number, rounds: number) => `${round} of ${rounds}`,
  /** A histogram bin's range, for the data table. */
  binRange: (from: number, to: number) => `${from}–${to}`,
  verdictWon: (o: { guess: string; tied: boolean; people: number }) =>
    `Your ${o.guess} ${o.tied ? 'tied for the closest' : 'was the closest'} of all ${o.people} guesses: you win.`,
  verdictLost: (o: { guess: string; away: string; ordinal: string; people: number; best: string }) =>
    `Your ${o.guess} was ${o.away} away, the ${o.ordinal} closest of ${o.people}; the best guess in the crowd was ${o.best}.`,
  /** The live summary once the round's result is on show; `p` is the multiplier as written ("2/3"). */
  summaryResult: (o: { round: number; people: number; mean: string; p: string; target: string; verdict: string }) =>
    `Round ${o.round}: the ${o.people} guesses averaged ${o.mean}, so the winning number was ${o.p} of that, ${o.target}. ${o.verdict}`,
  descResult: (o: { crowd: number; round: number; bin: number; low: string; high: string; target: string; guess: string }) =>
    `Histogram of the crowd's ${o.crowd} guesses in round ${o.round}, in bins of ${o.bin}: the middle half fall between ${o.low} and ${o.high}. Target line at ${o.target}; your guess at ${o.guess}.`,
  anchorFirst: 'The crowd has already chosen.',
  anchorNext: (anchor: string) => `The crowd saw last round’s winning number, ${anchor}, and now reasons from there.`,
  /** The live summary while the round waits for a guess; `anchor` is anchorFirst or anchorNext. */
  summaryGuess: (o: { round: number; p: string; people: number; anchor: string; guess: string }) =>
    `Round ${o.round}: pick a number from 0 to 100. The winner is whoever comes closest to ${o.p} of the average of all ${o.people} guesses, yours included. ${o.anchor} Your guess so far: ${o.guess}, not yet submitted.`,
  descGuess: (round: number, guess: string) =>
    `Round ${round} is waiting for your guess; the crowd's guesses are hidden until you submit. Your pending guess is ${guess}.`,

  // readouts.ts
  hidden: 'hidden',
  waiting: 'waiting for your guess',
  mean: 'Average guess',
  target: 'Winning number',
  result: 'Your place',
  tauInput: 'Crowd’s thinking depth τ (τ)',
  averageInput: 'Average of all guesses',
  averageNote: 'computed by beautyGame',
  targetInput: 'Winning number (T)',

  // BeautyPlay.svelte
  round: 'Round',
  chartTitle: (round: number) => `Guesses of the crowd, round ${round}`,
  people: 'People',
  targetMarker: (target: string) => `Target ${target}`,
  youMarker: (guess: string) => `You ${guess}`,
  veil: 'The crowd’s guesses appear when you submit yours.',
  formLabel: (round: number) => `Your guess, round ${round}`,
  typeIt: 'Or type it',
  submit: 'Submit guess',
  startOver: 'Start over',
  nextRound: 'Next round',
  seedHint: 'The same seed gives the same crowd.',
  newCrowd: 'New crowd',
  binColumn: 'Guesses from–to',
  binsCaption: (round: number, bin: number) => `The crowd’s guesses in round ${round}, in bins of ${bin} (empty until you submit)`,

  // PlayTables.svelte
  historyTitle: 'Rounds so far: the crowd re-anchors on the last winning number',
  history: {
    round: 'Round',
    anchor: 'Crowd’s anchor',
    predicted: 'Model average',
    mean: 'Actual average',
    target: 'Target',
    you: 'You',
    result: 'Result',
  },
  comparisonCaption: 'How real crowds played round 1',
};

export type WidgetText = typeof text;
