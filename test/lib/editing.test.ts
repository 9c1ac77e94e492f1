import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChapter, formatProblem } from '@lib/content/contentCheck';
import { chapterFields } from '@lib/content/chapterFields';
import { withWidgetReference } from '@lib/content/widgetDocs';
import { storyComponents } from '@story/componentSpecs';
import { widgets } from '@widgets/registry';
import { correctionEntry, dealEntry, factFileEntry, glossaryEntry, sourceEntry } from '@lib/content/dataSchemas';
import { readEntries } from '@lib/content/dataFiles';
import { resolveFacts, type FactLike } from '@lib/content/derivedFacts';
import { factFunctions } from '@lib/content/factFunctions';
import { siteFactRefs } from '@site/factRefs';
import { teachScenario } from '@lib/teach/teachSchema';
import { realLookups } from '../support/contentLookups';
import { docBlocks, EDITING, mdxExamples, SNIPPET_FILE, snippetChapter } from '../support/editingDoc';

const read = () => readFileSync(EDITING, 'utf8');
const lookups = realLookups();

describe('EDITING.md', () => {
  it('lists every widget and setting as the registry has them (npm run docs:editing rewrites the list)', () => {
    const doc = read();
    const fresh = withWidgetReference(doc, widgets);
    if (process.env.UPDATE_EDITING) writeFileSync(EDITING, fresh);
    else expect(doc === fresh, 'The widget list in EDITING.md is out of date: run `npm run docs:editing`.').toBe(true);
  });

  it('has mdx examples that pass the content check', () => {
    const { chapters, snippets } = mdxExamples(read());
    expect(chapters.length).toBeGreaterThan(0);
    expect(snippets.length).toBeGreaterThan(widgets.length);
    for (const c of chapters) expect(checkChapter('content/chapters/example.mdx', c, lookups).map(formatProblem)).toEqual([]);
    for (const s of snippets) expect(checkChapter(SNIPPET_FILE, snippetChapter(s), lookups).map(formatProblem), s).toEqual([]);
  });

  it('quotes the real message for each mistake it shows', () => {
    const blocks = docBlocks(read());
    const wrong = blocks.flatMap((b, i) => (b.info === 'mdx wrong' ? [{ code: b.code, message: blocks[i + 1] }] : []));
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const { code, message } of wrong) {
      expect(message?.info, `the mdx wrong block "${code}" needs a text block with its message after it`).toBe('text');
      expect(checkChapter(SNIPPET_FILE, snippetChapter(code), lookups).map(formatProblem).join('\n')).toBe(message!.code);
    }
  });

  it('shows every component a chapter can use in a heading and an example', () => {
    const doc = read();
    const examples = mdxExamples(doc).snippets.join('\n');
    for (const name of Object.keys(storyComponents)) {
      expect(doc, `a heading for <${name}>`).toMatch(new RegExp(`^###.*\`<${name}>\``, 'm'));
      expect(examples, `an example of <${name}>`).toContain(`<${name}`);
    }
    for (const w of widgets) expect(examples, `an example of <${w.component}>`).toContain(`<${w.component}`);
  });

  it('lists every frontmatter field', () => {
    const doc = read();
    for (const field of Object.keys(chapterFields.shape)) expect(doc, field).toContain(`| \`${field}\` |`);
  });

  it('has data-file examples in the shapes the build checks, citing sources that exist', () => {
    const shapes = { source: sourceEntry, fact: factFileEntry, 'computed-fact': factFileEntry, term: glossaryEntry, correction: correctionEntry.omit({ id: true }), scenario: teachScenario, deal: dealEntry };
    const blocks = docBlocks(read()).filter((b) => b.info.startsWith('json '));
    expect(blocks.map((b) => b.info.slice(5)).sort()).toEqual(Object.keys(shapes).sort());
    for (const b of blocks) {
      const entry = JSON.parse(b.code) as { source?: string | null; sourceIds?: string[] };
      const shape = shapes[b.info.slice(5) as keyof typeof shapes];
      expect(shape.safeParse(entry).error?.issues ?? [], b.info).toEqual([]);
      if (entry.source) expect(lookups.sources.has(entry.source), `${b.info} cites "${entry.source}"`).toBe(true);
      for (const id of entry.sourceIds ?? []) expect(lookups.sources.has(id), `${b.info} cites "${id}"`).toBe(true);
    }
  });

  it('has a computed-fact example that the site computes', () => {
    const block = docBlocks(read()).find((b) => b.info === 'json computed-fact')!;
    const example = JSON.parse(block.code) as FactLike;
    const { facts, problems } = resolveFacts([...readEntries<FactLike>('facts').map((r) => r.entry), example], siteFactRefs);
    expect(problems).toEqual([]);
    expect(facts.at(-1)!.value).toBeGreaterThan(0);
  });

  it('lists every function a computed fact can use, and no other', () => {
    const table = /^\| `fn` \|.*\n\| ---.*\n((?:\|.*\n)+)/m.exec(read())?.[1] ?? '';
    const rows = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(Object.keys(factFunctions).sort());
  });
});
