import { defineCollection, z } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { withPlainFrontmatter } from './lib/frontmatter';
import { chapterFields } from './lib/chapterFields';
import { teachNotes } from './lib/teachSchema';

// Chapter frontmatter fields: src/lib/chapterFields.ts. Slips are reported in plain words by src/lib/frontmatter.ts.
const chapters = defineCollection({
  loader: withPlainFrontmatter(glob({ pattern: '**/[^_]*.mdx', base: './content/chapters' }), {
    fields: chapterFields,
    readRaw: (f) => readFileSync(f, 'utf8'),
    standIn: (id) => ({ title: `${id} (frontmatter problem)`, summary: 'This chapter’s frontmatter has a problem: open it to see which.', order: 1e6 + [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1e6, 0), published: new Date() }),
  }),
  schema: chapterFields,
});

const sources = defineCollection({
  loader: async () => readEntries('sources'),
  schema: z.object({
    title: z.string(),
    publisher: z.string(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
    url: z.string().url().nullable(),
    supports: z.string(),
  }),
});

/**
 * Reads content/<name>.json plus any content/<name>/*.json, so each chapter can keep its own
 * entries. An id defined twice stops the build naming both files.
 */
function readEntries(name: string) {
  const files = [`./content/${name}.json`];
  if (existsSync(`./content/${name}`)) {
    for (const f of readdirSync(`./content/${name}`).sort()) if (f.endsWith('.json')) files.push(`./content/${name}/${f}`);
  }
  const seen = new Map<string, string>();
  return files
    .filter((f) => existsSync(f))
    .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { id: string }[]).map((e) => {
      const first = seen.get(e.id);
      if (first) throw new Error(`The ${name} id "${e.id}" is defined twice, in ${first} and in ${f}: rename one or remove the copy.`);
      seen.set(e.id, f);
      return e;
    }));
}

const facts = defineCollection({
  loader: async () => readEntries('facts'),
  schema: z.object({
    label: z.string(),
    value: z.union([z.number(), z.string()]),
    unit: z.string(),
    kind: z.enum(['number', 'date', 'text']).optional(),
    format: z.record(z.string(), z.any()).optional(),
    suffix: z.string().optional(),
    asOf: z.string(),
    source: z.string(),
    confidence: z.enum(['high', 'medium', 'low']).optional(),
    note: z.string().optional(),
  }),
});

const glossary = defineCollection({
  loader: file('./content/glossary.json'),
  schema: z.object({ term: z.string(), definition: z.string(), source: z.string().nullable() }),
});

const corrections = defineCollection({
  loader: file('./content/corrections.json', { parser: (text) => (JSON.parse(text) as object[]).map((c, i) => ({ id: String(i + 1), ...c })) }),
  schema: z.object({ date: z.string(), chapter: z.string(), text: z.string() }),
});

// Lesson notes, one file per widget: content/teach/<widget-id>.json (shape in src/lib/teachSchema.ts).
const teach = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/teach' }),
  schema: teachNotes,
});

export const collections = { chapters, sources, facts, glossary, corrections, teach };
