/**
 * Chapter 3's prosperity chart: focusable points with a tooltip, and site three ways' sliders
 * holding still as they leave a preset and its table's numbers whole on a phone, in the browser.
 * What every chapter promises (no JavaScript, bad links, keyboard and URL) is chapters.spec.ts's.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// An island on a long page: allow for a busy machine.
test.describe.configure({ timeout: 90_000 });

const PATH = '/chapters/power-shells/';
const widget = (page: Page, id: string) => page.locator(`[data-widget="${id}"]`);

async function ready(page: Page, id: string) {
  const w = widget(page, id);
  await w.scrollIntoViewIfNeeded();
  await expect(w).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 }); // slow on a loaded CI box
  return w;
}

test('energy-prosperity: points take keyboard focus, show a tooltip and can be picked; the select sets the URL', async ({ page }) => {
  await page.goto(PATH);
  const w = await ready(page, 'energy-prosperity');
  const point = w.getByRole('button', { name: 'India: 1,404 kWh per person, 2024' });
  await point.focus();
  await expect(w.locator('.tip')).toContainText('1,404 kWh per person');
  await page.keyboard.press('Enter');
  await expect(w.locator('[data-readout="kwh-per-person"]')).toHaveText('1,404 kWh');
  await expect(point).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('ep.country')).toBe('india');
  const select = w.getByRole('combobox', { name: 'Highlight' });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(w.locator('[data-summary]')).toContainText(/^Brazil generated 3,518 kWh/);
  await expect.poll(() => new URL(page.url()).searchParams.get('ep.country')).toBe('brazil');
});

// Site three ways opens on its December 2024 preset, whose text stands above the sliders: when a
// slider leaves the preset, the slider must stay under the reader's finger (it jumped 113 px on a phone).
test('site-three-ways: a slider moved off the preset stays where it was, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/embed/site-three-ways/');
  const w = widget(page, 'site-three-ways');
  await expect(w).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  const mw = w.getByRole('slider', { name: /site power/i });
  await mw.focus();
  const top = () => mw.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const before = await top();
  const basis = w.getByText(/^A mid-size miner at the end of 2024/);
  const own = w.getByText('Your own settings: they match none of these dated starting points.');
  await expect(basis).toBeVisible();
  await expect(own).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(own).toBeVisible();
  await expect(basis).toBeHidden();
  expect(await top()).toBe(before);
});

// A negative number in a narrow cell once broke after its minus sign: "−" on one line, "$39.4M" on the next.
test('site-three-ways: on a phone, each number in its table stays on one line', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/embed/site-three-ways/');
  const w = widget(page, 'site-three-ways');
  await expect(w).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  const lines = await w.locator('.readouts-table [data-readout]').evaluateAll((els) =>
    els.map((el) => `${el.textContent}: ${new Set(Array.from(el.getClientRects(), (r) => Math.round(r.top))).size}`));
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.filter((l) => !l.endsWith(': 1'))).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the prosperity chart with a point's tooltip open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto(PATH);
    const w = await ready(page, 'energy-prosperity');
    await w.getByRole('button', { name: /^Norway:/ }).focus();
    await expect(w.locator('.tip')).toBeVisible();
    // The rest of the page, hydrated, is a11y.spec.ts's.
    const results = await new AxeBuilder({ page }).include('[data-widget="energy-prosperity"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
    expect(summary).toEqual([]);
  });
}
