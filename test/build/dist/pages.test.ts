/**
 * The built chapters (dist/, from `npm test`'s build) hold to what a chapter page may ship:
 * - at most 1,400 elements in its body, counted as Lighthouse counts them in a browser running
 *   the page's scripts (scripts/dom.mjs): popovers, snapshots and the no-JavaScript sections are
 *   built only when shown, so the page carries no hidden copies, and a figure or a citation of one
 *   source is no more than its superscript and link. The budget is 1,500 (issue 16, `npm run
 *   bench`); Lighthouse flags a page above 1,400, and every chapter is under that;
 * - every style rule once, and the styles of its own widgets only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { bodyElements } from '../../../scripts/dom.mjs';
import { repeatedRules } from '../../../scripts/css.mjs';
import { isScopedClass } from '../../../svelte.config.js';
import { widgets } from '@widgets/registry';
import { chapterPages, distDir } from '../../support/builtSite';

/** Lighthouse's DOM size audit flags a page above this. */
const MAX_ELEMENTS = 1400;
const chapters = chapterPages();
const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const parser = new new Window().DOMParser();

/**
 * The scoped style classes only one widget renders (read from its embed page): a chapter that
 * does not place the widget should carry no rule naming them.
 */
function ownClasses(): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  for (const w of widgets) {
    const body = parser.parseFromString(html(`embed/${w.id}`), 'text/html').body;
    const root = body.querySelector(`[data-widget="${w.id}"]`)!;
    seen.set(w.id, new Set([root, ...root.querySelectorAll('*')].flatMap((el) => [...el.classList].filter(isScopedClass))));
  }
  return new Map(widgets.map((w) => [w.id, new Set([...seen.get(w.id)!].filter((c) => widgets.every((o) => o.id === w.id || !seen.get(o.id)!.has(c))))]));
}

describe('a built chapter page', () => {
  it.each(chapters)(`%s has at most ${MAX_ELEMENTS} elements in its body`, (path) => {
    const n = bodyElements(distDir, path);
    expect(n, `${path} has ${n} elements; Lighthouse flags pages above 1,400. Build what is hidden when it is shown (popovers, snapshots), or split the chapter.`).toBeLessThanOrEqual(MAX_ELEMENTS);
  });

  it.each(chapters)('%s carries each style rule once', (path) => {
    expect(repeatedRules(html(path))).toEqual([]);
  });

  it.each(chapters)('%s carries the styles of its own widgets and no others', (path) => {
    const page = html(path);
    const css = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    const placed = new Set([...page.matchAll(/data-widget="([^"]+)"/g)].map((m) => m[1]));
    for (const [id, classes] of ownClasses()) {
      expect(classes.size, `${id}: its embed page shows no styled element of its own, so this check would prove nothing`).toBeGreaterThan(0);
      const named = [...classes].filter((c) => css.includes(`.${c}`));
      if (placed.has(id)) expect(named.length, `${id} is on the page, so its styles are`).toBe(classes.size);
      else expect(named, `${id} is not on ${path}, but its styles are`).toEqual([]);
    }
  });
});
