import { test, expect, type Page } from '@playwright/test';

const PATH = '/chapters/leasing-glut/';
const lease = (page: Page) => page.locator('[data-widget="lease-calculator"]');
const slide = (page: Page) => page.locator('[data-widget="rent-slide"]');

test('chapter 4 reads without JavaScript: text, rent slide and lease calculator are in the HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const words = (await page.locator('article').innerText()).split(/\s+/).length;
  expect(words).toBeGreaterThan(1400);
  // Without JavaScript the scrolly is stacked: each step is followed by its snapshot of the slide.
  const snapshots = page.locator('#rent-slide .scrolly-snapshot');
  await expect(snapshots.locator('svg').first()).toBeVisible();
  await expect(snapshots.last().locator('[data-readout="rent"]')).toContainText('$');
  await expect(lease(page).locator('svg').first()).toBeVisible();
  await expect(lease(page).locator('[data-readout="payback"]')).toHaveText('Never pays back within its 5-year life');
  await expect(lease(page).locator('[data-readout="breakeven"]')).toContainText('$');
  await expect(page.locator('article')).not.toContainText(/NaN|Infinity|undefined/);
  await context.close();
});

test('the rent slider moves by keyboard and changes the return, the summary and the URL', async ({ page }) => {
  await page.goto(PATH);
  const widget = lease(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true');
  const irr = widget.locator('[data-readout="irr"]');
  const summary = widget.locator('[data-summary]');
  const [irrBefore, summaryBefore] = [await irr.innerText(), await summary.innerText()];
  const slider = widget.getByRole('slider', { name: 'Rent in year 1' });
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(irr).not.toHaveText(irrBefore);
  await expect(summary).not.toHaveText(summaryBefore);
  await expect(slider).toHaveAttribute('aria-valuetext', /per GPU-hour/);
  await expect.poll(() => new URL(page.url()).searchParams.get('lease.rent')).toBe('2.05');
  // The link reproduces what the reader saw.
  const after = await irr.innerText();
  await page.goto(page.url());
  await lease(page).scrollIntoViewIfNeeded();
  await expect(lease(page)).toHaveAttribute('data-hydrated', 'true');
  await expect(lease(page).locator('[data-readout="irr"]')).toHaveText(after);
});

test('a preset button, pressed from the keyboard, sets several inputs and the URL', async ({ page }) => {
  await page.goto(PATH);
  const widget = lease(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true');
  const button = widget.getByRole('button', { name: 'Bought at the 2023 peak' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(widget.locator('[data-readout="payback"]')).toHaveText(/^1\.\d years$/);
  await expect.poll(() => new URL(page.url()).searchParams.get('lease.rent')).toBe('4.7');
  await widget.getByRole('button', { name: /Cheah’s stock-market line/ }).click();
  await expect(widget.locator('[data-readout="preset"]')).toContainText('barely above 10%');
});

test('the rent slide follows the scrolly steps', async ({ page }) => {
  await page.goto(PATH);
  const rent = slide(page).locator('[data-readout="rent"]');
  const steps = page.locator('#rent-slide .scrolly-steps > [data-step]');
  await expect(steps).toHaveCount(5);
  await steps.nth(1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(slide(page)).toHaveAttribute('data-hydrated', 'true');
  await expect(rent).toHaveText('$2.85');
  await steps.nth(4).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(rent).toHaveText('$1.99 (computed)');
});

test('the embedded rent slide steps by keyboard and writes the step to the URL', async ({ page }) => {
  await page.goto('/embed/rent-slide/');
  const widget = slide(page);
  await expect(widget).toHaveAttribute('data-hydrated', 'true');
  const summary = widget.locator('[data-summary]');
  const before = await summary.innerText();
  const control = widget.getByRole('slider', { name: 'Moment' });
  await control.focus();
  await page.keyboard.press('Home');
  await expect(widget.locator('[data-readout="rent"]')).toHaveText('more than $8');
  await expect(summary).not.toHaveText(before);
  await expect(control).toHaveAttribute('aria-valuetext', '2023');
  await expect.poll(() => new URL(page.url()).searchParams.get('slide.step')).toBe('0');
});

test('bad query values are clamped and noted', async ({ page }) => {
  await page.goto(`${PATH}?lease.rent=99&lease.fall=banana`);
  const widget = lease(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true');
  const status = widget.getByRole('status');
  await expect(status).toContainText(/highest allowed/);
  await expect(status).toContainText(/not a number/);
  const slider = widget.getByRole('slider', { name: 'Rent in year 1' });
  await expect(slider).toHaveValue((await slider.getAttribute('max')) as string);
  await expect(widget).not.toContainText(/NaN|Infinity|undefined/);

  await page.goto('/embed/rent-slide/?slide.step=-4');
  await expect(slide(page)).toHaveAttribute('data-hydrated', 'true');
  await expect(slide(page).getByRole('status')).toContainText(/lowest allowed/);
  await expect(slide(page).locator('[data-readout="rent"]')).toHaveText('more than $8');
});
