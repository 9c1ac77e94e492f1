import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Four islands and axe on one long page: allow for a busy machine.
test.describe.configure({ timeout: 90_000 });

const PATH = '/chapters/power-shells/';
const WIDGETS = ['energy-per-query', 'race-to-power', 'site-three-ways', 'energy-prosperity'] as const;
const widget = (page: Page, id: (typeof WIDGETS)[number]) => page.locator(`[data-widget="${id}"]`);

async function ready(page: Page, id: (typeof WIDGETS)[number]) {
  const w = widget(page, id);
  await w.scrollIntoViewIfNeeded();
  await expect(w).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 }); // slow on a loaded CI box
  return w;
}

test('chapter 3 reads without JavaScript: text, charts, readouts and sentences are in the HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const words = (await page.locator('article').innerText()).split(/\s+/).length;
  expect(words).toBeGreaterThan(1500);
  const readouts: Record<(typeof WIDGETS)[number], [string, RegExp]> = {
    'energy-per-query': ['wh-per-day', /^29 Wh$/],
    'race-to-power': ['head-start', /^\$871\.2M$/],
    'site-three-ways': ['profit-hosting', /^\$39\.7M$/],
    'energy-prosperity': ['kwh-per-person', /^28,173 kWh$/],
  };
  for (const id of WIDGETS) {
    const w = widget(page, id);
    await expect(w.locator('svg').first()).toBeVisible();
    await expect(w.locator('[data-summary]')).not.toBeEmpty();
    const [key, text] = readouts[id];
    await expect(w.locator(`[data-readout="${key}"]`)).toHaveText(text);
  }
  await expect(page.locator('article')).not.toContainText(/NaN|Infinity|undefined/);
  await context.close();
});

test('site-three-ways: the hosting rent moves by keyboard and changes the profit, the summary and the URL', async ({ page }) => {
  await page.goto(PATH);
  const w = await ready(page, 'site-three-ways');
  const profit = w.locator('[data-readout="profit-hosting"]');
  const summary = w.locator('[data-summary]');
  const [profitBefore, summaryBefore] = [await profit.innerText(), await summary.innerText()];
  const slider = w.getByRole('slider', { name: 'Hosting rent' });
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(profit).not.toHaveText(profitBefore);
  await expect(summary).not.toHaveText(summaryBefore);
  await expect(slider).toHaveAttribute('aria-valuetext', '$126 per kW of IT a month');
  await expect.poll(() => new URL(page.url()).searchParams.get('s3.hosting')).toBe('126');
  const after = await profit.innerText();
  await page.goto(page.url());
  await expect(await ready(page, 'site-three-ways')).toBeVisible();
  await expect(widget(page, 'site-three-ways').locator('[data-readout="profit-hosting"]')).toHaveText(after);
});

test('race-to-power: the grid wait moves by keyboard and changes the head start, the summary and the URL', async ({ page }) => {
  await page.goto(PATH);
  const w = await ready(page, 'race-to-power');
  const months = w.locator('[data-readout="months-saved"]');
  await expect(months).toHaveText('36 months');
  const slider = w.getByRole('slider', { name: /grid hookup/ });
  await slider.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(months).toHaveText('72 months');
  await expect(w.locator('[data-summary]')).toContainText('waits 7 years');
  await expect.poll(() => new URL(page.url()).searchParams.get('rp.wait')).toBe('7');
});

test('energy-per-query: the estimate and the count change by keyboard, with the summary and the URL', async ({ page }) => {
  await page.goto(PATH);
  const w = await ready(page, 'energy-per-query');
  const day = w.locator('[data-readout="wh-per-day"]');
  await expect(day).toHaveText('29 Wh');
  const select = w.getByRole('combobox', { name: 'Estimate' });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(day).toHaveText('3 Wh');
  await expect(w.locator('[data-summary]')).toContainText('Epoch AI, Feb 2025');
  await expect.poll(() => new URL(page.url()).searchParams.get('eq.est')).toBe('epoch-2025');
  const slider = w.getByRole('slider', { name: /questions a day/i });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(day).toHaveText('3.3 Wh');
  await expect.poll(() => new URL(page.url()).searchParams.get('eq.n')).toBe('11');
});

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

test('bad query values are clamped or replaced, and each widget says so', async ({ page }) => {
  await page.goto(`${PATH}?s3.mw=9999&rp.wait=soon&eq.est=crystal-ball&ep.country=atlantis`);
  const s3 = await ready(page, 'site-three-ways');
  await expect(s3.getByRole('status')).toContainText(/highest allowed/);
  await expect(s3.getByRole('slider', { name: 'Site power' })).toHaveValue('500');
  const rp = await ready(page, 'race-to-power');
  await expect(rp.getByRole('status')).toContainText(/not a number/);
  const eq = await ready(page, 'energy-per-query');
  await expect(eq.getByRole('status')).toContainText(/not one of the choices/);
  const ep = await ready(page, 'energy-prosperity');
  await expect(ep.getByRole('status')).toContainText(/not one of the choices/);
  await expect(page.locator('article')).not.toContainText(/NaN|Infinity|undefined/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the chapter with its widgets hydrated (${colorScheme})`, async ({ page }) => {
    test.setTimeout(240_000); // axe over a long page takes a minute on a loaded 2-core machine
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto(PATH);
    for (const id of WIDGETS) await ready(page, id);
    await widget(page, 'energy-prosperity').getByRole('button', { name: /^Norway:/ }).focus();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
    expect(summary).toEqual([]);
  });
}

test('no horizontal scroll at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PATH);
  for (const id of WIDGETS) await ready(page, id);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
