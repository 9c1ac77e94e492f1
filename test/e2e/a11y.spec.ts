/**
 * axe on every chapter and one page of each other template (checkedPages: embed and lesson-note
 * pages repeat what those show), in both colour themes: the page as it loads, then its widgets
 * again once every one has hydrated, as a reader who scrolls meets them.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { checkedPages } from './site';
import { hydrateAll } from './widgets';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of checkedPages()) {
    test(`axe finds no violations on ${path}, as loaded and with its widgets hydrated (${colorScheme}, reduced motion)`, async ({ page }) => {
      test.setTimeout(180_000); // axe takes tens of seconds on a long chapter when the machine is busy
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await violations(page), 'as loaded').toEqual([]);
      const waiting = await page.locator('[data-widget][data-hydrated="false"]').count();
      if (waiting === 0) return;
      await hydrateAll(page);
      expect(await violations(page, '[data-widget]'), 'widgets hydrated').toEqual([]);
    });
  }
}

// Popover panels and scrolly snapshots are built when shown, so the page-load runs above do not see them.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in built popovers and snapshots on /chapters/halving-squeeze/ (${colorScheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto('/chapters/halving-squeeze/');
    await page.waitForLoadState('networkidle');
    await page.locator('[data-scrolly-mode="stacked"]').first().click();
    const triggers = {
      citation: page.locator('sup.cite a[data-pop-trigger]').first(),
      term: page.locator('.term a[data-pop-trigger]').first(),
      'snapshot readout': page.locator('#staircase .scrolly-snapshot [data-pop] > button').first(),
      'widget readout': page.locator('[data-widget="squeeze-calculator"] [data-pop] > button').first(),
    };
    const problems: string[] = [];
    for (const [kind, trigger] of Object.entries(triggers)) {
      await trigger.scrollIntoViewIfNeeded();
      await trigger.focus();
      await expect(page.locator('[data-pop-panel]:not([hidden])')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).include('[data-pop-panel]:not([hidden])').include('#staircase').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      problems.push(...results.violations.map((v) => `${kind}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`));
      await page.keyboard.press('Escape');
    }
    expect(problems).toEqual([]);
  });
}
