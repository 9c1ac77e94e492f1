// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import widgetIslands from './scripts/widget-islands.mjs';
import { coreWords, i18nFolders, siteLang } from './scripts/i18n-folders.mjs';
import { declarationOmits, formulaKeys, jsonOmits, plainDynamicImports } from './scripts/client-omits.mjs';
import leanIsland from './scripts/lean-island.mjs';
import pageBundles from './scripts/page-bundles.mjs';
import { minifyClient } from './scripts/minify.mjs';

/**
 * The edition this build makes. `npm run build` runs Astro twice: English into dist/, then
 * SITE_LANG=zh into dist/zh/ with base /zh. Two builds, not one build with both: a page then ships
 * one language's strings, and every island keeps its plain static imports.
 */
const LANG = siteLang();

/**
 * Client chunks drawn by hand where Rollup's automatic split costs bytes (client build only).
 * Left alone, Rollup makes one chunk per set of islands that share a module: a chapter loads some
 * 25 small chunks, each gzipped alone and each repeating its imports, and the Svelte runtime is
 * cut into fragments by which islands use which parts.
 * - widget: the Svelte runtime, the islands' renderer (src/lib/client/svelteIsland.ts) and what
 *   every widget runs (its frame, readouts, sliders, settings in the URL, formatting, the chart
 *   root, its scales and axes, the data table and summary). Every island is a widget, so a page
 *   that loads one half loads the other: one file compresses 0.4 KB smaller than two. The few
 *   parts some widget does not use cost a page less than separate chunks do.
 * - popover: citations and glossary terms load it with the page, also on pages without a widget,
 *   so it stays out of the widget chunk, which loads only when a widget comes near the viewport.
 *   It holds its own starter (src/story/PopoverScript.astro), so a page loads one file, not a
 *   one-line starter that imports it (0.07 KB gzip). Starting twice is harmless: every readout
 *   starts it too.
 * - scrolly: the scrolly sections' client and the year scale, which only their graphics use (the
 *   reward staircase and the rent slide): every page that loads one loads the other, and one file
 *   is 0.1 KB smaller than two. It holds its starter too (src/story/Scrolly.astro), which does
 *   nothing on a page without scrolly sections, such as those graphics' embed pages.
 * An entry chunk may also export what other chunks import from it ('allow-extension', where Astro
 * asks for 'exports-only'): the widget chunk is then the islands' renderer itself, and not a
 * one-line file that re-exports the renderer from it (0.1 KB gzip on every page with a widget).
 * Files are named by their hash alone, as every import of a file repeats its name (0.06 to 0.23 KB
 * gzip a chapter, against names as short as `widget.[hash].js`); only a component keeps its name
 * in front: the embed builder's is how scripts/bytes.mjs tells it apart, and each island's is the
 * name its page's bundle exports it by.
 * After the build, scripts/page-bundles.mjs bundles each page's islands again, into one file per
 * page beside the widget, popover and scrolly chunks, which stay shared.
 * scripts/bytes.mjs measures the result; test/build/dist/budget.test.ts holds each page to its budget.
 */
const WIDGET_RUNTIME = [
  /\/node_modules\/svelte\//,
  /\/src\/lib\/client\/svelteIsland\.ts$/,
  /\/src\/controls\/(WidgetFrame|Readouts?|Slider|Select|DataTable|LiveSummary|Notes)\.svelte$/,
  /\/src\/lib\/widget\/(params|format|paramState\.svelte|provenance|define)\.ts$/,
  // The words of all that, in the build's language (src/lib/widget/i18n/).
  /\/src\/lib\/widget\/i18n\/\w+\.ts$/,
  /\/src\/charts\/(Figure\.svelte|context\.ts|scales\.ts|AxisX\.svelte|AxisY\.svelte|Rule\.svelte)$/,
  /\/src\/core\/validate\.ts$/,
  // One module, so whatever one widget imports from it loads on every page with a widget. Widgets
  // take a range's ends with Math.min and Math.max, since extent and range cost every page 0.17 KB gzip.
  /\/node_modules\/d3-array\//,
];
const chunkOf = (id) => {
  if (/\/src\/(lib\/client\/popover\.ts|story\/PopoverScript\.astro\?astro&type=script)/.test(id)) return 'popover';
  if (/\/src\/(lib\/client\/scrolly-client\.ts|charts\/scaleYears\.ts|story\/Scrolly\.astro\?astro&type=script)/.test(id)) return 'scrolly';
  if (WIDGET_RUNTIME.some((re) => re.test(id))) return 'widget';
  return undefined;
};
const clientChunks = {
  name: 'client-chunks',
  options(options) {
    if (this.environment?.config.consumer !== 'client') return null;
    return { ...options, preserveEntrySignatures: 'allow-extension' };
  },
  outputOptions(options) {
    if (this.environment?.config.consumer !== 'client') return null;
    const fileName = (chunk) => `_astro/${chunk.facadeModuleId?.endsWith('.svelte') ? '[name].' : ''}[hash].js`;
    return { ...options, manualChunks: chunkOf, entryFileNames: fileName, chunkFileNames: fileName };
  },
};

export default defineConfig({
  site: 'https://compute-is-power.example',
  ...(LANG === 'zh' ? { base: '/zh', outDir: './dist/zh', publicDir: './public-zh', cacheDir: './node_modules/.astro-zh' } : {}),
  output: 'static',
  trailingSlash: 'always',
  integrations: [widgetIslands(), svelte(), mdx(), leanIsland(), pageBundles()],
  // Styles go inline: a chapter otherwise waits on some 25 small render-blocking CSS requests.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Hashes every script and style into a CSP meta tag, so script-src needs no 'unsafe-inline'.
  experimental: { csp: true },
  vite: {
    plugins: [i18nFolders(LANG), coreWords(LANG), clientChunks, jsonOmits(LANG), declarationOmits(), formulaKeys(), plainDynamicImports(), minifyClient()],
    build: {
      // d3-array builds its bisect functions at load time (bisector(ascending) …); no widget uses
      // them, and marking the call pure lets Rollup drop them (0.3 KB gzip on every page).
      // The core's modules only define (test/core/pure.test.ts): one whose exports a page does not use
      // need not load there. Left to itself, Rollup keeps such a module for what its constants'
      // initializers might do, so the chip comparison, through mining.ts, loaded all of bitcoin.ts
      // (1.5 KB gzip on the asic-vs-gpu chapter and the chip-compare embed, 1.8 KB in Chinese).
      rollupOptions: { treeshake: { manualPureFunctions: ['bisector'], moduleSideEffects: (id) => !/\/src\/core\/[^/]+\.ts$/.test(id) } },
      // No preloading for dynamic imports: the only one is the embed builder, fetched when a reader
      // opens it, whose dependencies not yet loaded (its words and the snippet) then follow a round
      // trip later. Listing them cost every page with a widget 0.1 KB gzip, and the helper that
      // would load them 0.5 KB (plainDynamicImports replaces it).
      modulePreload: false,
      // minifyClient does it, with terser then swc (scripts/minify.mjs): terser alone shipped about
      // 5% less JavaScript than esbuild's minifier, and swc after it 0.4 to 1.5 KB gzip less a page.
      minify: false,
    },
    resolve: {
      alias: {
        // Astro's Svelte renderer, client half: a leaner one for islands that only ever hydrate.
        '@astrojs/svelte/client.js': new URL('./src/lib/client/svelteIsland.ts', import.meta.url).pathname,
        '@core': new URL('./src/core', import.meta.url).pathname,
        '@widgets': new URL('./src/widgets', import.meta.url).pathname,
        '@charts': new URL('./src/charts', import.meta.url).pathname,
        '@controls': new URL('./src/controls', import.meta.url).pathname,
        '@story': new URL('./src/story', import.meta.url).pathname,
        '@lib': new URL('./src/lib', import.meta.url).pathname,
        '@layouts': new URL('./src/layouts', import.meta.url).pathname,
        '@site': new URL('./src/site', import.meta.url).pathname,
        '@content': new URL('./content', import.meta.url).pathname,
      },
    },
  },
});
