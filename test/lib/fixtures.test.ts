import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChapter, formatProblem } from '@lib/content/contentCheck';
import { frontmatterProblems } from '@lib/content/frontmatter';
import { chapterFields } from '@lib/content/chapterFields';
import { realLookups } from '../support/contentLookups';
import { unusedTerms, type GlossaryTerm } from '@lib/content/glossaryCheck';
import { fixtureCases } from '../fixtures/chapters/expected';

/** Enough YAML for the fixtures: `key: "text"`, numbers, dates and months (YAML reads 2024-12 as text). */
function frontmatter(text: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return Object.fromEntries(block.split('\n').map((line) => {
    const [, key, raw] = /^(\w+):\s*(.*)$/.exec(line)!;
    const value = /^".*"$/.test(raw!) ? raw!.slice(1, -1) : /^\d{4}-\d{2}-\d{2}$/.test(raw!) ? new Date(raw!) : /^\d{4}-\d{2}$/.test(raw!) ? raw : Number(raw);
    return [key, value];
  }));
}

/** What the fixture's own check reports, as the build prints it (files as they sit in content/chapters/). */
function report(file: string): string {
  const text = readFileSync(`test/fixtures/chapters/${file}`, 'utf8');
  const target = `content/chapters/${file.split('/').pop()}`;
  return [...frontmatterProblems(target, text, frontmatter(text), chapterFields), ...checkChapter(target, text, realLookups())].map(formatProblem).join('\n');
}

describe('fixture chapters, checked without a build', () => {
  for (const c of fixtureCases.filter((f) => f.files.length === 1)) {
    it(`report ${c.name} in the words the build prints`, () => {
      const out = report(c.files[0]!);
      for (const text of c.expected) expect(out).toContain(text);
    });
  }

  it('each have exactly one mistake', () => {
    for (const c of fixtureCases.filter((f) => f.files.length === 1)) expect(report(c.files[0]!).split('\n'), c.name).toHaveLength(1);
    for (const file of fixtureCases.find((f) => f.files.length > 1)!.files) expect(report(file)).toBe('');
  });

  for (const c of fixtureCases.filter((f) => f.glossary)) {
    it(`report ${c.name} in the words the build prints`, () => {
      const file = 'content/glossary.json';
      const entries = [...(JSON.parse(readFileSync(file, 'utf8')) as GlossaryTerm[]), ...c.glossary!];
      const chapters = readdirSync('content/chapters').map((f) => readFileSync(`content/chapters/${f}`, 'utf8'));
      const out = unusedTerms(file, JSON.stringify(entries, null, 2), entries, chapters).map(formatProblem).join('\n');
      for (const text of c.expected) expect(out).toContain(text);
      expect(out.split('\n')).toHaveLength(1);
    });
  }
});
