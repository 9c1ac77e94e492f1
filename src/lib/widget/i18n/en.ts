/**
 * The words every widget shares: its frame, controls, notes about the URL and provenance popovers.
 * zh.ts has the same keys (a missing one fails the type check and test/lib/i18n.test.ts). A
 * widget's own words live in its folder's i18n/; the embed builder's in ../share/i18n/, which loads
 * with the builder; the lesson notes' in src/lib/teach/i18n/, used on the server only.
 */
export const ui = {
  showNumbers: 'Show the numbers',
  downloadCsv: 'Download these numbers as CSV',
  adjusted: 'Some settings in the link were adjusted:',
  datedPresets: 'Dated starting points',
  howCalculated: (label: string) => `How this was calculated: ${label}`,
  howComputed: 'How these numbers are computed',
  embedOrShare: 'Embed or share',
  // A still's (server only: scripts/client-omits.mjs): its fixed settings, and the link to the live widget.
  stillSettings: 'Settings of this still (fixed)',
  stillLink: 'Try other settings in the live widget, in its own chapter',
  defaultAsOf: (value: string, asOf: string) => `Default: ${value}, as of ${asOf}`,
  unitInLabel: (label: string, unit: string) => `${label} (${unit})`,
  /** A label and the formula's symbol for it: "Power price (c)". */
  withSymbol: (label: string, symbol: string) => `${label} (${symbol})`,
  // Notes about the link's settings (src/lib/widget/params.ts).
  notAChoice: (label: string, raw: string) => `${label}: "${raw}" is not one of the choices, so the default is shown.`,
  notANumber: (label: string, raw: string) => `${label}: "${raw}" is not a number, so the default is shown.`,
  belowMin: (label: string, raw: string, min: string) => `${label}: ${raw} is below the lowest allowed value, so ${min} is used.`,
  aboveMax: (label: string, raw: string, max: string) => `${label}: ${raw} is above the highest allowed value, so ${max} is used.`,
  givenTwice: (label: string, times: number) => `${label} was given ${times} times; the last value is used.`,
  yourSetting: (sourced: boolean, value: string) => `your setting; the ${sourced ? 'sourced ' : ''}default is ${value}`,
};

export type UiText = typeof ui;

