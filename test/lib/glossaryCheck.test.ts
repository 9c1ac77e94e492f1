import { describe, expect, it } from 'vitest';
import { matchWords, unlinkedFirstUses, unusedTerms, type GlossaryTerm } from '@lib/content/glossaryCheck';
import { checkChapter, type ContentLookups } from '@lib/content/contentCheck';
import { storyComponents } from '@story/componentSpecs';

const glossary: GlossaryTerm[] = [
  { id: 'hashprice', term: 'hashprice' },
  { id: 'hashrate', term: 'hashrate', match: ['hashrate', 'hashing power'], except: ['Hashrate Index'] },
  { id: 'joules-per-terahash', term: 'joules per terahash (J/TH)' },
  { id: 'gpu', term: 'GPU' },
  { id: 'gpu-hour', term: 'GPU-hour' },
];
const FM = '---\ntitle: "T"\nsummary: "A summary line."\norder: 9\npublished: 2026-11-25\nasOf: 2024-12\n---\n';
/** "line: term" of each unlinked first use; the frontmatter takes lines 1–7, so the body starts on line 8. */
const check = (body: string) => unlinkedFirstUses('c.mdx', FM + body, glossary).map((p) => `${p.line}: ${/glossary term "([^"]+)"/.exec(p.message)![1]}`);

describe('matchWords', () => {
  const cases: { args: GlossaryTerm; expected: string[] }[] = [
    { args: { id: 'a', term: 'hashprice' }, expected: ['hashprice'] },
    { args: { id: 'a', term: 'joules per terahash (J/TH)' }, expected: ['joules per terahash', 'J/TH'] },
    { args: { id: 'a', term: 'colocation (hosting)', match: ['hosting'] }, expected: ['hosting'] },
    { args: { id: 'a', term: 'x', match: [] }, expected: ['x'] },
  ];
  for (const { args, expected } of cases) it(`reads ${JSON.stringify(args)} as ${JSON.stringify(expected)}`, () => expect(matchWords(args)).toEqual(expected));
});

describe('unlinkedFirstUses', () => {
  const cases: { name: string; body: string; expected: string[] }[] = [
    { name: 'nothing in a chapter that never uses a term', body: 'Miners earn bitcoin.', expected: [] },
    { name: 'an unlinked first use, case-insensitively', body: 'Hashprice fell.', expected: ['8: hashprice'] },
    { name: 'nothing when the first use is linked and later ones are plain', body: 'The <Term id="hashprice">hashprice</Term> fell, and hashprice fell again.', expected: [] },
    { name: 'a plain use before the first link', body: 'Hashprice fell.\n\nThen <Term id="hashprice">hashprice</Term> rose.', expected: ['8: hashprice'] },
    { name: 'a self-closing link as the first use', body: 'The <Term id="hashprice" /> fell, and hashprice fell again.', expected: [] },
    { name: 'a plural', body: 'Two GPUs.', expected: ['8: GPU'] },
    { name: 'a match word, and the part of the term in brackets', body: 'More hashing power.\nAt 20 J/TH.', expected: ['8: hashrate', '9: joules per terahash (J/TH)'] },
    { name: 'nothing for a phrase on the except list', body: 'Hashrate Index reported it.', expected: [] },
    { name: 'nothing inside another term’s link', body: 'One <Term id="gpu-hour">GPU-hour</Term>.', expected: [] },
    { name: 'nothing in headings, attributes, code or comments', body: '## Hashprice\n\n<Aside title="hashprice">Text.</Aside>\n\n`hashprice`\n\n{/* hashprice */}\n\n```\nhashprice\n```', expected: [] },
    { name: 'a use inside a component’s text', body: '<Aside title="A note">Hashprice fell.</Aside>', expected: ['8: hashprice'] },
    { name: 'nothing in part of a longer word', body: 'A superhashprice, hashpricey.', expected: [] },
  ];
  for (const c of cases) it(`reports ${c.name}`, () => expect(check(c.body)).toEqual(c.expected));

  it('says what to write, and where', () => {
    const [p] = unlinkedFirstUses('content/chapters/09-x.mdx', FM + 'Miners watch hashprice.', glossary);
    expect(p).toEqual({
      file: 'content/chapters/09-x.mdx',
      line: 8,
      message: '"hashprice" is this chapter\'s first use of the glossary term "hashprice", and it is not linked.',
      fix: 'write <Term id="hashprice">hashprice</Term> here, at the first use, so readers can look it up (later uses stay plain). If these words mean something else here, add the phrase to the term\'s "except" list in content/glossary.json.',
    });
  });

  it('runs as part of the content check when the lookups carry the glossary', () => {
    const lookups: ContentLookups = { sources: new Set(), facts: new Set(), terms: new Set(glossary.map((g) => g.id)), components: storyComponents, widgets: {} };
    expect(checkChapter('c.mdx', FM + 'Hashprice fell.', lookups)).toEqual([]);
    expect(checkChapter('c.mdx', FM + 'Hashprice fell.', { ...lookups, glossary }).map((p) => p.line)).toEqual([8]);
  });
});

describe('unusedTerms', () => {
  const text = JSON.stringify(glossary, null, 2);
  it('names each term no chapter links, at its line in the glossary file', () => {
    const problems = unusedTerms('content/glossary.json', text, glossary, ['<Term id="hashprice" /> and <Term id="gpu">GPUs</Term>.', 'A <Term id="hashrate">hashrate</Term>.']);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `${text.split('\n').findIndex((l) => l.includes('"joules-per-terahash"')) + 1}: The glossary term "joules per terahash (J/TH)" is not linked from any chapter.`,
      `${text.split('\n').findIndex((l) => l.includes('"gpu-hour"')) + 1}: The glossary term "GPU-hour" is not linked from any chapter.`,
    ]);
    expect(problems[0]!.fix).toBe('link it where a chapter first uses it, <Term id="joules-per-terahash">joules per terahash</Term>, or remove the term from content/glossary.json.');
  });

  it('finds nothing when every term is linked somewhere', () => {
    expect(unusedTerms('g.json', text, glossary, [glossary.map((g) => `<Term id="${g.id}" />`).join(' ')])).toEqual([]);
  });
});
