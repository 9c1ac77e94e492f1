// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import widgetIslands from './scripts/widget-islands.mjs';

/**
 * All islands share one Svelte runtime chunk. Left alone, Rollup splits the runtime by which
 * islands use which parts, and the fragments gzip worse than the whole (client build only).
 */
const svelteRuntimeChunk = {
  name: 'svelte-runtime-chunk',
  outputOptions(options) {
    if (this.environment?.config.consumer !== 'client') return null;
    return { ...options, manualChunks: (id) => (/node_modules\/svelte\//.test(id) ? 'svelte' : undefined) };
  },
};

export default defineConfig({
  site: 'https://compute-is-power.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [widgetIslands(), svelte(), mdx()],
  // Styles go inline: a chapter otherwise waits on some 25 small render-blocking CSS requests.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Hashes every script and style into a CSP meta tag, so script-src needs no 'unsafe-inline'.
  experimental: { csp: true },
  vite: {
    plugins: [svelteRuntimeChunk],
    build: {
      // Terser (module-aware, three passes) ships about 5% less JavaScript than esbuild's minifier.
      minify: 'terser',
      terserOptions: { module: true, compress: { passes: 3 }, format: { comments: false } },
    },
    resolve: {
      alias: {
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
