import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { withPlainFrontmatter } from './lib/content/frontmatter';
import { chapterFields } from './lib/content/chapterFields';
import { teachNotes } from './lib/teach/teachSchema';
import { correctionEntry, dealEntry, factEntry, glossaryEntry, sourceEntry } from './lib/content/dataSchemas';
import { loadFacts, readEntries, readOverlay } from './lib/content/dataFiles';
import { siteFactRefs } from './site/factRefs';
import { LANG } from './lib/i18n';

// This build's edition (src/lib/i18n): English reads content/, Chinese its chapters, lesson notes,
// glossary and corrections from content/zh/, and its words for facts and sources over the English.
const zh = LANG !== 'en';
const base = (dir: string) => (zh ? `./content/${LANG}/${dir}` : `./content/${dir}`);
const dataFile = (name: string) => (zh ? `./content/${LANG}/${name}` : `./content/${name}`);

// Chapter frontmatter fields: src/lib/content/chapterFields.ts. Slips are reported in plain words by src/lib/content/frontmatter.ts.
const chapters = defineCollection({
  loader: withPlainFrontmatter(glob({ pattern: '**/[^_]*.mdx', base: base('chapters') }), {
    fields: chapterFields,
    readRaw: (f) => readFileSync(f, 'utf8'),
    standIn: (id) => ({ title: `${id} (frontmatter problem)`, summary: 'This chapter’s frontmatter has a problem: open it to see which.', order: 1e6 + [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1e6, 0), published: new Date(), asOf: new Date().toISOString().slice(0, 7) }),
  }),
  schema: chapterFields,
});

const sources = defineCollection({
  loader: async () => {
    const words = zh ? readOverlay<{ supports?: string }>(LANG, 'sources') : new Map<string, { supports?: string }>();
    return readEntries<{ id: string; supports?: string }>('sources').map((r) => ({ ...r.entry, ...words.get(r.entry.id) }));
  },
  schema: sourceEntry,
});

// Facts: a computed fact ("derive") gets its value here, from the core (src/lib/content/derivedFacts.ts).
const facts = defineCollection({
  loader: async () => loadFacts(siteFactRefs, '.', LANG),
  schema: factEntry,
});

const glossary = defineCollection({
  // The Chinese glossary gives each term's words and match list; its source is the English entry's.
  loader: zh ? async () => {
    const sources = new Map((JSON.parse(readFileSync('./content/glossary.json', 'utf8')) as { id: string; source: string | null }[]).map((g) => [g.id, g.source]));
    return (JSON.parse(readFileSync(dataFile('glossary.json'), 'utf8')) as { id: string }[]).map((g) => ({ ...g, source: sources.get(g.id) ?? null }));
  } : file('./content/glossary.json'),
  schema: glossaryEntry,
});

const corrections = defineCollection({
  loader: file(dataFile('corrections.json'), { parser: (text) => (JSON.parse(text) as object[]).map((c, i) => ({ id: String(i + 1), ...c })) }),
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
  loader: glob({ pattern: '*.json', base: base('teach') }),
  schema: teachNotes,
});

export const collections = { chapters, sources, facts, glossary, corrections, teach, deals };
