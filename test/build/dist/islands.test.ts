/**
 * The islands' element (scripts/lean-island.mjs): every page with an island carries the lean
 * `<astro-island>` in place of Astro's, its CSP lets every inline script run, and every island uses
 * only what the lean element supports. Each page's islands load from one file of their own
 * (scripts/page-bundles.mjs). Hydration itself is tested in the browsers (test/e2e, test/engines).
 */
import { describe, expect, it } from 'vitest';
import { astroIsland, cspHash, directives, leanIslandScript } from '../../../scripts/lean-island.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { importsOf, inlineScripts, jsClosure, pageScripts, sharedEntries } from '../../../scripts/bytes.mjs';
import { builtPages, distDir, htmlOf, scriptSrcOf } from '../../support/builtSite';

const lean = await leanIslandScript();
const pages = builtPages().map((path) => ({ path, html: htmlOf(path) }));
const withIslands = pages.filter((p) => p.html.includes('<astro-island'));
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The kinds of value in one of Astro's serialized props ([kind, value], objects and arrays nested). */
function propKinds([kind, value]: [number, unknown], out = new Set<number>()): Set<number> {
  out.add(kind);
  if (kind === 1) for (const v of value as [number, unknown][]) propKinds(v, out);
  else if (kind === 0 && value && typeof value === 'object') for (const v of Object.values(value)) propKinds(v as [number, unknown], out);
  return out;
}

describe('the islands\' element', () => {
  it('finds pages with islands in both editions', () => {
    expect(withIslands.some((p) => p.path.startsWith('/zh/'))).toBe(true);
    expect(withIslands.some((p) => !p.path.startsWith('/zh/'))).toBe(true);
  });

  it.each(withIslands.map((p) => [p.path, p.html] as const))('%s defines the lean element once, and neither Astro\'s nor its directive scripts', (path, html) => {
    expect(html.split(`<script>${lean}</script>`).length - 1, path).toBe(1);
    expect(html).not.toContain(astroIsland);
    for (const directive of directives) expect(html, path).not.toContain(directive);
  });

  it.each(pages.map((p) => [p.path, p.html] as const))('%s lets every inline script run under its CSP', (path, html) => {
    const scriptSrc = scriptSrcOf(html);
    for (const script of inlineScripts(html)) expect(scriptSrc, `${path}: ${script.slice(0, 60)}…`).toContain(cspHash(script));
    for (const gone of [astroIsland, ...directives]) expect(scriptSrc, `${path}: the hash of a script the build removed`).not.toContain(cspHash(gone));
  });

  it.each(withIslands.map((p) => [p.path, p.html] as const))('%s asks of each island only what the lean element does', (path, html) => {
    for (const [tag] of html.matchAll(/<astro-island[^>]*>/g)) {
      const label = `${path}: ${attribute(tag, 'component-url')}`;
      expect(attribute(tag, 'renderer-url'), label).toMatch(/\.js$/);
      expect(['visible', 'load'], label).toContain(attribute(tag, 'client'));
      expect(tag, label).not.toContain('before-hydration-url');
      expect(tag, label).toContain(' ssr');
      expect([...propKinds([0, JSON.parse(attribute(tag, 'props') ?? '{}')])].filter((k) => ![0, 1, 11].includes(k)), label).toEqual([]);
    }
    expect(html, path).not.toMatch(/<astro-slot|data-astro-template/);
  });
});

describe('each page\'s island file (scripts/page-bundles.mjs)', () => {
  const attributes = (html: string, name: string) => [...html.matchAll(/<astro-island[^>]*>/g)].map(([tag]) => attribute(tag, name)!);
  const code = (url: string) => readFileSync(join(distDir, url), 'utf8');
  // What pages share: their renderer chunk and module scripts, and all these import.
  const shared = new Set(jsClosure(distDir, withIslands.flatMap(({ html }) => sharedEntries(html))));

  it.each(withIslands.map((p) => [p.path, p.html] as const))('%s loads its islands from one file, which exports each island\'s component and imports only shared chunks', (path, html) => {
    const urls = [...new Set(attributes(html, 'component-url'))];
    expect(urls, path).toHaveLength(1);
    const text = code(urls[0]!);
    const exported = [.../export\s*\{([^}]*)\}/.exec(text)?.[1]?.matchAll(/(?:[\w$]+\s+as\s+)?([\w$]+)\s*(?:,|$)/g) ?? []].map((m) => m[1]);
    for (const name of attributes(html, 'component-export')) expect(exported, `${path}: ${urls[0]} exports ${name}`).toContain(name);
    for (const spec of importsOf(text)) expect(shared, `${path}: ${urls[0]} imports ${spec}`).toContain(posix.join(posix.dirname(urls[0]!), spec));
  });

  it('leaves no script that no page can load', () => {
    const loaded = new Set(pages.flatMap(({ path }) => pageScripts(distDir, path)));
    for (const dir of ['/_astro/', '/zh/_astro/']) {
      const files = readdirSync(join(distDir, dir)).filter((f) => f.endsWith('.js')).map((f) => dir + f);
      expect(files.length, dir).toBeGreaterThan(0);
      expect(files.filter((url) => !loaded.has(url)), dir).toEqual([]);
    }
  });
});
