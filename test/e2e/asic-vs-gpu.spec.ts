import { test, expect, type Page } from '@playwright/test';

const PATH = '/chapters/asic-vs-gpu/';
const chips = (page: Page) => page.locator('[data-widget="chip-compare"]');
const bill = (page: Page) => page.locator('[data-widget="switching-bill"]');

// Each test loads the page more than once; give a busy machine room.
test.describe.configure({ timeout: 90_000 });

test('chapter 2 reads without JavaScript: text, chip comparison and switching bill are in the HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const words = (await page.locator('article').innerText()).split(/\s+/).length;
  expect(words).toBeGreaterThan(1200);
  await expect(chips(page).locator('svg')).toHaveCount(3);
  await expect(chips(page).locator('[data-readout="asic-day"]')).toHaveText('$11.04');
  await expect(chips(page).locator('[data-readout="gpu-day"]')).toHaveText('$48.00');
  await expect(chips(page).locator('[data-summary]')).toContainText('different work');
  await expect(bill(page).locator('svg')).toHaveCount(2);
  await expect(bill(page).locator('[data-readout="total"]')).toHaveText('$3.3 billion');
  await expect(bill(page).locator('[data-readout="payback"]')).toContainText('months after switch-on');
  await expect(bill(page).getByText('Assumption.')).toHaveCount(3);
  await expect(page.locator('article')).not.toContainText(/NaN|Infinity|undefined/);
  await context.close();
});

test('the ASIC select and the rent slider work by keyboard and change the summary and the URL', async ({ page }) => {
  await page.goto(PATH);
  const widget = chips(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  const summary = widget.locator('[data-summary]');
  const before = await summary.innerText();

  const select = widget.getByRole('combobox', { name: 'Mining chip (ASIC)' });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('s21-plus');
  await expect(widget.locator('[data-readout="asic-work"]')).toHaveText('216 trillion hashes a second');
  await expect(summary).not.toHaveText(before);
  await expect.poll(() => new URL(page.url()).searchParams.get('chip.asic')).toBe('s21-plus');

  const slider = widget.getByRole('slider', { name: 'GPU rent' });
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(widget.locator('[data-readout="gpu-day"]')).toHaveText('$49.20');
  await expect(slider).toHaveAttribute('aria-valuetext', /per GPU-hour/);
  await expect.poll(() => new URL(page.url()).searchParams.get('chip.rent')).toBe('2.05');

  // The link reproduces what the reader saw.
  await page.goto(page.url());
  await chips(page).scrollIntoViewIfNeeded();
  await expect(chips(page)).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  await expect(chips(page).locator('[data-readout="gpu-day"]')).toHaveText('$49.20');
  await expect(chips(page).locator('[data-readout="asic-work"]')).toHaveText('216 trillion hashes a second');
});

test('the switching bill’s rent slider works by keyboard and changes the payback, the summary and the URL', async ({ page }) => {
  await page.goto(PATH);
  const widget = bill(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  const payback = widget.locator('[data-readout="payback"]');
  const summary = widget.locator('[data-summary]');
  const [paybackBefore, summaryBefore] = [await payback.innerText(), await summary.innerText()];
  const slider = widget.getByRole('slider', { name: 'GPU rent' });
  await slider.focus();
  await page.keyboard.press('PageUp');
  await expect(payback).not.toHaveText(paybackBefore);
  await expect(summary).not.toHaveText(summaryBefore);
  await expect.poll(() => new URL(page.url()).searchParams.get('switch.rent')).not.toBeNull();

  const button = widget.getByRole('button', { name: 'IREN, H200: $40,650' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('switch.capex')).toBe('40650');
});

test('bad query values are clamped and noted in both widgets', async ({ page }) => {
  await page.goto(`${PATH}?chip.hp=9999&chip.gpu=banana&switch.mw=-5&switch.dark=abc`);
  const a = chips(page);
  await a.scrollIntoViewIfNeeded();
  await expect(a).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  await expect(a.getByRole('status')).toContainText(/highest allowed/);
  await expect(a.getByRole('status')).toContainText(/not one of the choices/);
  await expect(a.getByRole('slider', { name: 'Hashprice' })).toHaveValue('200');
  await expect(a.locator('[data-readout="asic-day"]')).toHaveText('$40.00');

  const b = bill(page);
  await b.scrollIntoViewIfNeeded();
  await expect(b).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  await expect(b.getByRole('status')).toContainText(/lowest allowed/);
  await expect(b.getByRole('status')).toContainText(/not a number/);
  await expect(b.getByRole('slider', { name: 'Site size' })).toHaveValue('5');
  await expect(page.locator('article')).not.toContainText(/NaN|Infinity|undefined/);
});
