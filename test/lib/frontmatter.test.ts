import { describe, expect, it } from 'vitest';
import { frontmatterProblems } from '@lib/content/frontmatter';
import { chapterFields } from '@lib/content/chapterFields';

const FILE = 'content/chapters/03-x.mdx';
const good = { title: 'The squeeze', summary: 'A one-line summary of it.', order: 3, published: new Date('2026-11-25'), asOf: '2024-12' };
const raw = (data: Record<string, unknown>) => `---\n${Object.keys(data).map((k) => `${k}: x`).join('\n')}\n---\n`;
const check = (data: Record<string, unknown>) => frontmatterProblems(FILE, raw(data), data, chapterFields).map((p) => `${p.line}: ${p.message} Fix: ${p.fix}`);

describe('frontmatterProblems', () => {
  it('finds nothing wrong in good frontmatter, with or without the optional fields', () => {
    expect(check(good)).toEqual([]);
    expect(check({ ...good, draft: true, updated: new Date('2026-12-01'), kicker: 'A label' })).toEqual([]);
  });

  it('reports a misspelt field with the field it was meant to be, and not that field as missing', () => {
    const { title, ...rest } = good;
    expect(check({ titel: title, ...rest })).toEqual([
      '2: Unknown frontmatter field "titel". Did you mean "title"? Fix: rename it to title, or remove it. Chapters take: title, summary, order, draft, published, asOf, updated, kicker, translates.',
    ]);
  });

  it('reports an unknown field that resembles nothing', () => {
    expect(check({ ...good, colour: 'red' })[0]).toMatch(/^7: Unknown frontmatter field "colour"\. Fix: remove it, or use one of: title, /);
  });

  it('takes asOf as a month, or as a date written in full, and requires it', () => {
    expect(check({ ...good, asOf: new Date('2024-12-31') })).toEqual([]);
    const { asOf: _, ...rest } = good;
    expect(check(rest)).toEqual([`1: Frontmatter field "asOf" is missing. Fix: ${chapterFields.shape.asOf.description}`]);
  });

  it('reports a missing field on line 1 with what to add', () => {
    const { summary: _, ...rest } = good;
    expect(check(rest)).toEqual(['1: Frontmatter field "summary" is missing. Fix: add a one-line summary in quotes (10 to 200 characters), e.g. summary: "How the 2024 halving squeezed miners."']);
  });

  const cases = [
    { args: { order: 'three' }, expected: 'Frontmatter field "order" has the wrong type: "three" is a string, not a number.' },
    { args: { order: 2.5 }, expected: 'Frontmatter field "order" 2.5: must be a whole number.' },
    { args: { order: 0 }, expected: 'Frontmatter field "order" 0: must be 1 or more.' },
    { args: { draft: 'yes' }, expected: 'Frontmatter field "draft" has the wrong type: "yes" is a string, not a boolean.' },
    { args: { published: 'soon' }, expected: 'Frontmatter field "published" is not a date: "soon".' },
    { args: { summary: 'Short' }, expected: 'Frontmatter field "summary" "Short": is too short: say in one line what the chapter is about.' },
    { args: { asOf: 'December 2024' }, expected: 'Frontmatter field "asOf" "December 2024": must be a year and month, YYYY-MM.' },
    { args: { asOf: '2024-13' }, expected: 'Frontmatter field "asOf" "2024-13": must be a year and month, YYYY-MM.' },
  ];
  for (const { args, expected } of cases) {
    it(`reports ${JSON.stringify(args)} on its own line`, () => {
      const [p] = frontmatterProblems(FILE, raw({ ...good, ...args }), { ...good, ...args }, chapterFields);
      expect(p!.message).toBe(expected);
      expect(p!.line).toBe(Object.keys({ ...good, ...args }).indexOf(Object.keys(args)[0]!) + 2);
      expect(p!.fix).toBe(chapterFields.shape[Object.keys(args)[0] as keyof typeof chapterFields.shape].description);
    });
  }

  it('does not mutate its input', () => {
    const data = { ...good, titel: 'x' };
    const copy = structuredClone(data);
    check(data);
    expect(data).toEqual(copy);
  });
});
