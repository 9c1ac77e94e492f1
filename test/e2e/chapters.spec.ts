/**
 * What every chapter promises, checked once per chapter (its widgets come from the registry):
 * - it reads without JavaScript: all its words, every widget drawn with its numbers, and those
 *   numbers are the ones the widgets show once they hydrate;
 * - bad values in a link are clamped or replaced, and each widget notes every one;
 * - a slider (or, without one, a list) in each widget, moved by keyboard, changes its summary and
 *   the URL, and loading that URL shows every widget as it was;
 * - on a phone (360 px), no two texts of a chart overlap (axis labels, titles, marks' labels).
 * A scrolly's graphic follows the scroll, not the URL: reading-modes.spec.ts tests it.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parseParams } from '../../src/lib/widget/params';
import { chapterPages } from './site';
import { DRAWN, LIVE, hydrateAll, widgetShown, widgets, type ParamSpec } from './widgets';

// Each test loads a long chapter twice and waits for its islands: give a busy machine room.
test.describe.configure({ timeout: 120_000 });

const BAD = /NaN|Infinity|undefined/;
const meta = (id: string) => widgets.find((w) => w.id === id)!;
/** Words in a text, each Chinese character counted as one (a Chinese chapter has no spaces between words). */
const words = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length + text.replace(/\p{Script=Han}/gu, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** The Chinese edition's pages, under /zh/. */
const chinese = (path: string) => path.startsWith('/zh/');

/** The words of a chapter's prose in its MDX, without frontmatter, imports, tags and expressions. */
function proseWords(path: string): number {
  const slug = path.split('/').filter(Boolean).at(-1)!;
  const dir = chinese(path) ? 'content/zh/chapters' : 'content/chapters';
  const file = readdirSync(dir).find((f) => f.replace(/^\d+-/, '') === `${slug}.mdx`);
  if (!file) throw new Error(`No ${dir}/NN-${slug}.mdx for ${path}`);
  const mdx = readFileSync(`${dir}/${file}`, 'utf8');
  return words(mdx.replace(/^---[\s\S]*?\n---/, '').replace(/^import .*$/gm, '').replace(/<[^>]+>/g, ' ').replace(/\{[^}]*\}/g, ' '));
}

const shown = (widget: Locator) => widget.evaluate(widgetShown);

/** The article's text (hidden popovers too), without the titles of sources, which say what they say ("One, Two, (Three), Infinity"). */
const articleText = (page: Page) => page.locator('article').evaluate((a) => {
  const c = a.cloneNode(true) as Element;
  c.querySelectorAll('cite, [id^="source-"], .pop-source, script, style').forEach((n) => n.remove());
  return c.textContent ?? '';
});

/**
 * Node's ICU writes compact currency with a trailing zero that browsers drop ("$32.0M" against
 * "$32M"; src/lib/widget/format.ts's money() avoids it): server and browser text are compared without it.
 */
const sameOnBothEngines = (s: Awaited<ReturnType<typeof shown>>) =>
  JSON.parse(JSON.stringify(s).replace(/(\d)\.0([KMBT])\b/g, '$1$2')) as typeof s;

const idsOf = (page: Page, selector = LIVE) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-widget')!));
const settled = (widget: Locator) => expect(widget).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });

/** Bad values for a widget's first parameters: too high, not a number, too low, not a choice. */
function badQuery(prefix: string, schema: Record<string, ParamSpec>, q: URLSearchParams) {
  const numbers = Object.values(schema).filter((s) => s.kind === 'number');
  const [high, nan, low] = numbers;
  const span = (s: ParamSpec & { kind: 'number' }) => Math.max(1, s.max - s.min) * 10;
  if (high) q.set(`${prefix}.${high.key}`, String(high.max + span(high)));
  if (nan) q.set(`${prefix}.${nan.key}`, 'banana');
  if (low) q.set(`${prefix}.${low.key}`, String(low.min - span(low)));
  const choice = Object.values(schema).find((s) => s.kind === 'choice');
  if (choice) q.set(`${prefix}.${choice.key}`, 'atlantis');
  return high;
}

for (const path of chapterPages()) {
  test.describe(path, () => {
    test('reads without JavaScript: all its words, every widget drawn with its numbers, the same once hydrated', async ({ browser, page }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const plain = await context.newPage();
      await plain.goto(path);
      await expect(plain.locator('article h1')).toBeVisible();
      // The chapter's own words: the article without its widgets, snapshots, sources and citation box.
      const text = await plain.locator('article').evaluate((a) => {
        const c = a.cloneNode(true) as HTMLElement;
        c.querySelectorAll('[data-widget], .scrolly-snapshot, .scrolly-graphic, section.sources, section.cite-this, nav').forEach((n) => n.remove());
        document.body.append(c);
        const t = c.innerText;
        c.remove();
        return t;
      });
      const prose = proseWords(path);
      expect(words(text), `${path} shows fewer words than its MDX's ${prose}`).toBeGreaterThanOrEqual(Math.round(prose * 0.95));
      expect((await articleText(plain)).match(BAD)?.[0]).toBeUndefined();
      // Every widget and every scrolly snapshot draws something; live widgets say it in a sentence.
      for (const el of await plain.locator('[data-widget], .scrolly-snapshot').all()) {
        const name = (await el.getAttribute('data-widget')) ?? (await el.getAttribute('aria-label'));
        expect(await el.locator('svg, [data-readout]').count(), `${path}: ${name} renders nothing without JavaScript`).toBeGreaterThan(0);
      }
      // A still too: without JavaScript and with it, it shows the same (its tables built when opened).
      const ids = await idsOf(plain, DRAWN);
      expect(ids.length, 'widgets on the page').toBeGreaterThan(0);
      const before: Record<string, Awaited<ReturnType<typeof shown>>> = {};
      for (const id of ids) {
        before[id] = await shown(plain.locator(`[data-widget="${id}"]`));
        expect(before[id]!.summary.join(''), `${id}: summary sentence`).not.toBe('');
      }
      await context.close();

      // Hydrating changes none of it: the server rendered the real numbers.
      await page.goto(path);
      await hydrateAll(page);
      for (const id of ids) {
        const widget = page.locator(`[data-widget="${id}"]`);
        await settled(widget);
        expect(sameOnBothEngines(await shown(widget)), `${id} after hydration`).toEqual(sameOnBothEngines(before[id]!));
      }
    });

    test('bad values in the link are clamped or replaced, and each widget notes every one', async ({ page }) => {
      const onPage = new Set(await (async () => {
        await page.goto(path);
        return idsOf(page);
      })());
      const q = new URLSearchParams();
      const clamped = new Map<string, ParamSpec>();
      for (const id of onPage) {
        const high = badQuery(meta(id).prefix, meta(id).schema, q);
        if (high) clamped.set(id, high);
      }
      await page.goto(`${path}?${q}`);
      await hydrateAll(page);
      for (const id of onPage) {
        const w = meta(id);
        const widget = page.locator(`[data-widget="${id}"]`);
        const expected = parseParams(w.schema, q, w.prefix).notes;
        expect(expected.length, `${id}: bad values in the link`).toBeGreaterThan(0);
        // The notes are worded in the page's language: the English ones word for word, the Chinese ones one for one.
        if (chinese(path)) await expect(widget.getByRole('status').locator('li')).toHaveCount(expected.length);
        else await expect(widget.getByRole('status').locator('li')).toHaveText(expected);
        const high = clamped.get(id);
        if (high?.kind === 'number') {
          const slider = chinese(path) ? widget.locator(`input[type="range"][min="${high.min}"][max="${high.max}"]`) : widget.getByRole('slider', { name: high.label, exact: true });
          if (await slider.count()) await expect(slider.first()).toHaveValue(String(high.max));
        }
      }
      expect((await articleText(page)).match(BAD)?.[0]).toBeUndefined();
    });

    test('a slider (or list) in each widget, moved by keyboard, changes its summary and the URL; the link shows the same', async ({ page }) => {
      await page.goto(path);
      await hydrateAll(page);
      const ids = await idsOf(page);
      const seen: Record<string, Awaited<ReturnType<typeof shown>>> = {};
      const keys: Record<string, string> = {};
      for (const id of ids) {
        const w = meta(id);
        const widget = page.locator(`[data-widget="${id}"]`);
        const summary = widget.locator('[data-summary]');
        const before = await summary.innerText();
        const slider = widget.locator('input[type=range]:visible').first();
        const control = (await slider.count()) ? slider : widget.locator('select:visible').first();
        expect(await control.count(), `${id}: a slider or a list`).toBe(1);
        const label = await control.evaluate((el: HTMLInputElement | HTMLSelectElement) => el.labels?.[0]?.textContent?.trim() ?? '');
        // The English label names the parameter; a Chinese page's control is found by its range or choices.
        const shape = await control.evaluate((el: HTMLInputElement | HTMLSelectElement) => (el instanceof HTMLSelectElement ? [...el.options].map((o) => o.value).join('|') : `${el.min}|${el.max}|${el.step}`));
        const spec = Object.values(w.schema).find((s) => (chinese(path) ? (s.kind === 'number' ? `${s.min}|${s.max}|${s.step}` : s.options.map((o) => o.value).join('|')) === shape : s.label.trim() === label));
        expect(spec, `${id}: "${label}" is a parameter`).toBeDefined();
        const was = await control.inputValue();
        await control.focus();
        const [up, down, times] = spec!.kind === 'number' ? ['ArrowRight', 'ArrowLeft', 5] : ['ArrowDown', 'ArrowUp', 1];
        for (let i = 0; i < times; i++) await page.keyboard.press(up);
        if ((await control.inputValue()) === was) for (let i = 0; i < times; i++) await page.keyboard.press(down);
        const value = await control.inputValue();
        expect(value, `${id}: ${label} moved`).not.toBe(was);
        await expect(summary, `${id}: the summary follows ${label}`).not.toHaveText(before);
        const key = `${w.prefix}.${spec!.key}`;
        const want = spec!.kind === 'number' ? String(Number(value)) : value;
        await expect.poll(() => new URL(page.url()).searchParams.get(key), `${id}: ${key} in the URL`).toBe(want);
        keys[key] = want;
        await settled(widget);
        seen[id] = await shown(widget);
      }
      // One link carries every widget's change, and loading it shows each as it was.
      const url = new URL(page.url());
      for (const [key, want] of Object.entries(keys)) expect(url.searchParams.get(key), key).toBe(want);
      await page.goto(url.href);
      await hydrateAll(page);
      for (const id of ids) {
        const widget = page.locator(`[data-widget="${id}"]`);
        await settled(widget);
        expect(await shown(widget), `${id} from the link`).toEqual(seen[id]);
      }
    });
  });
}

// Chinese labels run long ("2,000万美元", "2025年1月"): on a phone an axis's labels ran into each
// other (English months too, at 360 px), and an axis title covered the top tick's label. AxisX keeps
// every k-th tick where labels would collide; this checks every chart of every chapter at a common
// phone width, as the browser lays its text out.
for (const path of chapterPages()) {
  test(`${path}: on a phone, no two texts of a chart overlap`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    await hydrateAll(page);
    const overlaps = await page.evaluate(() => {
      const out: string[] = [];
      for (const svg of document.querySelectorAll('[data-widget] svg[viewBox]')) {
        const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim() && t.getBoundingClientRect().width);
        const boxes = texts.map((t) => t.getBoundingClientRect());
        // Each text's line box, less 3 px at top and bottom: stacked lines' boxes touch, their glyphs do not.
        texts.forEach((a, i) => texts.slice(i + 1).forEach((b, j) => {
          const [p, q] = [boxes[i]!, boxes[i + j + 1]!];
          if (p.left < q.right - 1 && q.left < p.right - 1 && p.top + 3 < q.bottom - 3 && q.top + 3 < p.bottom - 3)
            out.push(`${svg.closest('[data-widget]')!.getAttribute('data-widget')}: "${a.textContent}" / "${b.textContent}"`);
        }));
      }
      return out;
    });
    expect(overlaps).toEqual([]);
  });
}
