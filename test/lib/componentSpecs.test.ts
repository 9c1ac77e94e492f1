import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { storyComponents } from '@story/componentSpecs';
import { widgets } from '@widgets/registry';

describe('the components chapters can use', () => {
  it('are exactly those described in componentSpecs.ts; the widgets come from the build', () => {
    // Read from the source, not imported: importing would load every .astro component.
    const src = readFileSync('src/layouts/mdxComponents.ts', 'utf8');
    const listed = /export const mdxComponents = \{([^}]*)\}/.exec(src)![1]!.split(',').map((s) => s.trim().split(':')[0]!).filter(Boolean);
    expect(listed.sort()).toEqual(Object.keys(storyComponents).sort());
    // Each chapter imports the islands of its own widgets (scripts/widget-islands.mjs, tested in widgetIslands.test.ts).
    expect(readFileSync('astro.config.mjs', 'utf8')).toContain('widgetIslands()');
  });

  it('do not share a name with a widget', () => {
    for (const w of widgets) expect(storyComponents[w.component], w.component).toBeUndefined();
  });
});
