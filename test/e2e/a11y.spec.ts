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
