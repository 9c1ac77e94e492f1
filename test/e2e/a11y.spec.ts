import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './site';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of builtPages()) {
    test(`axe finds no violations on ${path} (${colorScheme}, reduced motion)`, async ({ page }) => {
      test.setTimeout(120_000); // axe takes tens of seconds on a long chapter when the machine is busy
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
      expect(summary).toEqual([]);
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
    await page.getByRole('button', { name: 'Turn off scrollytelling' }).first().click();
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
