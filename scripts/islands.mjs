#!/usr/bin/env node
/**
 * `npm run islands`: writes src/widgets/Island.astro from the widget folders. Astro hydrates only a
 * component it sees imported by name in the .astro file that carries `client:*`, so this one file
 * imports every widget's root; everything else about a widget is found from its folder.
 * test/widgets/registry.test.ts fails, naming the folder, when the file is out of date.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WIDGETS = fileURLToPath(new URL('../src/widgets/', import.meta.url));
export const ISLAND_FILE = join(WIDGETS, 'Island.astro');

/** Every widget folder with its root component's name, read from its declaration (widget.ts or the meta.ts it spreads). */
export function widgetFolders(dir = WIDGETS) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'widget.ts')))
    .map((e) => {
      const folder = join(dir, e.name);
      const source = readdirSync(folder).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(folder, f), 'utf8')).join('\n');
      const component = /\bcomponent:\s*'([A-Z][A-Za-z0-9]*)'/.exec(source)?.[1];
      if (!component) throw new Error(`src/widgets/${e.name}/widget.ts: give the widget a component name, e.g. component: 'SqueezeCalculator'.`);
      if (!existsSync(join(dir, e.name, `${component}.svelte`))) {
        throw new Error(`src/widgets/${e.name}/: widget.ts names the component "${component}", but there is no ${component}.svelte in the folder.`);
      }
      return { id: e.name, component };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The text of Island.astro for these widgets. */
export function islandSource(folders = widgetFolders()) {
  const imports = folders.map((w) => `import ${w.component} from './${w.id}/${w.component}.svelte';`).join('\n');
  const branches = folders
    .map((w) => `{id === '${w.id}' && (snapshot ? <${w.component} {...props} sources={sources} /> : load ? <${w.component} client:load {...props} sources={sources} /> : <${w.component} client:visible={{ rootMargin: '300px' }} {...props} sources={sources} />)}`)
    .join('\n');
  return `---
/**
 * Written by \`npm run islands\` (scripts/islands.mjs) from the widget folders: do not edit.
 * Places widget \`id\` as an island: hydrated when near the viewport, or at once with \`load\`
 * (embed pages). Its other props are the chapter's starting values, e.g. power={0.06}. A
 * scrolly's per-step snapshot (\`step\`, from <Scrolly graphic=…>) is server-rendered only: it
 * repeats the live graphic for the stacked reading mode and never hydrates.
 */
import { widgetById } from './registry';
import { widgetSourceRefs } from '@lib/widget/widgetSources';
${imports}

interface Props {
  id: string;
  load?: boolean;
  [setting: string]: unknown;
}
const { id, load = false, ...props } = Astro.props;
const snapshot = props.step !== undefined;
const widget = widgetById[id];
if (!widget) throw new Error(\`There is no widget "\${id}": use a folder name from src/widgets.\`);
// The widget's sources, for its provenance popovers ("how was this calculated?").
const sources = await widgetSourceRefs(widget);
---
${branches}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = islandSource();
  const current = existsSync(ISLAND_FILE) ? readFileSync(ISLAND_FILE, 'utf8') : '';
  if (current === text) console.log('src/widgets/Island.astro is up to date.');
  else {
    writeFileSync(ISLAND_FILE, text);
    console.log(`Wrote src/widgets/Island.astro: ${widgetFolders().map((w) => w.id).join(', ')}.`);
  }
}
