/**
 * Plain-words frontmatter errors. Astro's own message for a missing field is "title: Required",
 * and it drops custom zod messages for missing or mistyped fields, so chapters are checked here
 * first, against the same zod object, and a slip stops the build with the file, the line and a fix
 * (in `astro dev` the chapter is left out and the terminal shows the same message).
 * Each field's `.describe()` text is its fix, e.g. `add the title in quotes: title: "The squeeze"`.
 */
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { didYouMean, closest } from './didYouMean';
import { formatProblem, type ContentProblem } from './contentCheck';

type Fields = z.ZodObject<z.ZodRawShape>;

/** 1-based line of `key:` in the frontmatter, or 1 when the key is not there. */
function lineOf(raw: string, key: string): number {
  const lines = raw.split('\n');
  const end = lines.indexOf('---', 1);
  const at = lines.slice(0, end < 0 ? undefined : end).findIndex((l) => new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(l));
  return at < 0 ? 1 : at + 1;
}

const describe = (fields: Fields, key: string) => fields.shape[key]?.description ?? `see the frontmatter fields in EDITING.md.`;
const shownValue = (v: unknown) => (typeof v === 'string' ? `"${v}"` : v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v));

/** Every frontmatter slip in one chapter: misspelt fields first, then missing or mistyped ones. */
export function frontmatterProblems(file: string, raw: string, data: Record<string, unknown>, fields: Fields): ContentProblem[] {
  const result = fields.safeParse(data);
  if (result.success) return [];
  const known = Object.keys(fields.shape);
  const problems: ContentProblem[] = [];
  // A misspelt field comes first, and covers the "missing" report of the field it was meant to be.
  const meant = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const near = closest(key, known);
      if (near) meant.add(near);
      problems.push({
        file, line: lineOf(raw, key),
        message: `Unknown frontmatter field "${key}".${didYouMean(key, known)}`,
        fix: near ? `rename it to ${near}, or remove it. Chapters take: ${known.join(', ')}.` : `remove it, or use one of: ${known.join(', ')}.`,
      });
    }
  }
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys' || (meant.has(key) && data[key] === undefined)) continue;
    const value = data[key];
    // Messages written in chapterFields (".int('must be a whole number.')") beat zod's defaults.
    const custom = !/^(Expected|Required|Invalid)/.test(issue.message);
    const message =
      value === undefined || value === null ? `Frontmatter field "${key}" is missing.`
      : issue.code === 'invalid_type' && !custom ? `Frontmatter field "${key}" has the wrong type: ${shownValue(value)} is a ${issue.received}, not a ${issue.expected}.`
      : issue.code === 'invalid_date' ? `Frontmatter field "${key}" is not a date: ${shownValue(value)}.`
      : `Frontmatter field "${key}" ${shownValue(value)}: ${issue.message}`;
    problems.push({ file, line: value === undefined ? 1 : lineOf(raw, key), message, fix: describe(fields, key) });
  }
  return problems;
}

/** Where the dev-mode stand-in entry carries its problems (see `withPlainFrontmatter`). */
const PROBLEMS_KEY = '_frontmatterProblems';

export interface PlainFrontmatterOptions {
  fields: Fields;
  /** Reads a chapter file, for line numbers. */
  readRaw: (filePath: string) => string;
  /** Valid stand-in data for an entry whose frontmatter is wrong (dev only). */
  standIn: (id: string) => Record<string, unknown>;
}

/**
 * Wraps a loader (the chapters' glob) so each entry's frontmatter is checked by
 * `frontmatterProblems` before Astro's schema check. In a build a slip throws one plain message.
 * In `astro dev` a throw here would stop the dev server, so the entry is stored with stand-in
 * data carrying the problems instead, and `assertFrontmatterOk` throws them when a page lists the
 * chapters: the message appears in the browser's error overlay. (Astro keeps unchanged entries
 * between runs, so a build checks for stored problems too.)
 */
export function withPlainFrontmatter(loader: Loader, { fields, readRaw, standIn }: PlainFrontmatterOptions): Loader {
  return {
    ...loader,
    load: (context) => {
      const found = new Map<string, ContentProblem[]>();
      return loader.load({
        ...context,
        parseData: async (props) => {
          const file = relativeFile(props.filePath ?? props.id);
          let raw = '';
          try { raw = readRaw(props.filePath ?? ''); } catch { /* no file: line numbers fall back to 1 */ }
          const problems = frontmatterProblems(file, raw, props.data, fields);
          if (!problems.length) return context.parseData(props);
          if (!context.watcher) throw new FrontmatterError(problems);
          found.set(props.id, problems);
          return context.parseData({ ...props, data: standIn(props.id) as typeof props.data });
        },
        store: new Proxy(context.store, {
          get(store, key) {
            const value = Reflect.get(store, key, store);
            if (key !== 'set') return typeof value === 'function' ? value.bind(store) : value;
            return (entry: Parameters<typeof store.set>[0]) => {
              const problems = found.get(entry.id);
              found.delete(entry.id);
              return store.set(problems ? { ...entry, data: { ...entry.data, [PROBLEMS_KEY]: problems } } : entry);
            };
          },
        }),
      });
    },
  };
}

/** Throws the frontmatter problems that dev mode stored on stand-in entries, if any. */
export function assertFrontmatterOk(entries: readonly { data: object }[]) {
  const problems = entries.flatMap((e) => (e.data as Record<string, ContentProblem[] | undefined>)[PROBLEMS_KEY] ?? []);
  if (problems.length) throw new FrontmatterError(problems);
}

const relativeFile = (path: string) => {
  const at = path.lastIndexOf('content/');
  return at >= 0 ? path.slice(at) : path;
};

class FrontmatterError extends Error {
  loc?: { file: string; line: number; column: number };
  hint: string;
  /** Shown as the heading of Astro's dev overlay. */
  title = 'A chapter’s frontmatter needs a fix';
  constructor(problems: ContentProblem[]) {
    super(problems.length === 1 ? formatProblem(problems[0]!) : `${problems.length} frontmatter problems:\n\n${problems.map((p) => `• ${formatProblem(p)}`).join('\n\n')}`);
    this.name = 'FrontmatterError';
    this.loc = { file: resolve(problems[0]!.file), line: problems[0]!.line ?? 1, column: 1 };
    this.hint = 'The frontmatter is the block between the two --- lines at the top of the chapter. EDITING.md lists every field.';
  }
}
