import { test, expect } from '@playwright/test';
import { chapterPages } from './site';
import { hydrateAll } from './widgets';

test('the home page shows the title, the hook and every chapter with its reading time', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Compute Is Power' })).toBeVisible();
  const list = page.getByRole('navigation', { name: 'Chapters' });
  await expect(list.getByRole('link', { name: 'The halving squeeze' })).toBeVisible();
  await expect(list).toContainText('min read');
  expect(await list.getByRole('listitem').count()).toBe(chapterPages().filter((p) => !p.startsWith('/zh/')).length);
});

test('the Chinese home page lists every chapter in Chinese, and the language switch keeps a widget’s settings', async ({ page }) => {
  await page.goto('/zh/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1, name: '算力即电力' })).toBeVisible();
  expect(await page.getByRole('navigation', { name: '章节' }).getByRole('listitem').count()).toBe(chapterPages().filter((p) => p.startsWith('/zh/')).length);
  // From an English chapter set up by its link to the same chapter, same settings, in Chinese, and back.
  await page.goto('/chapters/halving-squeeze/?sq.power=0.06#widget-squeeze-calculator');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/zh\/chapters\/halving-squeeze\/\?sq\.power=0\.06#widget-squeeze-calculator$/);
  await hydrateAll(page);
  expect(await page.locator('[data-widget="squeeze-calculator"] input[type="range"]').evaluateAll((els) => els.some((e) => (e as HTMLInputElement).value === '0.06'))).toBe(true);
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/chapters\/halving-squeeze\/\?sq\.power=0\.06#widget-squeeze-calculator$/);
});

test('a chapter page has its heading, chapter list, sources and citation links that resolve', async ({ page }) => {
  await page.goto('/chapters/halving-squeeze/');
  await expect(page.getByRole('heading', { level: 1, name: 'The halving squeeze' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  const cites = page.locator('sup.cite a[data-pop-trigger]');
  expect(await cites.count()).toBeGreaterThan(5);
  for (const href of await cites.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^#source-\d+$/);
    await expect(page.locator(href!)).toHaveCount(1);
  }
});

test('without JavaScript, citations jump to the sources list and each widget says how its numbers are computed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/chapters/halving-squeeze/');
  // A citation is a footnote link to its entry.
  const cite = page.locator('sup.cite a[data-pop-trigger]').first();
  const href = (await cite.getAttribute('href'))!;
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href)).toContainText(/\d{4}/);
  // The calculator's numbers: no "?" that could open nothing, and a section with each formula and its inputs.
  const widget = page.locator('[data-widget="squeeze-calculator"]');
  await expect(widget.locator('[data-pop-trigger]').first()).toBeHidden();
  const how = widget.locator('details.how-computed');
  await how.locator('summary', { hasText: 'How these numbers are computed' }).click();
  await expect(how.locator('dt', { hasText: 'Power cost, after the halving' })).toBeVisible();
  await expect(how).toContainText('minerDay()');
  await expect(how).toContainText(/Source: .+\(\d{4}/);
  // A scrolly's snapshots carry their own.
  await expect(page.locator('#staircase .scrolly-snapshot details.how-computed').first()).toBeVisible();
  await context.close();
});

test('with JavaScript, the page carries no hidden copies: popovers, snapshots and the no-JavaScript section are built only when shown', async ({ page }) => {
  await page.goto('/chapters/halving-squeeze/');
  await expect(page.locator('[data-pop-panel]:not(:empty)')).toHaveCount(0);
  await expect(page.locator('.how-computed')).toHaveCount(0);
  await expect(page.locator('#staircase .scrolly-snapshot svg')).toHaveCount(0);
});

// WCAG's reflow width. A chart's labels can stick out of its svg (overflow: visible) without
// widening the page: the Chinese lease calculator's axis ran past the screen's edge and lost its
// minus signs, so each chart's text must stay inside its widget's frame too.
test('no horizontal scroll at 320 px on the home and chapter pages, with every widget hydrated, and no chart text outside its widget', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 740 });
  for (const path of ['/', ...chapterPages()]) {
    await page.goto(path);
    await hydrateAll(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    const outside = await page.locator('[data-widget] svg text').evaluateAll((texts) => texts.flatMap((t) => {
      const frame = t.closest('[data-widget]')!.getBoundingClientRect();
      const box = t.getBoundingClientRect();
      const by = Math.max(box.right - frame.right, frame.left - box.left);
      return box.width && by > 0.5 ? [`"${t.textContent?.trim()}" by ${Math.round(by)}px`] : [];
    }));
    expect(outside, `${path}: chart text outside its widget`).toEqual([]);
  }
});

test('the reading-progress bar grows as the reader scrolls, with no script', async ({ browser }) => {
  // CSS links the bar to scroll (Chapter.astro), so it works with scripting off too.
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/chapters/halving-squeeze/');
  const progress = () => page.locator('.progress-bar').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  expect(await progress()).toBe(0);
  // Scrolled, not wheeled: on a busy machine a wheel sent this early was sometimes dropped (the
  // page never moved in 5 s), and the bar follows the scroll position whatever moved it.
  await page.evaluate(() => window.scrollTo(0, 3000));
  await expect.poll(progress).toBeGreaterThan(0.05);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(progress).toBeCloseTo(1, 2);
  await page.close();
});

test('no Chinese text is set in italics, and Chinese chapters use a CJK font stack and roomier leading', async ({ page }) => {
  for (const path of chapterPages().filter((p) => p.startsWith('/zh/'))) {
    await page.goto(path);
    const italic = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && /\p{Script=Han}/u.test(n.textContent ?? '')) && getComputedStyle(el).fontStyle === 'italic')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 30)}`));
    expect(italic, path).toEqual([]);
    const body = await page.evaluate(() => ({ font: getComputedStyle(document.body).fontFamily, leading: parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize) }));
    expect(body.font, path).toContain('PingFang SC');
    expect(body.leading, path).toBeGreaterThanOrEqual(1.75);
  }
});
