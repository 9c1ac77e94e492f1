/**
 * One file of island code per page. Rollup cuts the client build into chunks by module, and puts
 * a module in one chunk whatever the page: a chunk shared by two widgets carries every export
 * either uses, so a page loads functions none of its widgets calls (the race to power's embed
 * loaded all of siteChoice.ts, aiSite.ts and risk.ts for one of their functions), and a chapter
 * loads up to 15 small chunks, each compressed alone. After the build, this integration bundles
 * each page's islands again into one file that exports each island's component, tree-shaken to
 * what that page runs; power shells then ships 7 KB gzip less and the race to power's embed 6.6 KB.
 * What every page shares stays shared, and cached from page to page: the renderer chunk (the
 * Svelte runtime and the widget runtime), the chunks the page's own module scripts load (popover,
 * scrolly), and everything those import, statically or dynamically (the embed builder). Files no
 * page reaches any more are removed.
 * Each page with widgets also gets the words and symbols of the formulas its scripts name, which
 * the client build ships by their function's name only (formulaKeys, scripts/client-omits.mjs).
 * test/build/dist/islands.test.ts checks every page: one island file, exporting each island's
 * component, importing only shared chunks; budget.test.ts holds the bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { jsClosure, scriptEntries, sharedEntries } from './bytes.mjs';
import { formulaTexts } from './client-omits.mjs';
import { minifyModule } from './minify.mjs';

const attrs = (text, re) => [...text.matchAll(re)].map((m) => m[1]);
/** The component a Svelte island's file holds, from the name Vite gave it ("RaceToPower.x1Y2.js"). */
function componentOf(url) {
  const name = /([A-Za-z]\w*)\.[\w-]+\.js$/.exec(url)?.[1];
  if (!name) throw new Error(`page-bundles: no component name in ${url} (astro.config.mjs names each component's file after it)`);
  return name;
}
const hashOf = (code) => createHash('sha256').update(code).digest('base64url').slice(0, 8);

/**
 * The page with a JSON data block of the words and symbols of each formula whose function its
 * scripts name, by the key the client build gave it (formulaKeys, scripts/client-omits.mjs).
 */
function withFormulaTexts(html, siteDir) {
  if (!formulaTexts.size) throw new Error('page-bundles: the client build recorded no formulas (formulaKeys in astro.config.mjs)');
  const js = jsClosure(siteDir, scriptEntries(html)).map((url) => readFileSync(join(siteDir, url), 'utf8')).join('\n');
  // A formula in the client build is `{fn:"name"}` or `{n:2,fn:"name"}`, as the minifier writes it.
  const named = new Set([...js.matchAll(/\bfn:"(\w+)"/g)].map((m) => m[1]));
  const texts = Object.fromEntries([...formulaTexts].filter(([key]) => named.has(key.split('#')[0])).sort());
  if (!Object.keys(texts).length) return html;
  // "<" escaped, so no words can end the <script> block.
  const block = `<script type="application/json" data-formulas>${JSON.stringify(texts).replace(/</g, '\\u003c')}</script>`;
  return html.replace('</body>', () => `${block}</body>`);
}

/** Rewrites the built site in `root` (served under `base`): each page's islands load one bundle of their own. */
export async function bundlePages(root, base = '/') {
  // Where the site's URL paths start: dist/ for both editions (dist/zh/ is served under /zh/).
  const siteDir = join(root, posix.relative(base, '/'));
  const fileOf = (url) => join(siteDir, url);
  const htmlFiles = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort().map((f) => join(root, f));
  const pages = htmlFiles.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const shared = new Set(jsClosure(siteDir, pages.flatMap((p) => sharedEntries(p.html))).map(fileOf));

  const byCode = new Map();
  for (const page of pages.filter((p) => p.html.includes('component-url="'))) {
    const components = [...new Set(attrs(page.html, /component-url="([^"]+)"/g))];
    const entry = components.map((url) => `export { default as ${componentOf(url)} } from ${JSON.stringify(fileOf(url))};`).join('\n');
    const bundle = await rollup({
      input: '\0page',
      plugins: [{
        name: 'page-entry',
        resolveId: (spec, importer) => {
          if (spec === '\0page') return spec;
          const file = importer && !spec.startsWith('/') ? join(dirname(importer), spec) : spec;
          // Written as imported: the bundle sits beside the chunks it imports ('absolute': as is).
          return shared.has(file) ? { id: `./${basename(file)}`, external: 'absolute' } : file;
        },
        load: (id) => (id === '\0page' ? entry : null),
        // Kept as written: a dynamic import loads a shared chunk, and the bundle sits beside it.
        resolveDynamicImport: () => false,
      }],
    });
    const astroDir = dirname(fileOf(components[0]));
    const { output } = await bundle.generate({ format: 'es', dir: astroDir });
    await bundle.close();
    if (output.length !== 1) throw new Error(`page-bundles: ${page.file} made ${output.length} files, not one`);
    // Minified as the client build's chunks are.
    const code = await minifyModule(output[0].code);
    // Named after the first page that loads it; a page with the same islands (a chapter with one
    // widget and that widget's embed page) loads the same file, cached.
    const name = posix.relative(root, dirname(page.file)).split(/[\\/]/).join('-') || 'index';
    const file = byCode.get(code) ?? join(astroDir, `${name}.${hashOf(code)}.js`);
    if (!byCode.has(code)) writeFileSync(file, code);
    byCode.set(code, file);
    const url = `/${posix.relative(siteDir, file)}`;
    page.html = page.html.replace(/<astro-island[^>]*>/g, (tag) => {
      const from = attrs(tag, /component-url="([^"]+)"/g)[0];
      return tag.replace(`component-url="${from}"`, `component-url="${url}"`).replace('component-export="default"', `component-export="${componentOf(from)}"`);
    });
    page.html = withFormulaTexts(page.html, siteDir);
    writeFileSync(page.file, page.html);
  }

  // Scripts no page loads any more: the components and chunks the bundles took in.
  const loaded = new Set(jsClosure(siteDir, pages.flatMap((p) => scriptEntries(p.html))).map(fileOf));
  for (const dir of new Set([...byCode.values()].map((f) => dirname(f)))) {
    for (const f of readdirSync(dir)) if (f.endsWith('.js') && !loaded.has(join(dir, f))) rmSync(join(dir, f));
  }
}

export default function pageBundles() {
  let base = '/';
  return {
    name: 'page-bundles',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await bundlePages(fileURLToPath(dir), base);
      },
    },
  };
}
