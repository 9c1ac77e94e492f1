#!/usr/bin/env node
/**
 * Widget islands, derived from the widget folders. Astro hydrates only a component it sees
 * imported by name in the .astro file that carries `client:*`, so each widget gets a small island
 * file importing its root:
 * - `.astro/islands/<Component>.astro`, one per widget, written at every build and dev start
 *   (scripts/widget-islands.mjs) and imported by the chapters that use the widget, so a chapter
 *   ships only its own widgets' code and styles;
 * - src/widgets/Island.astro (`npm run islands`), every widget by id, for the embed pages.
 * test/widgets/registry.test.ts fails, naming the folder, when Island.astro is out of date.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WIDGETS = join(ROOT, 'src/widgets/');
export const ISLAND_FILE = join(WIDGETS, 'Island.astro');
/** Where the per-widget islands are written: derived files, not in git. */
export const ISLANDS_DIR = join(ROOT, '.astro/islands');

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

/** The markup placing one widget: server-only for a scrolly snapshot or a still, else hydrated at once (`load`) or when near the viewport. */
const place = (c) =>
  `(snapshot || still ? <${c} {...props} sources={sources} still={stillHref} /> : load ? <${c} client:load {...props} sources={sources} /> : <${c} client:visible={{ rootMargin: '300px' }} {...props} sources={sources} />)`;

const PROPS_DOC = `Its props are the chapter's starting values, e.g. power={0.06}; \`load\` hydrates it at once
 * (embed pages), else when near the viewport. A scrolly's per-step snapshot (\`step\`, from
 * <Scrolly graphic=…>) is server-rendered only: it repeats the live graphic for the stacked
 * reading mode and never hydrates. So is a still (\`still\`), for a chapter that revisits a widget
 * another chapter carries: its settings are shown, fixed, with a link to the live widget there
 * (src/lib/widget/widgetHref.ts), and the page loads none of its code.`;

/** The text of Island.astro for these widgets. */
export function islandSource(folders = widgetFolders()) {
  // The same specifier as each widget's own island, so the client build has one entry per widget.
  const imports = folders.map((w) => `import ${w.component} from '@widgets/${w.id}/${w.component}.svelte';`).join('\n');
  const branches = folders.map((w) => `{id === '${w.id}' && ${place(w.component)}}`).join('\n');
  return `---
/**
 * Written by \`npm run islands\` (scripts/islands.mjs) from the widget folders: do not edit.
 * Places widget \`id\` as an island. ${PROPS_DOC}
 */
import { widgetById } from './registry';
import { widgetSourceRefs } from '@lib/widget/widgetSources';
import { widgetHref } from '@lib/widget/widgetHref';
${imports}

interface Props {
  id: string;
  load?: boolean;
  still?: boolean;
  [setting: string]: unknown;
}
const { id, load = false, still = false, ...props } = Astro.props;
const snapshot = props.step !== undefined;
const widget = widgetById[id];
if (!widget) throw new Error(\`There is no widget "\${id}": use a folder name from src/widgets.\`);
const stillHref = still ? widgetHref(widget, props) : undefined;
// The widget's sources, for its provenance popovers ("how was this calculated?").
const sources = await widgetSourceRefs(widget);
---
${branches}
`;
}

/** The text of one widget's own island, as chapters import it. */
export function widgetIslandSource(w) {
  return `---
/**
 * Derived from src/widgets/${w.id}/ by scripts/islands.mjs at build start: do not edit.
 * The island of "${w.id}". ${PROPS_DOC}
 */
import ${w.component} from '@widgets/${w.id}/${w.component}.svelte';
import { widget } from '@widgets/${w.id}/widget';
import { widgetSourceRefs } from '@lib/widget/widgetSources';
import { widgetHref } from '@lib/widget/widgetHref';

interface Props {
  load?: boolean;
  still?: boolean;
  [setting: string]: unknown;
}
const { load = false, still = false, ...props } = Astro.props;
const snapshot = props.step !== undefined;
const stillHref = still ? widgetHref(widget, props) : undefined;
// The widget's sources, for its provenance popovers ("how was this calculated?").
const sources = await widgetSourceRefs(widget);
---
{${place(w.component)}}
`;
}

/** Writes each widget's island into ISLANDS_DIR, leaving unchanged files alone (so a dev server does not reload). */
export function writeWidgetIslands(folders = widgetFolders(), dir = ISLANDS_DIR) {
  mkdirSync(dir, { recursive: true });
  for (const w of folders) {
    const file = join(dir, `${w.component}.astro`);
    const text = widgetIslandSource(w);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
  return folders.map((w) => ({ ...w, file: join(dir, `${w.component}.astro`) }));
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
