/**
 * Binds the pure content check to this site: ids from content/, widget schemas from the registry,
 * story components from src/story/componentSpecs.ts, files under public/. The chapter page calls
 * `assertChaptersOk` before rendering, so a slip stops the build, and in `astro dev` shows in the
 * browser's error overlay with the chapter's line highlighted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { getFacts, getGlossary, getSources } from '@lib/content/content';
import { chapterSettings, checkChapter, problemsMessage, type ContentLookups, type ContentProblem } from '@lib/content/contentCheck';
import { unusedTerms } from '@lib/content/glossaryCheck';
import { storyComponents } from '@story/componentSpecs';
import { widgets } from '@widgets/registry';
import type { Chapter } from '@lib/content/chapters';
import { assertFrontmatterOk } from '@lib/content/frontmatter';
import { checkTranslation } from '@lib/content/translationCheck';
import { LANG } from '@lib/i18n';

export async function contentLookups(): Promise<ContentLookups> {
  const [sources, facts, glossary] = await Promise.all([getSources(), getFacts(), getGlossary()]);
  return {
    sources: new Set(sources.keys()),
    facts: new Set(facts.keys()),
    terms: new Set(glossary.keys()),
    components: storyComponents,
    widgets: Object.fromEntries(widgets.map((w) => [w.component, chapterSettings(w)])),
    publicFile: (path) => existsSync(join('public', decodeURI(path.split(/[?#]/)[0]!))),
    glossary: [...glossary.entries()].map(([id, g]) => ({ id, term: g.term, match: g.match, except: g.except })),
  };
}

/** The chapter's file as written (frontmatter included, so line numbers match the editor's). */
function chapterFile(c: Chapter): { file: string; text: string } {
  const file = c.filePath ?? `content/chapters/${c.id}.mdx`;
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch {
    return { file, text: c.body ?? '' };
  }
}

/** An Error the dev overlay can point at: `loc` gives the code frame, `hint` the fix. */
class ContentError extends Error {
  loc?: { file: string; line: number; column: number };
  hint?: string;
  /** Shown as the heading of Astro's dev overlay. */
  title = 'A chapter needs a fix';
  constructor(problems: ContentProblem[]) {
    super(problemsMessage(problems));
    this.name = 'ContentError';
    const first = problems[0]!;
    if (first.line) this.loc = { file: resolve(first.file), line: first.line, column: 1 };
    this.hint = 'EDITING.md shows every component a chapter can use, with its props and an example.';
  }
}

const GLOSSARY_FILE = LANG === 'en' ? 'content/glossary.json' : `content/${LANG}/glossary.json`;

/**
 * Throws one error listing every problem in these chapters (frontmatter first), or returns quietly.
 * Given every chapter (`allChapters`), it also names glossary terms that no chapter links.
 */
export async function assertChaptersOk(chapters: readonly Chapter[], { allChapters = true } = {}): Promise<void> {
  assertFrontmatterOk(chapters);
  const lookups = await contentLookups();
  const files = chapters.map(chapterFile);
  const problems = files.flatMap(({ file, text }) => checkChapter(file, text, lookups));
  // A translation uses the same widgets, facts, citations and terms as its English chapter.
  if (LANG !== 'en') problems.push(...files.flatMap(({ file, text }) => {
    const english = `content/chapters/${basename(file)}`;
    if (!existsSync(english)) return [{ file, line: 1, message: `There is no English chapter ${english} for this translation.`, fix: 'name the file as its English chapter is named, or remove it' }];
    return checkTranslation(file, text, english, readFileSync(english, 'utf8'));
  }));
  if (allChapters && lookups.glossary) {
    problems.push(...unusedTerms(GLOSSARY_FILE, readFileSync(GLOSSARY_FILE, 'utf8'), lookups.glossary, files.map((f) => f.text)));
  }
  if (problems.length) throw new ContentError(problems);
}
