import { describe, expect, it } from 'vitest';
import { scanMdx } from '@lib/content/mdxTags';

const names = (mdx: string) => scanMdx(mdx).tags.map((t) => `${t.line}:${t.name}`);

describe('scanMdx', () => {
  it('finds nothing in empty text or plain prose', () => {
    expect(scanMdx('')).toEqual({ tags: [], images: [] });
    expect(scanMdx('Miners earn less when 2 < 3 and a <= b.')).toEqual({ tags: [], images: [] });
  });

  it('reads string, expression and flag attributes with their lines', () => {
    const [tag] = scanMdx('<Widget\n  a="x y"\n  b={0.06}\n  c\n  d={{ n: 1 }}\n/>').tags;
    expect(tag).toEqual({
      name: 'Widget', line: 1, selfClosing: true, parents: [],
      attrs: [
        { name: 'a', value: { kind: 'string', text: 'x y' }, line: 2 },
        { name: 'b', value: { kind: 'expression', text: '0.06' }, line: 3 },
        { name: 'c', value: { kind: 'flag' }, line: 4 },
        { name: 'd', value: { kind: 'expression', text: '{ n: 1 }' }, line: 5 },
      ],
    });
  });

  it('reads client directives and single quotes', () => {
    const [tag] = scanMdx("<W client:visible slot='graphic' />").tags;
    expect(tag!.attrs.map((a) => a.name)).toEqual(['client:visible', 'slot']);
    expect(tag!.attrs[1]!.value).toEqual({ kind: 'string', text: 'graphic' });
  });

  it('counts lines from the top of the file, skipping the frontmatter', () => {
    expect(names('---\ntitle: "<Fact>"\n---\n\n<Fact id="a" />')).toEqual(['5:Fact']);
  });

  it('records the components a tag sits inside', () => {
    const { tags } = scanMdx('<Scrolly id="s">\n  <W slot="graphic" />\n  <Step>Text <Fact id="a" /></Step>\n</Scrolly>\n<Step>b</Step>');
    expect(tags.map((t) => [t.name, t.parents.join('>')])).toEqual([
      ['Scrolly', ''], ['W', 'Scrolly'], ['Step', 'Scrolly'], ['Fact', 'Scrolly>Step'], ['Step', ''],
    ]);
  });

  it('skips fenced code, inline code, expressions, MDX and HTML comments', () => {
    const mdx = [
      '```mdx', '<Fact id="a" />', '```',
      '  ~~~~', '<Fact id="b" />', '  ~~~~',
      'Use ``<Cite id="c" />`` or `<Cite id="d" />`.',
      '{/* <Term id="e" /> and a stray } brace */}',
      '{"<Aside>"}',
      '<!-- <Figure /> -->',
      '<Fact id="real" />',
    ].join('\n');
    expect(names(mdx)).toEqual(['11:Fact']);
  });

  it('keeps reading after an escaped angle bracket', () => {
    expect(names('\\<Fact> is how you write it: <Fact id="a" />')).toEqual(['1:Fact']);
  });

  it('finds markdown images with their alt text and lines', () => {
    expect(scanMdx('a\n![A hall](/h.jpg) and ![](/x.png)\n![ref][r]').images).toEqual([
      { alt: 'A hall', line: 2 }, { alt: '', line: 2 }, { alt: 'ref', line: 3 },
    ]);
  });

  it('ignores closing tags and fragments as tags of their own', () => {
    expect(names('<Aside>\n<>x</>\n</Aside>')).toEqual(['1:Aside']);
  });
});
