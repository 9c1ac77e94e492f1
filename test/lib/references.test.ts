import { describe, expect, it } from 'vitest';
import { sourceOrder } from '@lib/content/references';

const lookups = { factSource: (id: string) => ({ f1: 's-fact' })[id], widgetSources: (name: string) => ({ W: ['s-w1', 's-w2'] })[name] };

describe('sourceOrder', () => {
  it('is empty for a chapter without references', () => expect(sourceOrder('Just text.', lookups)).toEqual([]));

  it('lists sources in first-reference order across citations, facts, fact checks, figures and widgets', () => {
    const mdx = '<Cite id="a, b" /> <Fact id="f1" />\n<FactCheck claim="c" source="d">e</FactCheck>\n<Figure src="/x.png" alt="x" credit="g" />\n<W />\n<Cite id="a" />';
    expect(sourceOrder(mdx, lookups)).toEqual(['a', 'b', 's-fact', 'd', 'g', 's-w1', 's-w2']);
  });

  it('ignores references in code and comments, such as the new-chapter skeleton’s examples', () => {
    expect(sourceOrder('{/* <Cite id="x" /> */}\n```mdx\n<Cite id="y" />\n```\n<Cite id="z" />', lookups)).toEqual(['z']);
  });
});
