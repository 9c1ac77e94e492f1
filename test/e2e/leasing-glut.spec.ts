/**
 * Chapter 4's rent slide follows the scroll. What every chapter promises (no JavaScript, bad
 * links, keyboard and URL) is chapters.spec.ts's; the lease calculator's presets are in
 * test/widgets/links.svelte.test.ts.
 */
import { test, expect, type Page } from '@playwright/test';

const PATH = '/chapters/leasing-glut/';
const slide = (page: Page) => page.locator('[data-widget="rent-slide"]');

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
