import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxOrder, skeleton, slugify } from '../../scripts/new-chapter.mjs';
import { checkChapter } from '@lib/content/contentCheck';
import { frontmatterProblems } from '@lib/content/frontmatter';
import { chapterFields } from '@lib/content/chapterFields';
import { realLookups } from '../support/contentLookups';

describe('new:chapter', () => {
  const slugs = [
    { args: 'The halving squeeze', expected: 'the-halving-squeeze' },
    { args: 'The Miners’ Next Move: AI?', expected: 'the-miners-next-move-ai' },
    { args: '  Café — déjà vu  ', expected: 'cafe-deja-vu' },
    { args: '2024: a year', expected: '2024-a-year' },
    { args: '???', expected: '' },
  ];
  for (const { args, expected } of slugs) it(`slugifies "${args}" as "${expected}"`, () => expect(slugify(args)).toBe(expected));

  it('numbers the next chapter after the highest order in the frontmatter, not the file names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chapters-'));
    expect(maxOrder(join(dir, 'none'))).toBe(0);
    mkdirSync(join(dir, 'c'));
    writeFileSync(join(dir, 'c', '01-a.mdx'), '---\ntitle: "A"\norder: 4\n---\n\norder: 99 in the text does not count\n');
    writeFileSync(join(dir, 'c', '09-b.mdx'), '---\ntitle: "B"\norder: 2\n---\n');
    writeFileSync(join(dir, 'c', 'notes.txt'), 'order: 50');
    expect(maxOrder(join(dir, 'c'))).toBe(4);
  });

  it('writes a skeleton that passes the frontmatter and content checks', () => {
    const text: string = skeleton({ title: 'A "quoted" title', order: 7, draft: false, today: '2026-11-25' });
    const data = { title: 'A "quoted" title', summary: 'Say here, in one line, what the reader will learn in this chapter.', order: 7, draft: false, published: new Date('2026-11-25'), asOf: '2026-11' };
    expect(text).toContain('title: "A \\"quoted\\" title"');
    expect(text).toContain('\nasOf: 2026-11\n');
    expect(frontmatterProblems('x.mdx', text, data, chapterFields)).toEqual([]);
    expect(checkChapter('content/chapters/07-a.mdx', text, realLookups())).toEqual([]);
  });
});
