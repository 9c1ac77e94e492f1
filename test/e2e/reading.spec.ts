import { test, expect } from '@playwright/test';
import { chapterPages } from './site';
import { hydrateAll } from './widgets';

test('the home page shows the title, the hook and every chapter with its reading time', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Compute Is Power' })).toBeVisible();
  const list = page.getByRole('navigation', { name: 'Chapters' });
  await expect(list.getByRole('link', { name: 'The halving squeeze' })).toBeVisible();
  await expect(list).toContainText('min read');
  expect(await list.getByRole('listitem').count()).toBe(chapterPages().length);
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

test('no horizontal scroll at 360 px on the home and chapter pages, with every widget hydrated', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', ...chapterPages()]) {
    await page.goto(path);
    await hydrateAll(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

test('the reading-progress bar grows as the reader scrolls', async ({ page }) => {
  await page.goto('/chapters/halving-squeeze/');
  const progress = () => page.locator('.progress-bar').evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--progress') || 0));
  await page.mouse.wheel(0, 3000);
  await expect.poll(progress).toBeGreaterThan(0.05);
});
