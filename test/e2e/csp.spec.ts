/**
 * Zero console errors and zero CSP violations on every chapter and one page of each other template
 * (checkedPages), with every widget hydrated and its lazy parts (embed/share builder, data tables)
 * opened; and widgets that keep working when storage is refused, as with cookies blocked
 * (sandboxed iframes are covered by embed.spec.ts).
 */
import { test, expect, type Page } from '@playwright/test';
import { checkedPages } from './site';
import { hydrateAll, widgets } from './widgets';

// Generous: the machine running these is often shared by several builds and browsers.
test.describe.configure({ timeout: 120_000 });

/** Records CSP violations in the page (before any of its scripts run) and errors on the console. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`); });
  return { errors, csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

for (const path of checkedPages()) {
  test(`${path}: no console errors and no CSP violations, with every widget hydrated and opened`, async ({ page }) => {
    const w = await watch(page);
    const res = await page.goto(path);
    await hydrateAll(page);
    // Open what loads or renders late: each widget's share builder (a lazy chunk) and every
    // disclosure (data tables), then give late work a moment.
    const closed = page.locator('[data-widget] [data-share] > button[aria-expanded="false"]:visible');
    for (let guard = 0; guard < 30 && (await closed.count()) > 0; guard++) await closed.first().click();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await page.waitForTimeout(1000);
    expect(await w.csp()).toEqual([]);
    // The 404 page itself is served with status 404; the browser logs that, nothing else.
    expect(w.errors.filter((e) => !(path === '/404.html' && res?.status() === 404 && /404/.test(e)))).toEqual([]);
  });
}

test('widgets work when storage is refused (throws SecurityError), with no errors', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
      Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    }
    Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); }, set() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const w = await watch(page);
  for (const wd of widgets) {
    await page.goto(`/embed/${wd.id}/`);
    await page.locator('[data-widget][data-hydrated="true"]').first().waitFor();
    const slider = page.locator('[data-widget] input[type=range]').first();
    if (await slider.count()) {
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(250); // URL write
    }
  }
  expect(w.errors).toEqual([]);
});
