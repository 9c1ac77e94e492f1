/**
 * Three reading modes from one MDX source, on every scrolly section of every chapter:
 * scroll (the sticky graphic follows the step at the reading line, through reloads and fast
 * flicks), step (buttons, arrow keys and a URL fragment per step) and stacked (one server-rendered
 * snapshot per step: the no-JavaScript page, print, and the remembered "Turn off scrollytelling").
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterPages, distDir } from './site';
import { scrolly as en } from '../../src/lib/client/i18n/en';
import { scrolly as zh } from '../../src/lib/client/i18n/zh';

/** Every scrolly section in the build: page, section id, step count. */
const sections = chapterPages().flatMap((path) => {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  return [...html.matchAll(/<section[^>]*\bid="([^"]+)"[^>]*data-scrolly[^>]*>/g)].map((m) => ({
    path,
    id: m[1]!,
    steps: (html.match(new RegExp(`id="${m[1]}-step-\\d+"`, 'g')) ?? []).length,
  }));
});

/** The step index the sticky graphic draws, from its data-*-step attribute. */
const graphicStep = (section: Locator) =>
  section.locator('.scrolly-graphic [data-staircase-step], .scrolly-graphic .graphic[data-step]').first().evaluate((el) => Number((el as HTMLElement).dataset.staircaseStep ?? (el as HTMLElement).dataset.step));
const hydrated = (section: Locator) => expect(section.locator('.scrolly-graphic [data-widget]')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
const centre = (el: Locator) => el.evaluate((e) => e.scrollIntoView({ block: 'center' }));

// Each test waits for an island to hydrate, sometimes twice: slow on a loaded two-core machine.
test.describe.configure({ timeout: 90_000 });

test('every chapter’s scrolly sections were found', () => {
  expect(sections.length).toBeGreaterThanOrEqual(2);
  for (const s of sections) expect(s.steps, s.id).toBeGreaterThanOrEqual(3);
});

for (const s of sections) {
  test.describe(`${s.path}#${s.id}`, () => {
    const section = (page: Page) => page.locator(`#${s.id}`);
    const steps = (page: Page) => section(page).locator(':scope > .scrolly-steps > [data-step]');

    test('a reload at step 3 shows step 3’s graphic', async ({ page }) => {
      await page.goto(s.path);
      await centre(steps(page).nth(2));
      await hydrated(section(page));
      await expect(section(page)).toHaveAttribute('data-active-step', '2');
      await expect.poll(() => graphicStep(section(page))).toBe(2);
      await page.reload();
      await hydrated(section(page));
      await expect(section(page)).toHaveAttribute('data-active-step', '2');
      await expect.poll(() => graphicStep(section(page))).toBe(2);
    });

    test('a fast scroll from the top to the last step ends on the last step’s graphic', async ({ page }) => {
      await page.goto(s.path);
      const last = steps(page).nth(s.steps - 1);
      const y = await last.evaluate((el) => el.getBoundingClientRect().top + scrollY + (el as HTMLElement).offsetHeight / 2 - innerHeight / 2);
      await page.evaluate((to) => window.scrollTo({ top: to, behavior: 'instant' }), y);
      await hydrated(section(page));
      await expect(section(page)).toHaveAttribute('data-active-step', String(s.steps - 1));
      await expect.poll(() => graphicStep(section(page))).toBe(s.steps - 1);
    });

    test('a deep link to a step opens step mode there; buttons and arrow keys move without scrolling', async ({ page }) => {
      await page.goto(`${s.path}#${s.id}-step-3`);
      await expect(section(page)).toHaveAttribute('data-mode', 'step');
      await expect(section(page)).toHaveAttribute('data-active-step', '2');
      await expect(steps(page).nth(2)).toBeVisible();
      await expect(steps(page).nth(1)).toBeHidden();
      await hydrated(section(page));
      await expect.poll(() => graphicStep(section(page))).toBe(2);
      const next = section(page).locator('[data-scrolly-next]');
      await next.focus();
      const y = await page.evaluate(() => scrollY);
      await page.keyboard.press('Enter');
      await expect(section(page)).toHaveAttribute('data-active-step', '3');
      await expect(page).toHaveURL(new RegExp(`#${s.id}-step-4$`));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(section(page)).toHaveAttribute('data-active-step', '1');
      await expect(section(page).locator('[data-scrolly-status]')).toHaveText((s.path.startsWith('/zh/') ? zh : en).stepOf(2, s.steps));
      await expect.poll(() => graphicStep(section(page))).toBe(1);
      expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(2);
    });

    test('“Turn off scrollytelling” shows one snapshot per step, and is remembered', async ({ page }) => {
      await page.goto(s.path);
      await section(page).locator('[data-scrolly-mode="stacked"]').click();
      await expect(section(page)).toHaveAttribute('data-mode', 'stacked');
      await expect(section(page).locator('.scrolly-graphic')).toBeHidden();
      await expect(section(page).locator('.scrolly-snapshot:visible')).toHaveCount(s.steps);
      for (let i = 0; i < s.steps; i++) {
        await expect(steps(page).nth(i).locator('.scrolly-snapshot [data-snapshot-step]')).toHaveAttribute('data-snapshot-step', String(i));
      }
      await page.reload();
      await expect(section(page)).toHaveAttribute('data-mode', 'stacked');
      await expect(section(page).locator('[data-scrolly-mode="stacked"]')).toHaveAttribute('aria-pressed', 'true');
      await section(page).locator('[data-scrolly-mode="scroll"]').click();
      await expect(section(page)).toHaveAttribute('data-mode', 'scroll');
      await expect(section(page).locator('.scrolly-snapshot:visible')).toHaveCount(0);
    });
  });
}

test('where storage is blocked, the stacked choice is kept in the URL', async ({ page }) => {
  const s = sections[0]!;
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(s.path);
  await page.locator(`#${s.id}`).locator('[data-scrolly-mode="stacked"]').click();
  await expect(page).toHaveURL(/[?&]mode=stacked/);
  await page.reload();
  await expect(page.locator(`#${s.id}`)).toHaveAttribute('data-mode', 'stacked');
});

test('without JavaScript every scrolly section shows one snapshot per step and no sticky graphic', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const s of sections) {
    await page.goto(s.path);
    const section = page.locator(`#${s.id}`);
    await expect(section.locator('.scrolly-snapshot:visible'), s.id).toHaveCount(s.steps);
    // Built from their markup for print, not left as empty boxes.
    await expect(section.locator('.scrolly-snapshot:visible svg').first()).toBeVisible();
    await expect(section.locator('.scrolly-snapshot [data-snapshot-step]')).toHaveCount(s.steps);
    await expect(section.locator('.scrolly-graphic')).toBeHidden();
    await expect(section.locator('.scrolly-modes')).toBeHidden();
    await expect(section.locator('.scrolly-snapshot svg').first()).toBeVisible();
  }
  await context.close();
});

test('print uses the stacked mode', async ({ page }) => {
  for (const s of sections) {
    await page.goto(s.path);
    await page.emulateMedia({ media: 'print' });
    const section = page.locator(`#${s.id}`);
    await expect(section.locator('.scrolly-snapshot:visible'), s.id).toHaveCount(s.steps);
    // Built from their markup for print, not left as empty boxes.
    await expect(section.locator('.scrolly-snapshot:visible svg').first()).toBeVisible();
    await expect(section.locator('.scrolly-snapshot [data-snapshot-step]')).toHaveCount(s.steps);
    await expect(section.locator('.scrolly-graphic')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});
