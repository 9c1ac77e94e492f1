/**
 * The glossary in the prose: each chapter links a glossary term (`<Term id="…">`) at its first use,
 * and every term in content/glossary.json is linked by some chapter. A term is found by its words,
 * case-insensitively, as a whole word with an optional plural "s" or "es", in the prose a reader
 * sees: not in headings, tag attributes, code, comments or the frontmatter. Pure, so tests pass
 * small hand-made glossaries; src/site/contentLookups.ts binds it to content/glossary.json.
 */
import type { ContentProblem } from './contentCheck';

/** What the check needs from a glossary entry. */
export interface GlossaryTerm {
  id: string;
  term: string;
  /** Words that count as a use; default: the term, and the part in brackets, e.g. "J/TH". */
  match?: readonly string[];
  /** Longer phrases that contain the words but are not a use, e.g. "Hashrate Index". */
  except?: readonly string[];
}

/** "joules per terahash (J/TH)" → ["joules per terahash", "J/TH"]; an explicit `match` wins. */
export function matchWords(t: GlossaryTerm): string[] {
  if (t.match?.length) return [...t.match];
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(t.term);
  return m ? [m[1]!, m[2]!] : [t.term];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A word ends where Latin letters and digits do. Chinese has no spaces between words, so a Chinese
// term is found wherever it occurs, next to other characters too.
const wordRe = (words: readonly string[], plural: boolean) =>
  new RegExp(`(?<![\\p{Script=Latin}\\p{N}])(?:${words.map(escape).join('|')})${plural ? '(?:e?s)?' : ''}(?![\\p{Script=Latin}\\p{N}])`, 'giu');
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** A tag with quoted or braced attribute values, which may hold ">" or line breaks. */
const TAG = /<\/?[A-Za-z][\w.:-]*(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*>/g;

interface TermSpan {
  id: string;
  /** Offset of the `<Term` tag. */
  start: number;
  /** End of its text (the closing tag, or the tag itself when self-closing). */
  end: number;
}

/**
 * The chapter as a mask over its text: prose kept at its offsets, everything else blanked (newlines
 * kept, so offsets give lines), and where each <Term> sits.
 */
export function proseMask(mdx: string): { prose: string; terms: TermSpan[] } {
  const terms: TermSpan[] = [];
  for (const m of mdx.matchAll(/<Term\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    const id = /\bid=["']([^"']*)["']/.exec(m[0])?.[1] ?? '';
    const open = m.index!;
    const close = m[1] ? open + m[0].length : mdx.indexOf('</Term>', open);
    terms.push({ id, start: open, end: close < 0 ? mdx.length : close });
  }
  const prose = mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/, blank)
    .replace(/^[ \t]*(`{3,}|~{3,})[\s\S]*?^[ \t]*\1[ \t]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/^#{1,6}[ \t].*$/gm, blank)
    .replace(TAG, blank);
  return { prose, terms };
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * A problem for each glossary term whose first use in the chapter is not linked: the first place
 * its words appear (outside other terms' links) comes before any <Term id="…"> for it.
 */
export function unlinkedFirstUses(file: string, mdx: string, glossary: readonly GlossaryTerm[]): ContentProblem[] {
  const { prose, terms } = proseMask(mdx);
  const problems: ContentProblem[] = [];
  for (const g of glossary) {
    const text = g.except?.length ? prose.replace(wordRe(g.except, false), blank) : prose;
    const linked = terms.filter((t) => t.id === g.id);
    const firstLink = linked.length ? Math.min(...linked.map((t) => t.start)) : Infinity;
    const inOtherTerm = (at: number) => terms.some((t) => t.id !== g.id && at > t.start && at < t.end);
    const inOwnTerm = (at: number) => linked.some((t) => at > t.start && at < t.end);
    const first = [...text.matchAll(wordRe(matchWords(g), true))].find((m) => !inOtherTerm(m.index!));
    if (!first || first.index! > firstLink || inOwnTerm(first.index!)) continue;
    problems.push({
      file,
      line: lineAt(mdx, first.index!),
      message: `"${first[0]}" is this chapter's first use of the glossary term "${g.term}", and it is not linked.`,
      fix: `write <Term id="${g.id}">${first[0]}</Term> here, at the first use, so readers can look it up (later uses stay plain). If these words mean something else here, add the phrase to the term's "except" list in content/glossary.json.`,
    });
  }
  return problems;
}

/** Ids linked by `<Term id="…">` anywhere in these chapters. */
export const linkedTermIds = (chapters: readonly string[]) => new Set(chapters.flatMap((c) => [...c.matchAll(/<Term\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!)));

/**
 * A problem for each glossary term that no chapter links, at its line in the glossary file.
 * `glossaryText` is the file as written, for line numbers.
 */
export function unusedTerms(glossaryFile: string, glossaryText: string, glossary: readonly GlossaryTerm[], chapters: readonly string[]): ContentProblem[] {
  const used = linkedTermIds(chapters);
  return glossary
    .filter((g) => !used.has(g.id))
    .map((g) => {
      const at = glossaryText.indexOf(`"id": "${g.id}"`);
      return {
        file: glossaryFile,
        line: at < 0 ? undefined : lineAt(glossaryText, at),
        message: `The glossary term "${g.term}" is not linked from any chapter.`,
        fix: `link it where a chapter first uses it, <Term id="${g.id}">${matchWords(g)[0]}</Term>, or remove the term from ${glossaryFile}.`,
      };
    });
}
