/**
 * Chapter 5's games by keyboard and typing: a full round, and a pasted class list. What every
 * chapter promises (no JavaScript, bad links, keyboard and URL) is chapters.spec.ts's.
 */
import { test, expect, type Page } from '@playwright/test';

const PATH = '/chapters/beauty-contest/';
const play = (page: Page) => page.locator('[data-widget="beauty-play"]');
const classroom = (page: Page) => page.locator('[data-widget="beauty-classroom"]');

test('a full round of the game by keyboard alone: guess, submit, read the result, next round', async ({ page }) => {
  test.slow(); // many steps: give a busy machine room
  await page.goto(PATH);
  const widget = play(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  const slider = widget.getByRole('slider', { name: 'Your guess' });
  await slider.focus();
  for (let i = 0; i < 17; i++) await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('33');
  await page.keyboard.press('Tab');
  const field = widget.getByRole('spinbutton', { name: /Or type it/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('33');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  const submit = widget.getByRole('button', { name: 'Submit guess' });
  await expect(submit).toBeFocused();
  await page.keyboard.press('Space');
  await expect(widget.locator('[data-readout="target"]')).toHaveText(/^\d+(\.\d)?$/);
  await expect(widget.locator('[data-readout="result"]')).not.toHaveText('waiting for your guess');
  await expect(widget.locator('[data-summary]')).toContainText(/^Round 1: the 101 guesses averaged [\d.]+, so the winning number was 2\/3 of that/);
  await expect(widget.locator('[data-summary]')).toContainText('Your 30');
  await expect.poll(() => new URL(page.url()).searchParams.get('bp.guess')).toBe('30');
  // The same button now moves on, and still has focus.
  const next = widget.getByRole('button', { name: 'Next round' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.locator('[data-readout="round"]')).toHaveText('2 of 10');
  await expect(widget.locator('[data-readout="target"]')).toHaveText('hidden');
  await expect(widget.locator('[data-table="history"]')).toContainText('30');
  // Enter in the number field submits round 2.
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('15');
  await page.keyboard.press('Enter');
  await expect(widget.locator('[data-summary]')).toContainText(/^Round 2: /);
  await expect(widget.locator('[data-table="history"] tbody tr')).toHaveCount(2);
});

test('classroom mode: a pasted list with bad entries lists them as skipped and scores the rest', async ({ page }) => {
  await page.goto(PATH);
  const widget = classroom(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  const box = widget.getByRole('textbox', { name: /guesses/ });
  await box.focus();
  await page.keyboard.insertText('33, 22; 50\n0 abc 150 12.5 -3');
  await expect(widget.locator('[data-readout="count"]')).toHaveText('5');
  // Mean of 33, 22, 50, 0, 12.5 = 23.5; 2/3 of it = 15.67; the closest is 12.5 (entry 5).
  await expect(widget.locator('[data-readout="target"]')).toHaveText('15.67');
  await expect(widget.locator('[data-readout="winners"]')).toHaveText('entry 5 (12.5)');
  const skipped = widget.locator('[data-readout="skipped"]');
  await expect(skipped).toBeVisible();
  await expect(skipped).toContainText('Skipped 3 entries');
  await expect(skipped).toContainText('“abc” (not a number)');
  await expect(skipped).toContainText('“150” (outside 0 to 100)');
  await expect(skipped).toContainText('“-3” (outside 0 to 100)');
  await expect(widget.locator('[data-summary]')).toContainText('Skipped 3 entries');
  await expect(widget.locator('[data-table="comparison"]')).toContainText('Your class');
  // Half the average, chosen by keyboard: the target and the URL follow.
  await widget.getByRole('combobox', { name: 'Winning number' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(widget.locator('[data-readout="target"]')).toHaveText('11.75');
  await expect.poll(() => new URL(page.url()).searchParams.get('bc.p')).toBe('1/2');
});
