/**
 * Astro inlines its `<astro-island>` element (1.4 KB gzip) into every page with an island. It
 * serves features these islands never use: slots and templates, islands nested in islands, view
 * transitions, before-hydration scripts, dotted export names, and a dozen kinds of serialized
 * prop. After the build this integration puts the site's own element in its place
 * (src/lib/client/islandElement.js, about 0.6 KB gzip), and swaps its hash into the CSP meta tag
 * that Astro writes on every page. The element also does what the two directives used here do,
 * so Astro's inline script for each (`client:visible`, `client:load`) goes, hash and all. The
 * islands here are server-rendered Svelte widgets, hydrated once (src/lib/client/svelteIsland.ts).
 * test/build/dist/islands.test.ts checks every page: the stock element and directive scripts
 * gone, every inline script hashed in the CSP, every island asking only what the lean element does.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import astroIsland from 'astro/runtime/server/astro-island.prebuilt.js';
import loadDirective from 'astro/runtime/client/load.prebuilt.js';
import visibleDirective from 'astro/runtime/client/visible.prebuilt.js';

const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Astro's inline scripts for the directives the lean element does itself. */
const directives = [loadDirective, visibleDirective];

const ELEMENT = new URL('../src/lib/client/islandElement.js', import.meta.url);

/** The lean element, minified. */
export async function leanIslandScript() {
  const { code } = await minify(readFileSync(ELEMENT, 'utf8'), { ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
  return code;
}

export default function leanIsland() {
  return {
    name: 'lean-island',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const lean = await leanIslandScript();
        // Each script where Astro put it, and its hash in the CSP, which Astro writes on every page:
        // the element swapped for the lean one, the directives' scripts removed.
        const rewrites = [
          [`<script>${astroIsland}</script>`, `<script>${lean}</script>`],
          [cspHash(astroIsland), cspHash(lean)],
          ...directives.flatMap((directive) => [[`<script>${directive}</script>`, ''], [` ${cspHash(directive)}`, '']]),
        ];
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true })) {
          if (!String(file).endsWith('.html')) continue;
          const path = join(root, String(file));
          const html = readFileSync(path, 'utf8');
          const out = rewrites.reduce((text, [from, to]) => text.replace(from, () => to), html);
          if (out !== html) writeFileSync(path, out);
        }
      },
    },
  };
}

export { astroIsland, cspHash, directives };
