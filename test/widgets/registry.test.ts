/**
 * A widget is one folder: the registry finds it, Island.astro (written by scripts/islands.mjs)
 * hydrates it, content/teach/<id>.json gives its lesson notes, and nothing else lists it. A folder
 * not wired everywhere fails here with its name and the fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { widgets } from '@widgets/registry';
import { ISLAND_FILE, islandSource, widgetFolders } from '../../scripts/islands.mjs';

const folders = readdirSync('src/widgets', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('the widget registry', () => {
  it('has one widget per folder, with the folder’s name as its id', () => {
    expect(widgets.map((w) => w.id).sort()).toEqual(folders);
  });

  it.each(folders)('%s: Island.astro hydrates it (else run `npm run islands`)', (id) => {
    const listed = (widgetFolders() as { id: string }[]).map((w) => w.id);
    expect(listed, `src/widgets/${id}/widget.ts`).toContain(id);
    expect(readFileSync(ISLAND_FILE, 'utf8') === islandSource(), 'src/widgets/Island.astro is out of date: run `npm run islands`').toBe(true);
  });

  it.each(folders)('%s: has lesson notes in content/teach/%s.json', (id) => {
    expect(existsSync(join('content/teach', `${id}.json`)), `add content/teach/${id}.json (see EDITING.md, "Lesson notes")`).toBe(true);
  });

  it.each(folders)('%s: declares itself once, in widget.ts, and styles its readouts with the shared control', (id) => {
    const files = readdirSync(join('src/widgets', id));
    for (const gone of ['Island.astro', 'teach.ts', 'provenance.ts']) expect(files, `src/widgets/${id}/${gone}: fold it into widget.ts / readouts.ts`).not.toContain(gone);
    for (const f of files.filter((f) => f.endsWith('.svelte'))) {
      const style = /<style>([\s\S]*?)<\/style>/.exec(readFileSync(join('src/widgets', id, f), 'utf8'))?.[1] ?? '';
      expect(style, `src/widgets/${id}/${f}: readouts take their style from @controls/Readouts.svelte`).not.toMatch(/\.readouts\b/);
      expect(style, `src/widgets/${id}/${f}: use the global scroll-x class`).not.toMatch(/\.scroll\s*\{/);
    }
  });

  it('gives every widget a unique URL prefix and component name', () => {
    const prefixes = widgets.map((w) => w.prefix);
    const names = widgets.map((w) => w.component);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(new Set(names).size).toBe(names.length);
  });
});
