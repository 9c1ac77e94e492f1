/**
 * The client's minifier: terser, then swc over terser's output. swc inlines more functions used
 * once than terser does, and terser folds more before it. Together they ship 0.4 to 1.5 KB gzip
 * less a page than terser alone (power shells 46.1 → 44.7 KB, 48.9 → 47.4 in Chinese): 30 KB over
 * the 42 pages with widgets of both editions, where swc first took off 22.
 * Used for Vite's client chunks (minifyClient, astro.config.mjs) and for each page's bundle of
 * islands (scripts/page-bundles.mjs).
 */
import { minify as swc } from '@swc/core';
import { minify as terser } from 'terser';
import { isClient } from './client-omits.mjs';

/** ES2020 modules (Vite's own target), without Safari 10's workarounds. */
const TERSER_OPTIONS = { module: true, ecma: 2020, safari10: false, compress: { passes: 3 }, format: { comments: false } };
const SWC_OPTIONS = { module: true, ecma: 2020, compress: { passes: 3 }, mangle: true, format: { comments: false } };

export async function minifyModule(code) {
  const { code: tersed } = await terser(code, TERSER_OPTIONS);
  return (await swc(tersed, SWC_OPTIONS)).code;
}

/**
 * Vite plugin: minifies the client build's chunks (the server's code stays as written). It runs
 * after every other plugin's renderChunk, so after Vite's import analysis has written its markers
 * in (`__VITE_IS_MODERN__`, which a minifier that ran earlier would leave as `true  &&`).
 */
export const minifyClient = () => ({
  name: 'minify-client',
  apply: 'build',
  renderChunk: {
    order: 'post',
    async handler(code) {
      if (!isClient(this)) return null;
      return { code: await minifyModule(code), map: null };
    },
  },
});
