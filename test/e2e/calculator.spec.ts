import { test, expect, type Page } from '@playwright/test';

const calc = (page: Page) => page.locator('[data-widget="squeeze-calculator"]');

test('moving the power-price slider by keyboard changes the profit and the URL', async ({ page }) => {
  await page.goto('/chapters/halving-squeeze/');
  const widget = calc(page);
  await widget.scrollIntoViewIfNeeded();
  const slider = widget.getByRole('slider', { name: /power price/i });
  await expect(slider).toBeVisible();
  await expect(widget).toHaveAttribute('data-hydrated', 'true');
  const profit = widget.locator('[data-readout="profit-after"]');
  const before = await profit.innerText();
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(profit).not.toHaveText(before);
  await expect(slider).toHaveAttribute('aria-valuetext', /kWh/);
  await expect.poll(() => new URL(page.url()).searchParams.get('sq.power')).not.toBeNull();
  // The URL is written on a throttle: wait until it holds the last value, not one on the way.
  const shown = await slider.inputValue();
  await expect.poll(() => Number(new URL(page.url()).searchParams.get('sq.power'))).toBe(Number(shown));
  // The link reproduces what the reader saw.
  const after = await profit.innerText();
  await page.goto(page.url());
  await calc(page).scrollIntoViewIfNeeded(); // the island hydrates when it comes into view
  await expect(calc(page)).toHaveAttribute('data-hydrated', 'true');
  await expect(calc(page).locator('[data-readout="profit-after"]')).toHaveText(after);
});

test('a bad query value is clamped and noted', async ({ page }) => {
  await page.goto('/chapters/halving-squeeze/?sq.power=99&sq.btc=banana');
  const widget = calc(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true');
  await expect(widget.getByRole('status')).toContainText(/highest allowed/);
  await expect(widget.getByRole('status')).toContainText(/not a number/);
  const slider = widget.getByRole('slider', { name: /power price/i });
  await expect(slider).toHaveValue(await slider.getAttribute('max') as string);
  await expect(widget).not.toContainText(/NaN|Infinity|undefined/);
});
