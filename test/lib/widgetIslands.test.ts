/**
 * The build gives each chapter only its own widgets (scripts/widget-islands.mjs): a remark plugin
 * imports into the chapter the island of each widget it places, and hands a scrolly its graphic's.
 */
import { describe, expect, it } from 'vitest';
import { remarkWidgetIslands } from '../../scripts/widget-islands.mjs';
import { widgetFolders, widgetIslandSource } from '../../scripts/islands.mjs';

interface Node {
  type: string;
  name?: string;
  value?: unknown;
  attributes?: { type: string; name: string; value: unknown }[];
  children?: Node[];
}

const islands = [
  { id: 'squeeze-calculator', component: 'SqueezeCalculator', file: '/islands/SqueezeCalculator.astro' },
  { id: 'reward-staircase', component: 'RewardStaircase', file: '/islands/RewardStaircase.astro' },
  { id: 'chip-compare', component: 'ChipCompare', file: '/islands/ChipCompare.astro' },
];
const element = (name: string, attributes: Node['attributes'] = [], children: Node[] = []): Node => ({ type: 'mdxJsxFlowElement', name, attributes, children });
const transform = (children: Node[]) => {
  const tree: Node = { type: 'root', children };
  (remarkWidgetIslands(islands)() as (t: Node) => void)(tree);
  return tree;
};
const imports = (tree: Node) => tree.children!.filter((n) => n.type === 'mdxjsEsm').map((n) => n.value);

describe('remarkWidgetIslands', () => {
  it('imports the island of each widget the chapter places, once, and no other', () => {
    const tree = transform([
      element('SqueezeCalculator'),
      { type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'SqueezeCalculator', attributes: [], children: [] }] },
      element('Cite', [{ type: 'mdxJsxAttribute', name: 'id', value: 'x' }]),
    ]);
    expect(imports(tree)).toEqual(['import SqueezeCalculator from "/islands/SqueezeCalculator.astro";']);
    // MDX compiles the estree, not the text.
    const { estree } = (tree.children![0] as unknown as { data: { estree: { body: { source: { value: string } }[] } } }).data;
    expect(estree.body[0]!.source.value).toBe('/islands/SqueezeCalculator.astro');
  });

  it('hands a scrolly its graphic’s island', () => {
    const scrolly = element('Scrolly', [{ type: 'mdxJsxAttribute', name: 'graphic', value: 'RewardStaircase' }], [element('Step')]);
    const tree = transform([scrolly]);
    expect(imports(tree)).toEqual(['import RewardStaircase from "/islands/RewardStaircase.astro";']);
    const island = scrolly.attributes!.find((a) => a.name === 'island')!;
    expect(island.value).toMatchObject({ type: 'mdxJsxAttributeValueExpression', value: 'RewardStaircase' });
  });

  it('leaves a chapter without widgets as it is', () => {
    const tree = transform([element('Aside')]);
    expect(imports(tree)).toEqual([]);
  });
});

describe('widgetIslandSource', () => {
  it.each(widgetFolders().map((w: { id: string; component: string }) => [w.id, w] as const))('%s: hydrates its root, and renders a scrolly snapshot or a still on the server only', (id, w) => {
    const text = widgetIslandSource(w);
    expect(text).toContain(`import ${w.component} from '@widgets/${id}/${w.component}.svelte';`);
    expect(text).toContain(`import { widget } from '@widgets/${id}/widget';`);
    expect(text).toContain(`client:visible`);
    expect(text).toContain(`snapshot || still ? <${w.component} {...props} sources={sources} still={stillHref} />`);
  });
});
