/**
 * Chapter 6's seeded Monte Carlo: a new seed reruns it, a seed typed back reproduces it exactly.
 * What every chapter promises (no JavaScript, bad links, keyboard and URL) is chapters.spec.ts's.
 */
import { test, expect, type Page } from '@playwright/test';

const PATH = '/chapters/miners-dilemma/';

// Each input reruns 2,000 three-year price paths; give a busy shared test machine room.
test.beforeEach(async ({}, testInfo) => testInfo.setTimeout(testInfo.timeout * 3));
const dilemma = (page: Page) => page.locator('[data-widget="miners-dilemma"]');
const summaryOf = (page: Page) => dilemma(page).locator('[data-summary]');
/** The numbers table as text (opened first: it is built when opened). */
const tableOf = async (page: Page) => {
  const details = dilemma(page).locator('details.data-table').last();
  await details.evaluate((d: HTMLDetailsElement) => { d.open = true; });
  return details.locator('table').evaluate((t) => t.textContent ?? '');
};

test('a new seed re-runs the fan, and the same seed reproduces it exactly', async ({ page }) => {
  await page.goto(PATH);
  const widget = dilemma(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  const first = await summaryOf(page).innerText();
  const firstTable = await tableOf(page);
  await widget.getByRole('button', { name: 'New seed' }).click();
  await expect(summaryOf(page)).not.toHaveText(first);
  await expect.poll(() => new URL(page.url()).searchParams.get('md.seed')).not.toBeNull();
  const seed = new URL(page.url()).searchParams.get('md.seed')!;
  await expect(widget.getByRole('spinbutton', { name: /Seed/ })).toHaveValue(seed);
  const second = await summaryOf(page).innerText();
  expect(second).toContain(`Seed ${seed},`);
  const secondTable = await tableOf(page);
  // Reload the shared link: the same seed gives the same sentence and the same table.
  await page.goto(page.url());
  await dilemma(page).scrollIntoViewIfNeeded();
  await expect(dilemma(page)).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  await expect(summaryOf(page)).toHaveText(second);
  expect(await tableOf(page)).toBe(secondTable);
  // Type the first seed back in by keyboard: the first run comes back exactly.
  await dilemma(page).getByRole('spinbutton', { name: /Seed/ }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1');
  await expect(summaryOf(page)).toHaveText(first);
  expect(await tableOf(page)).toBe(firstTable);
});

test('the Monte Carlo stays off the input path: at 4× slower CPU it runs in short slices, and the page answers between them', async ({ page }) => {
  await page.goto(PATH);
  const widget = dilemma(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // A zero-delay timer chain records when the page gets the main thread; the gaps between its
  // ticks while the simulation runs are the tasks the simulation took.
  const run = await page.evaluate(async () => {
    const w = document.querySelector<HTMLElement>('[data-widget="miners-dilemma"]')!;
    const seed = w.querySelector<HTMLInputElement>('input[type=number]')!;
    const ticks: number[] = [];
    let ticking = true;
    const tick = () => { ticks.push(performance.now()); if (ticking) setTimeout(tick, 0); };
    const settled = new Promise<void>((done) => {
      const watch = new MutationObserver(() => { if (w.getAttribute('aria-busy') !== 'true') { watch.disconnect(); done(); } });
      watch.observe(w, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    seed.value = '3';
    seed.dispatchEvent(new Event('input', { bubbles: true }));
    const input = performance.now();
    tick();
    await settled;
    ticking = false;
    const end = performance.now();
    // The run starts 80 ms after the input; count from there.
    const during = ticks.filter((t) => t >= input + 80);
    const gaps = during.slice(1).map((t, i) => t - during[i]!);
    return { ms: end - input - 80, longestGap: Math.max(0, ...gaps), ticks: during.length };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  test.info().annotations.push({ type: 'slices', description: `run ${Math.round(run.ms)} ms, ${run.ticks} ticks, longest gap ${Math.round(run.longestGap)} ms` });
  await expect(summaryOf(page)).toContainText(/^Seed 3, /);
  // Run at once, the simulation would be one gap as long as the run itself.
  expect(run.ticks, 'the page got the main thread back during the run').toBeGreaterThan(5);
  expect(run.longestGap, `the longest task while the simulation ran (of ${Math.round(run.ms)} ms)`).toBeLessThan(run.ms / 3);
});
