/**
 * Embeds as a course page gets them: every widget in a sandboxed iframe (with and without
 * allow-same-origin) on a host page served from another port, sized by the optional host
 * script; and the "Embed or share" builder in the story, copying the current state by keyboard.
 */
import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { widgets } from './widgets';
import { chapterSlug } from '../../src/lib/content/chapterText';

const SANDBOXES = { 'allow-scripts': 'allow-scripts', 'allow-scripts allow-same-origin': 'allow-scripts allow-same-origin' } as const;

/** A course page: a focused notes field, the embed, the host script, and text below to scroll. */
function hostHtml(site: string, src: string, sandbox: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title>
<style>body{margin:0;font:16px/1.5 sans-serif}iframe{display:block;width:100%;border:0}</style></head><body>
<h1>Week 3</h1><label>Your notes <input id="notes" autofocus></label>
<iframe id="embed" src="${src}" title="Widget" width="100%" height="300" loading="lazy" allow="fullscreen" sandbox="${sandbox}"></iframe>
<p style="height:4000px">More of the lesson.</p>
<script>
  window.__messages = [];
  addEventListener('message', function (e) { if (e.source === document.getElementById('embed').contentWindow) __messages.push(e.data); });
</script>
<script src="${site}/embed-host.js" async></script>
</body></html>`;
}

let server: Server;
let hostOrigin = '';
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostHtml(u.searchParams.get('site')!, u.searchParams.get('src')!, u.searchParams.get('sandbox')!));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

const frameHeight = (page: Page) => page.locator('#embed').evaluate((el) => el.getBoundingClientRect().height);

// Both editions: the Chinese embed (/zh/embed/…) is the same widget with its words in Chinese.
for (const edition of ['', '/zh'])
for (const w of widgets) {
  for (const sandbox of Object.values(SANDBOXES)) {
    test(`${edition}/embed/${w.id}/ in a frame with sandbox="${sandbox}": hydrates, is sized and stays put, ignores foreign messages, works by keyboard`, async ({ page, baseURL }) => {
      test.setTimeout(60_000);
      const consoleErrors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
      const src = `${baseURL}${edition}/embed/${w.id}/`;
      await page.goto(`${hostOrigin}/?${new URLSearchParams({ site: baseURL!, src, sandbox })}`);
      const frame = page.frameLocator('#embed');
      const widget = frame.locator('[data-widget]').first();
      await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });

      // The host script applied the posted height: the frame fits the embed's content.
      await expect.poll(() => page.locator('#embed').evaluate((el) => (el as HTMLElement).style.height), { timeout: 10_000 }).not.toBe('');
      const content = () => frame.locator('[data-embed-root]').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY));
      await expect.poll(async () => Math.abs((await frameHeight(page)) - (await content())), { timeout: 10_000 }).toBeLessThanOrEqual(8);

      // …and holds still for two seconds.
      const first = await frameHeight(page);
      for (let i = 0; i < 8; i++) {
        await page.waitForTimeout(250);
        expect(await frameHeight(page), `frame height after ${(i + 1) * 250} ms`).toBe(first);
      }
      // The host page neither scrolled nor lost focus, and the embed does not scroll sideways.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');
      expect(await frame.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);

      // Foreign and malformed messages get no reply and change nothing; the documented request gets one.
      const messages = () => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages.length);
      const before = { n: await messages(), text: await widget.innerText() };
      await page.evaluate(() => {
        const target = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
        const junk: unknown[] = ['request-height', '{"cip-embed":"request-height"}', null, 42, [{ 'cip-embed': 'request-height' }],
          { 'cip-embed': 'navigate', to: 'https://example.com' }, { 'cip-embed': 'request-height', extra: 1 },
          { 'datawrapper-height': { x: 1 } }, { subject: 'lti.frameResize', height: 10 }, { context: 'iframe.resize', height: 1 }];
        for (const m of junk) target.postMessage(m, '*');
      });
      await page.waitForTimeout(600);
      expect(await messages(), 'replies to foreign messages').toBe(before.n);
      expect(await widget.innerText()).toBe(before.text);
      expect(await frameHeight(page)).toBe(first);
      await page.evaluate(() => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ 'cip-embed': 'request-height' }, '*'));
      await expect.poll(messages).toBeGreaterThan(before.n);

      // By keyboard inside the frame: the first slider (or list) moves, and the widget follows.
      const slider = widget.locator('input[type=range]').first();
      const control = (await slider.count()) ? slider : widget.locator('select').first();
      await control.focus();
      await page.keyboard.press('ArrowRight');
      if ((await widget.innerText()) === before.text) await page.keyboard.press('ArrowLeft');
      if ((await widget.innerText()) === before.text) await page.keyboard.press('ArrowDown');
      await expect.poll(() => widget.innerText()).not.toBe(before.text);
      expect(consoleErrors).toEqual([]);
    });
  }
}

test('the miner’s dilemma re-simulates in a frame with sandbox="allow-scripts" (an opaque origin), to the same numbers as on its own page', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  const src = `${baseURL}/embed/miners-dilemma/`;
  await page.goto(`${hostOrigin}/?${new URLSearchParams({ site: baseURL!, src, sandbox: 'allow-scripts' })}`);
  const frame = page.frameLocator('#embed');
  const widget = frame.locator('[data-widget="miners-dilemma"]');
  await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  expect(await frame.locator('html').evaluate(() => window.origin), 'the frame has an opaque origin').toBe('null');
  const summary = widget.locator('[data-summary]');
  const first = await summary.innerText();
  const seed = widget.getByRole('spinbutton', { name: /Seed/ });
  await seed.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('7');
  await expect(summary).toContainText(/^Seed 7, /, { timeout: 30_000 });
  await expect(widget).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
  const inFrame = { summary: await summary.innerText(), hold: await widget.locator('[data-readout="median-hold"]').innerText() };
  expect(inFrame.summary).not.toBe(first);
  // The same seed on the widget's own page, simulated at load, gives the same numbers.
  await page.goto(`${src}?md.seed=7`);
  const own = page.locator('[data-widget="miners-dilemma"]');
  await expect(own).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  await expect(own.locator('[data-summary]')).toHaveText(inFrame.summary);
  await expect(own.locator('[data-readout="median-hold"]')).toHaveText(inFrame.hold);
  expect(errors).toEqual([]);
});

/** The widget as placed in its chapter: the live one, not a scrolly's per-step snapshots. */
const liveWidget = (page: Page, id: string) => page.locator(`[data-widget="${id}"]:not(.scrolly-snapshot *)`).first();

for (const w of widgets) {
  test(`${w.id} in its chapter: "Embed or share" copies the current-state snippet and link by keyboard, with a live preview`, async ({ page, context, baseURL }) => {
    test.setTimeout(60_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(`/chapters/${chapterSlug(w.chapter)}/`);
    const widget = liveWidget(page, w.id);
    await widget.scrollIntoViewIfNeeded();
    await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });

    // Change the state by keyboard when the widget has a visible control.
    let changed: string | null = null;
    const slider = widget.locator('input[type=range]:visible').first();
    const select = widget.locator('select:visible').first();
    if (await slider.count()) {
      const was = await slider.inputValue();
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      if ((await slider.inputValue()) === was) await page.keyboard.press('ArrowLeft');
      changed = await slider.inputValue();
    } else if (await select.count()) {
      const was = await select.inputValue();
      await select.focus();
      // Down, unless it starts on the last option (the deals board opens on the latest deal).
      await page.keyboard.press(was === (await select.locator('option').last().getAttribute('value')) ? 'ArrowUp' : 'ArrowDown');
      changed = await select.inputValue();
      expect(changed, 'the select moved').not.toBe(was);
    }

    const toggle = widget.getByRole('button', { name: 'Embed or share' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const builder = widget.locator(`#widget-${w.id}-share`);
    await expect(builder).toBeVisible();

    // Located by data-copy, since the button's name changes to "Copied ✓".
    const copyCode = builder.locator('[data-copy="code"]');
    await copyCode.focus();
    await page.keyboard.press('Enter');
    await expect(builder.getByRole('status')).toHaveText('Embed code copied.');
    await expect(copyCode).toHaveText('Copied ✓');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await builder.getByLabel('Embed code').inputValue());
    expect(snippet).toMatch(/^<iframe [^>]*><\/iframe>/);
    for (const part of ['loading="lazy"', 'allow="fullscreen"', 'width="100%"', `height="${w.embedHeightPx}"`, `title="${w.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')} (interactive`]) {
      expect(snippet).toContain(part);
    }
    const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&'));
    expect(src.origin + src.pathname).toBe(`${baseURL}/embed/${w.id}/`);
    if (changed !== null) expect([...src.searchParams.values()], 'the snippet carries the changed value').toContain(changed);

    const copyLink = builder.locator('[data-copy="link"]');
    await copyLink.focus();
    await page.keyboard.press('Space');
    await expect(builder.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(src.href);

    // The preview shows the same state, hydrated.
    await builder.locator('iframe').scrollIntoViewIfNeeded();
    const preview = builder.frameLocator('iframe');
    await expect(preview.locator('[data-widget]').first()).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
    expect(await builder.locator('iframe').getAttribute('src')).toBe(src.href);
  });
}
