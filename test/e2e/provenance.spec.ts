/**
 * Every number traceable: each readout's "How this was calculated" popover opens by keyboard and
 * by tap, names a dated source and closes on Escape; citations and facts open their source the
 * same way. A panel is built when it first opens, so its trigger names it (aria-controls) from
 * then on. Widgets come from the registry, so a new widget joins these tests.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import type { WidgetRecord } from '../../src/lib/widget/provenance';
import { loadHydrated, widgets } from './widgets';

const DATED_SOURCE = /Source: .+?\(\d{4}(-\d{2}){0,2}\)/;

// Every readout of a widget is opened in turn: slow on a loaded two-core machine.
test.describe.configure({ timeout: 120_000 });

/** The panel a trigger opened: the one its aria-controls names, once built. */
async function panelOf(page: Page, trigger: Locator) {
  await expect(trigger).toHaveAttribute('aria-controls', /.+/);
  return page.locator(`[id="${await trigger.getAttribute('aria-controls')}"]`);
}

/** The "?" buttons of the readouts that show a number (words marked data-plain are not numbers). */
const howButtons = (page: Page) =>
  page.locator('[data-widget] [data-pop]:has(> [data-readout]:not([data-plain])) > button[data-pop-trigger]');

/** The widget's record as the server wrote it (ProvenanceRecord.svelte), which hydration removes. */
async function servedRecord(page: Page, path: string): Promise<WidgetRecord> {
  const html = await (await page.request.get(path)).text();
  return JSON.parse(/<script type="application\/json" data-provenance>([^<]*)<\/script>/.exec(html)![1]!) as WidgetRecord;
}

for (const w of widgets) {
  test(`${w.id}: every readout opens its provenance by keyboard, names a dated source and closes on Escape`, async ({ page }) => {
    const record = await servedRecord(page, `/embed/${w.id}/`);
    await loadHydrated(page, `/embed/${w.id}/`);
    const buttons = howButtons(page);
    const n = await buttons.count();
    expect(n, 'readouts with a "How this was calculated" button').toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const button = buttons.nth(i);
      const name = (await button.getAttribute('aria-label')) ?? '';
      expect(name).toMatch(/^How this was calculated: /);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      await button.focus();
      await page.keyboard.press('Enter');
      const panel = await panelOf(page, button);
      await expect(panel, name).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(panel).toContainText(/How this was calculated|A reported figure/);
      await expect(panel, `${name} names a dated source`).toContainText(DATED_SOURCE);
      // The browser's formula is its function's name alone; the words and symbols come from the page
      // (scripts/client-omits.mjs) and must be the server's.
      const id = await button.evaluate((b) => (b.previousElementSibling as HTMLElement).dataset.readout!);
      const formula = record.readouts[id]?.provenance.formula;
      if (formula) {
        await expect(panel.locator('.pop-words'), name).toHaveText(formula.words);
        await expect(panel.locator('.pop-symbols'), name).toHaveText(formula.symbols);
      }
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
        await button.scrollIntoViewIfNeeded();
        await button.tap();
        const panel = await panelOf(page, button);
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
  await button.hover();
  const panel = await panelOf(page, button);
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
  const panel = await panelOf(page, button);
  await expect(panel).toContainText('Power price (c): $0.060 per kWh (your setting; the sourced default is $0.045 per kWh)');
  await expect(panel).toContainText('minerDay()');
});

test('citations and facts open their source on focus and on a tap, and close on Escape', async ({ page }) => {
  await page.goto('/chapters/halving-squeeze/');
  const cite = page.locator('sup.cite a[data-pop-trigger]').first();
  await cite.focus();
  const panel = await panelOf(page, cite);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/Source \d+: .+\(\d{4}/);
  await expect(panel.getByRole('link', { name: 'In this chapter’s sources' })).toHaveAttribute('href', /^#source-\d+$/);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  const fact = page.locator('sup[data-fact] a[data-pop-trigger]').first();
  await fact.click();
  const factPanel = await panelOf(page, fact);
  await expect(factPanel).toBeVisible();
  await expect(factPanel).toContainText(/as of \d{4}/);
  await expect(page).toHaveURL(/halving-squeeze\/$/);
});

test('a glossary term’s definition is built when it opens, and then describes its link', async ({ page }) => {
  await page.goto('/chapters/halving-squeeze/');
  await expect(page.locator('[data-pop-panel]:not(:empty)')).toHaveCount(0);
  const term = page.locator('.term a[data-pop-trigger]').first();
  await term.focus();
  const panel = await panelOf(page, term);
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('aria-label', /^Glossary: /);
  await expect(panel.getByRole('link', { name: 'Glossary entry' })).toHaveAttribute('href', /^\/glossary\/#/);
  const described = await term.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${described}"]`)).toContainText(/.+: .+/);
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('link', { name: 'Glossary entry' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(term).toBeFocused();
});

test('a scrolly snapshot, which never hydrates, builds its readouts’ provenance from the widget’s record', async ({ page }) => {
  await page.goto('/chapters/halving-squeeze/');
  await page.getByRole('button', { name: 'Turn off scrollytelling' }).first().click();
  const snapshot = page.locator('#staircase .scrolly-snapshot').nth(2);
  const button = snapshot.locator('[data-pop] > button[data-pop-trigger]').first();
  await button.scrollIntoViewIfNeeded();
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = await panelOf(page, button);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/How this was calculated|A reported figure/);
  await expect(panel).toContainText(DATED_SOURCE);
});

test('a readout’s provenance opens before its island hydrates, from the widget’s record', async ({ page }) => {
  // The page's island code never arrives, so its islands never hydrate; the page's own script still runs.
  await page.route(/\/_astro\/chapters-halving-squeeze\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/chapters/halving-squeeze/');
  const widget = page.locator('[data-widget="squeeze-calculator"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'false');
  const button = widget.getByRole('button', { name: 'How this was calculated: Power cost, after the halving' });
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = await panelOf(page, button);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('minerDay()');
  await expect(panel).toContainText(DATED_SOURCE);
});
