/**
 * The built site as the tests see it: every page in the build output (dist/, or TEST_DIST), as
 * URL paths. Tests walk dist/ rather than keep a list, and choose the pages they check by rule.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = process.env.TEST_DIST ?? 'dist';

/** Every page in the build output, as URL paths ("/", "/chapters/halving-squeeze/", "/404.html"), sorted. */
export function builtPages(dir = distDir): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}/: run \`npx astro build\` first (npm test does).`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The script-src directive of a page's CSP, from the meta tag Astro writes (empty when there is none). */
export const scriptSrcOf = (html: string) =>
  (/<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '').split(';').find((d) => d.trim().startsWith('script-src')) ?? '';

/** The HTML file of a page path. */
export const fileOf = (path: string, dir = distDir) => join(dir, path.endsWith('/') ? `${path}index.html` : path);
export const htmlOf = (path: string, dir = distDir) => readFileSync(fileOf(path, dir), 'utf8');

/**
 * The template a page is built from, read from its path: a page one level below a section is one
 * of many ("/chapters/*\/", "/embed/*\/", "/teach/*\/"); any other page is its own ("/", "/teach/",
 * "/glossary/", "/404.html").
 */
export function templateOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return path.endsWith('/') && parts.length >= 2 ? `/${parts.slice(0, -1).join('/')}/*/` : path;
}

export const isChapter = (path: string) => templateOf(path).endsWith('/chapters/*/');
export const isEmbed = (path: string) => templateOf(path).endsWith('/embed/*/');
export const chapterPages = (dir = distDir) => builtPages(dir).filter(isChapter);

/** Ids of the widgets the chapters place (live or as a scrolly graphic). */
export const widgetsInChapters = (dir = distDir) =>
  new Set(chapterPages(dir).flatMap((p) => [...htmlOf(p, dir).matchAll(/data-widget="([^"]+)"/g)].map((m) => m[1]!)));

/**
 * The pages a per-page check visits: every chapter, the first page (alphabetically) of every other
 * template, and the embed page of any widget no chapter places. Embed and lesson-note pages repeat
 * widget markup and a layout that chapters and one page of their template already show; a widget
 * found on no chapter is checked on its own page.
 */
export function checkedPages(dir = distDir): string[] {
  const pages = builtPages(dir);
  const placed = widgetsInChapters(dir);
  const firstOfTemplate = new Map<string, string>();
  for (const p of pages) if (!firstOfTemplate.has(templateOf(p))) firstOfTemplate.set(templateOf(p), p);
  const unplaced = pages.filter((p) => isEmbed(p) && !placed.has(p.split('/').filter(Boolean).at(-1)!));
  return [...new Set([...pages.filter(isChapter), ...firstOfTemplate.values(), ...unplaced])].sort();
}
