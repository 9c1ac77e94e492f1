/** Words the content layer writes itself: how a computed fact was worked out. zh.ts has the same keys. */
export const contentText = {
  byCore: (fn: string) => `the core’s ${fn}`,
  byArithmetic: 'plain arithmetic',
  computedBy: (by: string, what: string, inputs: string[]) => `Computed by ${by}${what}${inputs.length ? ` from: ${inputs.join('; ')}` : ''}.`,
  pick: (field: string) => ` (${field})`,
  inputNamed: (label: string, shown: string) => `${label}, ${shown}`,
};

export type ContentText = typeof contentText;
