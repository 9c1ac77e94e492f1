/** The chapters as written pass the content check the build runs (fast feedback before a build). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChapter, formatProblem } from '@lib/contentCheck';
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
});
