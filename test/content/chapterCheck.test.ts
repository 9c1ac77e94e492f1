/** The chapters as written pass the content check the build runs (fast feedback before a build). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChapter, formatProblem } from '@lib/content/contentCheck';
import { unusedTerms } from '@lib/content/glossaryCheck';
import { realLookups } from '../support/contentLookups';

const files = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));

describe('content/chapters', () => {
  const lookups = realLookups();
  for (const f of files) {
    it(`${f} has no unknown ids, components or widget settings, and no image without alt text`, () => {
      const file = `content/chapters/${f}`;
      expect(checkChapter(file, readFileSync(file, 'utf8'), lookups).map(formatProblem)).toEqual([]);
    });
  }

  it('link every glossary term somewhere, as the build requires', () => {
    const glossaryText = readFileSync('content/glossary.json', 'utf8');
    const chapters = files.map((f) => readFileSync(`content/chapters/${f}`, 'utf8'));
    expect(unusedTerms('content/glossary.json', glossaryText, lookups.glossary!, chapters).map(formatProblem)).toEqual([]);
  });
});
