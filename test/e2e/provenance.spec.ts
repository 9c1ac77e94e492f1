/**
 * Every number traceable: each readout's "How this was calculated" popover opens by keyboard and
 * by tap, names a dated source and closes on Escape; citations and facts open their source the
 * same way. Widgets come from the registry, so a new widget joins these tests.
 */
import { test, expect, type Page } from '@playwright/test';
import { loadHydrated, widgets } from './widgets';

const DATED_SOURCE = /Source: .+?\(\d{4}(-\d{2}){0,2}\)/;

// Every readout of a widget is opened in turn: slow on a loaded two-core machine.
test.describe.configure({ timeout: 120_000 });

/** The "?" buttons of the readouts that show a number (words marked data-plain are not numbers). */
const howButtons = (page: Page) =>
  page.locator('[data-widget] [data-pop]:has(> [data-readout]:not([data-plain])) > button[data-pop-trigger]');

for (const w of widgets) {
  test(`${w.id}: every readout opens its provenance by keyboard, names a dated source and closes on Escape`, async ({ page }) => {
    await loadHydrated(page, `/embed/${w.id}/`);
    const buttons = howButtons(page);
    const n = await buttons.count();
    expect(n, 'readouts with a "How this was calculated" button').toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const button = buttons.nth(i);
      const name = (await button.getAttribute('aria-label')) ?? '';
      expect(name).toMatch(/^How this was calculated: /);
      const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(panel, name).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(panel).toContainText(/How this was calculated|A reported figure/);
      await expect(panel, `${name} names a dated source`).toContainText(DATED_SOURCE);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    }
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  for (const w of widgets) {
    test(`${w.id}: every readout's provenance opens on a tap and closes on a tap elsewhere`, async ({ page }) => {
      await loadHydrated(page, `/embed/${w.id}/`);
      const buttons = howButtons(page);
      const n = await buttons.count();
      for (let i = 0; i < n; i++) {
        const button = buttons.nth(i);
        const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
        await button.scrollIntoViewIfNeeded();
        await button.tap();
        await expect(panel, await button.getAttribute('aria-label') ?? '').toBeVisible();
        await expect(panel).toContainText(DATED_SOURCE);
        // Inside the viewport, however close to the edge the button is.
        const box = (await panel.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        // A tap outside the panel, above or below it, wherever there is room.
        await page.touchscreen.tap(4, box.y > 60 ? box.y - 30 : Math.min(790, box.y + box.height + 30));
        await expect(panel).toBeHidden();
      }
    });
  }
});

test('a readout’s popover stays open while the pointer moves onto it (WCAG 1.4.13)', async ({ page }) => {
  await loadHydrated(page, '/embed/squeeze-calculator/');
  const button = howButtons(page).first();
  const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  await button.hover();
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(400);
  await expect(panel).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(panel).toBeHidden();
});

test('a readout’s provenance follows the inputs: a changed input is marked as the reader’s', async ({ page }) => {
  await loadHydrated(page, '/embed/squeeze-calculator/?sq.power=0.06');
  const widget = page.locator('[data-widget="squeeze-calculator"]');
  const button = widget.getByRole('button', { name: 'How this was calculated: Power cost, after the halving' });
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  await expect(panel).toContainText('Power price (c): $0.060 per kWh (your setting; the sourced default is $0.045 per kWh)');
  await expect(panel).toContainText('minerDay()');
});

test('citations and facts open their source on focus and on a tap, and close on Escape', async ({ page }) => {
  await page.goto('/chapters/halving-squeeze/');
  const cite = page.locator('sup.cite a[data-pop-trigger]').first();
  const panel = page.locator(`[id="${await cite.getAttribute('aria-controls')}"]`);
  await cite.focus();
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/Source \d+: .+\(\d{4}/);
  await expect(panel.getByRole('link', { name: 'In this chapter’s sources' })).toHaveAttribute('href', /^#source-\d+$/);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  const fact = page.locator('[data-fact] + sup a[data-pop-trigger]').first();
  const factPanel = page.locator(`[id="${await fact.getAttribute('aria-controls')}"]`);
  await fact.click();
  await expect(factPanel).toBeVisible();
  await expect(factPanel).toContainText(/as of \d{4}/);
  await expect(page).toHaveURL(/halving-squeeze\/$/);
});
