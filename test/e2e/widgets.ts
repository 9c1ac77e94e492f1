/**
 * The widgets as the browser tests use them: ids, URL prefixes and parameter schemas, from each
 * folder's meta.ts, found the way src/widgets/registry.ts finds them (Playwright runs outside
 * Vite, so without import.meta.glob; it resolves the tsconfig path aliases).
 */
import { readdirSync } from 'node:fs';
import type { WidgetMeta } from '../../src/lib/widget/define';
import type { NumberParam, ParamSpec } from '../../src/lib/widget/params';
import type { Page } from '@playwright/test';

const folders = readdirSync('src/widgets', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
export const widgets: readonly WidgetMeta[] = await Promise.all(folders.map(async (id) => ((await import(`../../src/widgets/${id}/meta.ts`)) as { meta: WidgetMeta }).meta));
const registry = widgets;
export type { NumberParam, ParamSpec };

/** The widgets drawn on a page, not a scrolly's graphic: those a reader drives, and stills, whose settings are fixed. */
export const DRAWN = '[data-widget]:not([data-scrolly] [data-widget])';
/** The widgets a reader drives. */
export const LIVE = `${DRAWN}:not([data-still])`;

export const numberParams = (id: string) =>
  Object.entries(registry.find((w) => w.id === id)!.schema).filter((e): e is [string, NumberParam] => e[1].kind === 'number');

/**
 * Waits until every widget on the page has hydrated, scrolling each into view (chapters hydrate on
 * visibility), then scrolls back up. The page loads first: until then the browser may scroll a URL's
 * fragment back into view, taking a widget out of view before it has hydrated.
 */
export async function hydrateAll(page: Page) {
  await page.waitForLoadState('load');
  const frames = page.locator('[data-widget][data-hydrated]');
  const n = await frames.count();
  for (let i = 0; i < n; i++) {
    const f = frames.nth(i);
    if ((await f.getAttribute('data-hydrated')) !== 'true') await f.scrollIntoViewIfNeeded();
    await f.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return n;
}

/** Loads a page and waits until every widget on it has hydrated. */
export async function loadHydrated(page: Page, path: string) {
  await page.goto(path);
  return hydrateAll(page);
}

/**
 * What a widget shows: readouts, summary, chart descriptions, tables, every control's value and
 * the sliders' positions. Runs in the page: `widget.evaluate(widgetShown)`, so it uses nothing
 * from this module.
 */
export async function widgetShown(w: Element) {
  // "Show the numbers" tables are built when opened (DataTable.svelte); without JavaScript they are
  // already there (and no timer would run).
  const unbuilt = Array.from(w.querySelectorAll<HTMLDetailsElement>('details.data-table')).filter((d) => !d.querySelector('table'));
  unbuilt.forEach((d) => { d.open = true; });
  if (unbuilt.length) await new Promise((r) => setTimeout(r, 50));
  const texts = (sel: string) => Array.from(w.querySelectorAll(sel)).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
  return {
    readouts: texts('[data-readout]'),
    summary: texts('[data-summary]'),
    desc: texts('svg[role] > desc'),
    tables: texts('table'),
    controls: Array.from(w.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')).map((i) => `${i.value} ${i.getAttribute('aria-valuetext') ?? ''}`),
    sliders: Array.from(w.querySelectorAll<HTMLInputElement>('input[type=range]')).map((i) => `${i.value} ${i.getAttribute('aria-valuetext')}`),
  };
}
