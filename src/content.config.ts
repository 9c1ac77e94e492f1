import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { withPlainFrontmatter } from './lib/content/frontmatter';
import { chapterFields } from './lib/content/chapterFields';
import { teachNotes } from './lib/teach/teachSchema';
import { correctionEntry, dealEntry, factEntry, glossaryEntry, sourceEntry } from './lib/content/dataSchemas';
import { loadFacts, readEntries } from './lib/content/dataFiles';
import { siteFactRefs } from './site/factRefs';

// Chapter frontmatter fields: src/lib/content/chapterFields.ts. Slips are reported in plain words by src/lib/content/frontmatter.ts.
const chapters = defineCollection({
  loader: withPlainFrontmatter(glob({ pattern: '**/[^_]*.mdx', base: './content/chapters' }), {
    fields: chapterFields,
    readRaw: (f) => readFileSync(f, 'utf8'),
    standIn: (id) => ({ title: `${id} (frontmatter problem)`, summary: 'This chapter’s frontmatter has a problem: open it to see which.', order: 1e6 + [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1e6, 0), published: new Date(), asOf: new Date().toISOString().slice(0, 7) }),
  }),
  schema: chapterFields,
});

const sources = defineCollection({
  loader: async () => readEntries('sources').map((r) => r.entry),
  schema: sourceEntry,
});

// Facts: a computed fact ("derive") gets its value here, from the core (src/lib/content/derivedFacts.ts).
const facts = defineCollection({
  loader: async () => loadFacts(siteFactRefs),
  schema: factEntry,
});

const glossary = defineCollection({
  loader: file('./content/glossary.json'),
  schema: glossaryEntry,
});

const corrections = defineCollection({
  loader: file('./content/corrections.json', { parser: (text) => (JSON.parse(text) as object[]).map((c, i) => ({ id: String(i + 1), ...c })) }),
  schema: correctionEntry,
});

// The deals board's deals: checked here so a slip stops the build naming the field; the widget
// imports content/deals.json itself, and test/content/deals.test.ts checks their sources exist.
const deals = defineCollection({
  loader: file('./content/deals.json'),
  schema: dealEntry,
});

// Shapes of sources, facts, terms, corrections and deals: src/lib/content/dataSchemas.ts.

// Lesson notes, one file per widget: content/teach/<widget-id>.json (shape in src/lib/teach/teachSchema.ts).
const teach = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/teach' }),
  schema: teachNotes,
});

export const collections = { chapters, sources, facts, glossary, corrections, teach, deals };
