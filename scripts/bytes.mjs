/**
 * Bytes a built page ships: its HTML, its CSS (linked, or inlined and so also inside the HTML
 * figure), and every JavaScript file it can load: module
 * scripts, each island's component and renderer, and all their static and dynamic imports.
 * `embedBuilder` is the part of that JavaScript only the "Embed or share" builder needs, which
 * loads when a reader first opens it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The builder's chunk, named by Vite after src/controls/EmbedShare.svelte. */
const isEmbedBuilder = (url) => /\/EmbedShare\.[\w-]+\.js$/.test(url);

/** A built file's imports: static (`import … from`, `export … from`) and dynamic (`import("…")`). */
export const importsOf = (code) => [...code.matchAll(/(?:import|export)\s*(?:[^"'`]*?from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => m[1] ?? m[2]);

/** URL paths of the scripts `entries` load, themselves and all they import, but for those `skip` names. */
export function jsClosure(distDir, entries, skip = () => false) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.pop();
    if (seen.has(url) || !url.startsWith('/') || skip(url)) continue;
    const file = join(distDir, url);
    if (!existsSync(file)) continue;
    seen.add(url);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec));
  }
  return [...seen].sort();
}

/** The text of each inline script in a page (Astro's island loader…), JSON data blocks apart. */
export const inlineScripts = (text) => [...text.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

const htmlFileOf = (distDir, pagePath) => join(distDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
const attrs = (text, re) => [...text.matchAll(re)].map((m) => m[1].replace(/&amp;/g, '&'));

/** The scripts a page starts from that other pages share: module scripts, and each island's renderer and hook. */
export const sharedEntries = (text) => [
  ...attrs(text, /<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...attrs(text, /renderer-url="([^"]+)"/g),
  ...attrs(text, /before-hydration-url="([^"]+)"/g),
];

/** The scripts a page starts from: those it shares and each island's component. */
export const scriptEntries = (text) => [...sharedEntries(text), ...attrs(text, /component-url="([^"]+)"/g)];

const entriesOf = (distDir, pagePath) => scriptEntries(readFileSync(htmlFileOf(distDir, pagePath), 'utf8'));

/** URL paths of every JavaScript file a built page can load, the embed builder included. */
export const pageScripts = (distDir, pagePath) => jsClosure(distDir, entriesOf(distDir, pagePath));

/** URL paths of the JavaScript files a built page loads before a reader opens the embed builder. */
export const pageScriptsWithoutBuilder = (distDir, pagePath) => jsClosure(distDir, entriesOf(distDir, pagePath), isEmbedBuilder);

export function pageBytes(distDir, pagePath) {
  const html = readFileSync(htmlFileOf(distDir, pagePath));
  const text = html.toString('utf8');
  const attr = (re) => attrs(text, re);
  const entries = scriptEntries(text);
  const js = jsClosure(distDir, entries);
  const withoutBuilder = new Set(jsClosure(distDir, entries, isEmbedBuilder));
  const builder = js.filter((u) => !withoutBuilder.has(u));
  const css = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const size = (buffers) => buffers.reduce((a, b) => ({ raw: a.raw + b.length, gzip: a.gzip + (b.length ? gz(b) : 0) }), { raw: 0, gzip: 0 });
  const files = (urls) => urls.map((u) => readFileSync(join(distDir, u)));
  const inner = (re) => [...text.matchAll(re)].map((m) => Buffer.from(m[1]));
  // Inline scripts (Astro's island loader) count too; styles are inlined (astro.config.mjs), so
  // CSS is mostly <style> text inside the HTML.
  // JSON data blocks (a widget's readout record, a chapter's glossary) are data, not JavaScript:
  // they count in the HTML and apart, as `data`.
  const jsSize = size([...files(js), ...inlineScripts(text).map((s) => Buffer.from(s))]);
  const builderSize = size(files(builder));
  const dataSize = size(inner(/<script[^>]*type="application\/json"[^>]*>([\s\S]*?)<\/script>/g));
  const cssSize = size([...files(css), ...inner(/<style[^>]*>([\s\S]*?)<\/style>/g)]);
  return {
    page: pagePath,
    html: { raw: html.length, gzip: gz(html) },
    css: { ...cssSize, files: css.length },
    js: { ...jsSize, files: js.length },
    data: dataSize,
    embedBuilder: { ...builderSize, files: builder.length },
    /** What the page loads before a reader opens the embed builder: what budgets hold. */
    jsWithoutBuilder: { raw: jsSize.raw - builderSize.raw, gzip: jsSize.gzip - builderSize.gzip },
    islands: (text.match(/<astro-island/g) ?? []).length,
  };
}

export const kb = (n) => Math.round(n / 102.4) / 10;
