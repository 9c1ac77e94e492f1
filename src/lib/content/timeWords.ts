/**
 * Finds "today", "now" and their kin standing next to a dated value: a sentence that says a 2024
 * figure is what something costs "today" goes stale the day a reader arrives. A hit is a word from
 * TIME_WORDS in the same sentence as a dated value: a year, a month and year, a <Fact> (every
 * fact has an as-of date), a lesson-note figure ({payback}) or a dollar amount. Pure, over plain
 * text, so tests can run it on chapters, lesson notes and widget text alike.
 */

/** Words that mean "at the time of reading". "Value today" (a present value) is not one of them. */
const TIME_WORDS = /\b(?:today(?:['’]s)?|now|nowadays|currently|at present|presently|these days|this year|this month|to date|recently|at the time of writing)\b/gi;
/** Phrases where such a word is a term of art, not a date: the present value of future cash. */
const TERMS_OF_ART = /\bvalue today\b|\bvalue of today\b/gi;
const DATED = [
  /\b(?:19|20)\d{2}\b/, // a year
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  /⟨fact⟩/, // a <Fact>, marked by `chapterProse`
  /(?<!\$)\{[\w:-]+\}/, // a lesson-note figure, e.g. {payback} or {2:profit-mining} (not a ${…} in code)
  /\$\s?\d/, // a dollar amount
];

export interface TimeWordHit {
  /** 1-based line in the file. */
  line: number;
  /** The word as written, e.g. "today". */
  word: string;
  /** The sentence it stands in, trimmed. */
  sentence: string;
}

/** Every time word that shares a sentence with a dated value, line by line. */
export function timeWordsNearDates(text: string, firstLine = 1): TimeWordHit[] {
  const hits: TimeWordHit[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const sentence of lineText.split(/(?<=[.!?])\s+/)) {
      const words = [...sentence.replace(TERMS_OF_ART, ' ').matchAll(TIME_WORDS)].map((m) => m[0]);
      if (words.length && DATED.some((re) => re.test(sentence))) {
        for (const word of words) hits.push({ line: firstLine + i, word, sentence: sentence.trim() });
      }
    }
  });
  return hits;
}

/**
 * A chapter's prose as the reader meets it, line for line: frontmatter kept (its summary is
 * prose too), code fences and comments blanked, each <Fact …/> replaced by a marker that counts
 * as a dated value, other tags dropped.
 */
export function chapterProse(mdx: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, '');
  return mdx
    .replace(/^```[\s\S]*?^```/gm, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<Fact\b[^>]*\/>/g, '⟨fact⟩')
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => blank(tag));
}

/** The string literals of a TypeScript file with their lines, for widget text ('…', "…", `…`). */
export function stringLiterals(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const re = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
  for (const m of code.matchAll(re)) {
    const line = code.slice(0, m.index).split('\n').length;
    out.push({ line, text: m[0].slice(1, -1) });
  }
  return out;
}
