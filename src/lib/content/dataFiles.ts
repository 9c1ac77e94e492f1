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
export function loadFacts(refs: FactRefs, root = '.'): FactData[] {
  const read = readEntries<FactLike & { id: string }>('facts', root);
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
