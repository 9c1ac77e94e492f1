/**
 * Reads the data files in content/: content/<name>.json plus any content/<name>/*.json, so each
 * chapter can keep its own entries. Used by src/content.config.ts and by tests, which read the
 * same entries without Astro. Facts come back with computed values filled in (derivedFacts.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { resolveFacts, type FactLike, type FactRefs } from './derivedFacts';
import { computedNote } from './factFormat';
import type { factEntry } from './dataSchemas';
import type { Lang } from '../i18n/lang';

/** A fact as the site uses it, its value filled in. */
export type FactData = z.infer<typeof factEntry>;

export interface FileEntry<E> {
  /** Path from the project root, e.g. content/facts/01-halving-squeeze.json. */
  file: string;
  entry: E;
}

/** Every entry of content/<name>.json and content/<name>/*.json; an id defined twice throws, naming both files. */
export function readEntries<E extends { id: string }>(name: string, root = '.'): FileEntry<E>[] {
  const files = [`content/${name}.json`];
  const dir = join(root, 'content', name);
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith('.json')) files.push(`content/${name}/${f}`);
  const seen = new Map<string, string>();
  return files
    .filter((f) => existsSync(join(root, f)))
    .flatMap((file) => (JSON.parse(readFileSync(join(root, file), 'utf8')) as E[]).map((entry) => {
      const first = seen.get(entry.id);
      if (first) throw new Error(`The ${name} id "${entry.id}" is defined twice, in ${first} and in ${file}: rename one or remove the copy.`);
      seen.set(entry.id, file);
      return { file, entry };
    }));
}

/**
 * The facts with every computed value filled in. A fact that cannot be computed throws one
 * message listing each, with its file and a fix, like the chapters' content check.
 */
export function loadFacts(refs: FactRefs, root = '.', lang: Lang = 'en'): FactData[] {
  const read = readEntries<FactLike & { id: string }>('facts', root).map((r) => ({ ...r, entry: inEdition(r.entry, lang, root) }));
  const { facts, problems } = resolveFacts(read.map((r) => r.entry), refs);
  if (problems.length) {
    const fileOf = new Map(read.map((r) => [r.entry.id, r.file]));
    const lines = problems.map((p) => `${fileOf.get(p.id)} — ${p.message} Fix: ${p.fix}`);
    throw new Error(lines.length === 1 ? lines[0] : `${lines.length} facts cannot be computed:\n\n${lines.map((l) => `• ${l}`).join('\n\n')}`);
  }
  // A computed fact carries the sentence its popover gives, so pages need no lookups to say it.
  const byId = new Map((facts as FactData[]).map((f) => [f.id, f]));
  return (facts as FactData[]).map((f) => (f.derive ? { ...f, computed: computedNote(f, byId, refs) } : f));
}

/** What another edition says in place of a fact's words: content/<lang>/facts.json and facts/*.json, by fact id. */
export interface FactWords { label?: string; note?: string; suffix?: string; value?: string }

/** Every entry of content/<lang>/<name>.json and content/<lang>/<name>/*.json, one object keyed by id; an id given twice throws. */
export function readOverlay<T>(lang: Lang, name: string, root = '.'): Map<string, T> {
  const files = [join(root, 'content', lang, `${name}.json`)];
  const dir = join(root, 'content', lang, name);
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith('.json')) files.push(join(dir, f));
  const out = new Map<string, T>();
  for (const file of files.filter((f) => existsSync(f))) {
    for (const [id, words] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>)) {
      if (out.has(id)) throw new Error(`${file}: "${id}" is given twice in content/${lang}/${name}: keep one.`);
      out.set(id, words);
    }
  }
  return out;
}

const overlays = new Map<string, { words: Map<string, FactWords>; suffixes: Record<string, string> }>();

/**
 * A fact in an edition: its label, note, suffix and (for a text fact) value in that language.
 * A suffix comes from the fact's own entry, else the edition's shared content/<lang>/suffixes.json.
 * Anything the edition does not give stays English, which test/content/editions.test.ts catches.
 */
export function inEdition<F extends FactLike & { id: string; label: string; note?: string; suffix?: string }>(fact: F, lang: Lang, root = '.'): F {
  if (lang === 'en') return fact;
  let o = overlays.get(lang + root);
  if (!o) {
    const suffixFile = join(root, 'content', lang, 'suffixes.json');
    o = { words: readOverlay<FactWords>(lang, 'facts', root), suffixes: existsSync(suffixFile) ? JSON.parse(readFileSync(suffixFile, 'utf8')) : {} };
    overlays.set(lang + root, o);
  }
  const w = o.words.get(fact.id) ?? {};
  const out: F = { ...fact };
  if (w.label) out.label = w.label;
  if (fact.note !== undefined && w.note) out.note = w.note;
  const suffix = w.suffix ?? (fact.suffix !== undefined ? o.suffixes[fact.suffix] : undefined);
  if (suffix !== undefined) out.suffix = suffix;
  if (w.value !== undefined && typeof fact.value === 'string') out.value = w.value;
  return out;
}
