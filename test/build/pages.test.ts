/**
 * The real chapters, built (in a throwaway copy of the site, test/support/tempSite.ts, like the
 * other build tests), hold to what a chapter page may ship:
 * - at most 1,500 elements in its body, counted as Lighthouse counts them in a browser running
 *   the page's scripts (scripts/dom.mjs): popovers, snapshots and the no-JavaScript sections are
 *   built only when shown, so the page carries no hidden copies;
 * - every style rule once, and the styles of its own widgets only.
 * The build takes a minute or two, so it starts once, in beforeAll.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { bodyElements } from '../../scripts/dom.mjs';
import { repeatedRules } from '../../scripts/css.mjs';
import { chapterSlug } from '@lib/content/chapterText';
import { widgets } from '@widgets/registry';
import { astroBuild, tempSite, type Run } from '../support/tempSite';

const MAX_ELEMENTS = 1500;
const TIMEOUT = 15 * 60_000;
const chapters = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx')).map((f) => chapterSlug(f.replace(/\.mdx$/, '')));

let dir = '';
let build: Promise<Run>;
const dist = () => join(dir, 'dist');
const html = (path: string) => readFileSync(join(dist(), path, 'index.html'), 'utf8');
const parser = new new Window().DOMParser();

beforeAll(() => {
  dir = tempSite('pages');
  cpSync('content/chapters', join(dir, 'content/chapters'), { recursive: true });
  build = astroBuild(dir);
});

afterAll(async () => {
  if (dir && !process.env.KEEP_BUILD_DIRS) await rm(dir, { recursive: true, force: true });
}, 300_000);

/**
 * The scoped style classes only one widget renders (read from its embed page): a chapter that
 * does not place the widget should carry no rule naming them.
 */
function ownClasses(): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  for (const w of widgets) {
    const body = parser.parseFromString(html(`embed/${w.id}`), 'text/html').body;
    const root = body.querySelector(`[data-widget="${w.id}"]`)!;
    seen.set(w.id, new Set([root, ...root.querySelectorAll('*')].flatMap((el) => [...el.classList].filter((c) => c.startsWith('svelte-')))));
  }
  return new Map(widgets.map((w) => [w.id, new Set([...seen.get(w.id)!].filter((c) => widgets.every((o) => o.id === w.id || !seen.get(o.id)!.has(c))))]));
}

describe('a built chapter page', () => {
  it('builds', async () => {
    const b = await build;
    expect(b.code, b.output.slice(-3000)).toBe(0);
  }, TIMEOUT);

  it.each(chapters)(`%s: has at most ${MAX_ELEMENTS} elements in its body`, async (slug) => {
    await build;
    const n = bodyElements(dist(), `/chapters/${slug}/`);
    expect(n, `/chapters/${slug}/ has ${n} elements; Lighthouse flags pages above 1,400. Build what is hidden when it is shown (popovers, snapshots), or split the chapter.`).toBeLessThanOrEqual(MAX_ELEMENTS);
  }, TIMEOUT);

  it.each(chapters)('%s: carries each style rule once', async (slug) => {
    await build;
    expect(repeatedRules(html(`chapters/${slug}`))).toEqual([]);
  }, TIMEOUT);

  it.each(chapters)('%s: carries the styles of its own widgets and no others', async (slug) => {
    await build;
    const page = html(`chapters/${slug}`);
    const css = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    const placed = new Set([...page.matchAll(/data-widget="([^"]+)"/g)].map((m) => m[1]));
    for (const [id, classes] of ownClasses()) {
      expect(classes.size, `${id}: its embed page shows no styled element of its own, so this check would prove nothing`).toBeGreaterThan(0);
      const named = [...classes].filter((c) => css.includes(`.${c}`));
      if (placed.has(id)) expect(named.length, `${id} is on the page, so its styles are`).toBe(classes.size);
      else expect(named, `${id} is not on /chapters/${slug}/, but its styles are`).toEqual([]);
    }
  }, TIMEOUT);
});
