/**
 * A formula as the site shows it in a provenance popover: plain words, the
 * symbolic form, and the name of the core function that computes it (so a
 * reader can find the code and its tests). The client build ships only `fn`;
 * the page carries the rest (formulaKeys, scripts/client-omits.mjs).
 */
export interface Formula {
  /** One sentence a non-specialist can read. */
  words: string;
  /** Compact symbolic form, with the symbols defined in `words`. */
  symbols: string;
  /** Name of the exported core function that evaluates it. */
  fn: string;
}
