import { test, expect, type Page } from '@playwright/test';
import { chapterPages } from './site';

const PATH = '/chapters/miners-dilemma/';

// Each input reruns 2,000 three-year price paths; give a busy shared test machine room.
test.beforeEach(async ({}, testInfo) => testInfo.setTimeout(testInfo.timeout * 3));
const dilemma = (page: Page) => page.locator('[data-widget="miners-dilemma"]');
const summaryOf = (page: Page) => dilemma(page).locator('[data-summary]');
/** The numbers table as text (it is in the DOM even while its <details> is closed). */
const tableOf = (page: Page) => dilemma(page).locator('details.data-table table').evaluate((t) => t.textContent ?? '');

test('chapter 6 reads without JavaScript: the fan chart, readouts and summary are in the HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const words = (await page.locator('article').innerText()).split(/\s+/).length;
  expect(words).toBeGreaterThan(900);
  await expect(dilemma(page).locator('svg').first()).toBeVisible();
  await expect(dilemma(page).locator('[data-readout="median-host"]')).toHaveText('$3.04M');
  await expect(dilemma(page).locator('[data-readout="hold-beats-host"]')).toHaveText(/%$/);
  await expect(summaryOf(page)).toContainText(/^Seed 1, 2,000 price paths from \$93,450 a coin/);
  await context.close();
});

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

test('the volatility slider works by keyboard and changes the summary and the URL', async ({ page }) => {
  await page.goto(PATH);
  const widget = dilemma(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  const before = await summaryOf(page).innerText();
  const vol = widget.getByRole('slider', { name: 'Price volatility' });
  await vol.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(vol).toHaveAttribute('aria-valuetext', '0 percent a year');
  await expect(summaryOf(page)).not.toHaveText(before);
  // No volatility, no spread: the holding fan collapses to its median.
  const readout = (name: string) => widget.locator(`[data-readout="${name}"]`).innerText();
  await expect.poll(async () => (await readout('p5-hold')) === (await readout('median-hold'))).toBe(true);
  await expect.poll(() => new URL(page.url()).searchParams.get('md.vol')).toBe('0');
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

test('bad query values are clamped and noted', async ({ page }) => {
  await page.goto(`${PATH}?md.vol=500&md.seed=abc&md.fit=99`);
  const widget = dilemma(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  const status = widget.getByRole('status');
  await expect(status).toContainText(/Price volatility: 500 is above the highest allowed value/);
  await expect(status).toContainText(/Seed: "abc" is not a number/);
  await expect(status).toContainText(/Fit-out for AI: "99" is not one of the choices/);
  await expect(widget.getByRole('slider', { name: 'Price volatility' })).toHaveValue('100');
  await expect(widget).not.toContainText(/NaN|Infinity|undefined/);
});

test('every chapter renders without JavaScript: prose, and a drawing or readout in every widget', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const chapters = chapterPages();
  expect(chapters.length).toBeGreaterThan(0);
  for (const path of chapters) {
    await page.goto(path);
    await expect(page.locator('article h1')).toBeVisible();
    expect((await page.locator('article').innerText()).split(/\s+/).length, `${path} has little text`).toBeGreaterThan(500);
    const widgets = page.locator('[data-widget]');
    for (let i = 0; i < (await widgets.count()); i++) {
      const w = widgets.nth(i);
      const id = await w.getAttribute('data-widget');
      expect(await w.locator('svg, [data-readout]').count(), `${path}: ${id} renders nothing without JavaScript`).toBeGreaterThan(0);
    }
  }
  await context.close();
});
