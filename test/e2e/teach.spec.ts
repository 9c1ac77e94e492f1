/**
 * Lesson notes against the widgets: every figure a scenario quotes is what the widget shows at
 * that scenario's link; the snippet's height holds the whole widget; the notes print as a
 * worksheet. (That every widget has an embed page and notes is checked on the build, in
 * test/build/dist/widget-pages.test.ts; a bad link, by robustness.spec.ts.)
 */
import { test, expect } from '@playwright/test';
import { widgets } from './widgets';

for (const w of widgets) {
  test(`${w.id}: each scenario link shows the figures its lesson notes quote, within the snippet's height`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/teach/${w.id}/`);
    const scenarios = await page.locator('[data-scenario]').evaluateAll((els) =>
      els.map((el) => ({
        query: el.getAttribute('data-query') ?? '',
        figures: Array.from(el.querySelectorAll('[data-figure]')).map((f) => ({ name: f.getAttribute('data-figure')!, text: f.textContent!.trim() })),
      })),
    );
    expect(scenarios.length).toBeGreaterThanOrEqual(3);

    await page.setViewportSize({ width: 400, height: 900 });
    const heights: string[] = [];
    for (const s of [{ query: '', figures: [] }, ...scenarios]) {
      await page.goto(`/embed/${w.id}/${s.query ? `?${s.query}` : ''}`);
      const widget = page.locator('[data-widget]').first();
      await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
      for (const f of s.figures) {
        await expect(widget.locator(`[data-readout="${f.name}"]`).first(), `?${s.query}: ${f.name}`).toHaveText(f.text);
      }
      const height = await page.locator('[data-embed-root]').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY));
      heights.push(`?${s.query}: ${height}px`);
      expect(height, `the embed at 400 px is taller than its snippet height; set embedHeightPx in src/widgets/${w.id}/meta.ts to at least ${height + 40}. Heights: ${heights.join(', ')}`).toBeLessThanOrEqual(w.embedHeightPx);
    }
  });
}

test('lesson notes print as a worksheet: no controls, figures and questions, answers on their own page', async ({ page }) => {
  const w = widgets.find((x) => x.id === 'squeeze-calculator') ?? widgets[0]!;
  await page.goto(`/teach/${w.id}/`);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('main :is(button, input, select, textarea):visible').count()).toBe(0);
  await expect(page.locator('[data-scenario] [data-figure]').first()).toBeVisible();
  await expect(page.locator('.questions li').first()).toBeVisible();
  await expect(page.locator('.print-only').first()).toBeVisible();
  await expect(page.locator('#embed')).toBeHidden();
  await expect(page.locator('#parameters')).toBeHidden();
  expect(await page.locator('.answers').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await expect(page.locator('.site-header nav')).toBeHidden();
});

test('the teachers’ page lists every widget with its goal and documents the embed messages', async ({ page }) => {
  await page.goto('/teach/');
  for (const w of widgets) await expect(page.locator(`[data-teach-widget="${w.id}"]`)).toContainText(w.goal);
  await expect(page.locator('main')).toContainText('{"cip-embed":"request-height"}');
  await expect(page.locator('main')).toContainText('embed-host.js');
});
