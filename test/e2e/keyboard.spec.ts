/**
 * Keyboard-only use. From the top of each chapter (and of one embed page, checkedPages), Tab visits every control
 * in reading order with a visible focus indicator of 3:1 and no trap, until focus leaves the page
 * after the footer. Every slider follows the ARIA slider pattern with a unit in aria-valuetext and
 * stays in place as it steps, and on a phone's screen as it jumps (on every chapter, and without
 * scroll anchoring, as in Safari, with no layout forced while a key's input is handled); selects,
 * buttons, disclosures and custom buttons work from the keyboard.
 */
import { test, expect, type Locator } from '@playwright/test';
import { chapterPages, checkedPages, isChapter, isEmbed } from './site';
import { installInPage } from './inpage';
import { LIVE, hydrateAll, loadHydrated, widgets, type NumberParam } from './widgets';

// Generous: the machine running these is often shared by several builds and browsers.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await installInPage(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

const walkPages = checkedPages().filter((p) => isChapter(p) || isEmbed(p));

for (const path of walkPages) {
  test(`${path}: Tab reaches every control in reading order, focus always visible, no trap`, async ({ page }) => {
    test.setTimeout(180_000);
    await loadHydrated(page, path);
    // The tab stops a reader should meet, in document order; one per radio group.
    const expected = await page.evaluate(() => {
      const a = window.__a11y;
      const sel = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';
      const seenRadio = new Set<string>();
      const stops: string[] = [];
      let i = 0;
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
        // :disabled, not .disabled: a disabled fieldset (a still's settings) disables what it holds.
        if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) continue;
        if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
        if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
        if (el instanceof HTMLInputElement && el.type === 'radio') {
          const group = el.name || a.describe(el);
          if (seenRadio.has(group)) continue;
          seenRadio.add(group);
          const checked = el.form?.querySelector<HTMLInputElement>(`input[type=radio][name="${el.name}"]:checked`) ?? document.querySelector<HTMLInputElement>(`input[type=radio][name="${el.name}"]:checked`);
          (checked ?? el).dataset.kb = String(i);
          stops.push(a.describe(checked ?? el));
          i++;
          continue;
        }
        el.dataset.kb = String(i++);
        stops.push(a.describe(el));
      }
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
      return stops;
    });
    expect(expected.length).toBeGreaterThan(0);

    const visited: number[] = [];
    const seen = new Set<string>();
    const problems: string[] = [];
    // Popovers opened by focus add their own links on the way (a citation adds two).
    const limit = expected.length * 4 + 50;
    for (let step = 0; step < limit; step++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate((step) => {
        const a = window.__a11y;
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el === document.documentElement) return { end: true as const };
        // A stop that appeared on the way (a popover panel opened by focusing its trigger) is fine when visible.
        const revealed = el.dataset.kb === undefined && el.closest('[data-pop-panel]:not([hidden]), [data-term-pop]:not([hidden])') !== null;
        el.dataset.kbSeen ??= String(step);
        const f = a.focusIndicator(el);
        const bg = a.backgroundOf(el.parentElement ?? el);
        const r = el.getBoundingClientRect();
        const onScreen = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
        return {
          end: false as const,
          index: el.dataset.kb === undefined ? -1 : Number(el.dataset.kb),
          id: el.dataset.kbSeen,
          revealed,
          what: a.describe(el),
          ring: f ? `${f.style} ${f.color}` : null,
          ratio: f?.color ? a.contrast(f.color, bg) : 0,
          onScreen,
          rect: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} in ${innerWidth}×${innerHeight}`,
        };
      }, step);
      if (at.end) break;
      if (seen.has(at.id)) { problems.push(`Tab came back to ${at.what}: a loop`); break; }
      seen.add(at.id);
      if (at.index < 0 && !at.revealed) problems.push(`focus went to ${at.what}, which is not a visible tab stop`);
      if (!at.ring) problems.push(`${at.what}: no visible focus indicator`);
      else if (at.ratio < 3) problems.push(`${at.what}: focus indicator ${at.ring} has contrast ${at.ratio.toFixed(2)}`);
      if (!at.onScreen) problems.push(`${at.what}: focused but off screen (${at.rect})`);
      visited.push(at.index);
      if (step === limit - 1) problems.push(`Tab never left the page after ${limit} presses: a trap?`);
    }
    const order = visited.filter((i) => i >= 0);
    const missing = expected.filter((_, i) => !order.includes(i));
    expect(problems).toEqual([]);
    expect(missing, 'controls Tab never reached').toEqual([]);
    expect(order, 'Tab order follows the reading (document) order').toEqual([...order].sort((a, b) => a - b));
    if (isChapter(path)) {
      const last = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-kb]')).at(-1)?.closest('footer') !== null);
      expect(last, 'the last tab stop is in the footer').toBe(true);
    }
  });
}

const native = (tag: string) => tag === 'INPUT';

/** Whether a value text names a unit, word by word, allowing the usual symbols ("$2.5M" for "million USD"). */
const SYMBOLS: Record<string, RegExp> = { usd: /\$|usd|dollar/i, million: /million|\dM\b/i, billion: /billion|\dB\b/i, thousand: /thousand|\dk\b/i, percent: /%|percent/i };
const namesUnit = (text: string, unit: string) =>
  unit.split(/\s+/).filter(Boolean).every((word) => (SYMBOLS[word.toLowerCase()] ?? new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')).test(text));

/** The schema parameter a slider edits, found by its label. */
const paramFor = (widgetId: string, label: string): NumberParam | undefined => {
  const w = widgets.find((x) => x.id === widgetId);
  return Object.values(w?.schema ?? {}).find((s): s is NumberParam => s.kind === 'number' && s.label.trim() === label.trim());
};

for (const w of widgets) {
  test(`${w.id}: sliders follow the ARIA slider pattern with the unit in aria-valuetext; other controls work by keyboard`, async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await loadHydrated(page, `/embed/${w.id}/`);
    const widget = page.locator('[data-widget]').first();

    const sliders = widget.locator('input[type=range], [role=slider]');
    const n = await sliders.count();
    let full = false;
    for (let i = 0; i < n; i++) {
      const s = sliders.nth(i);
      if (!(await s.isVisible())) continue;
      const label = await s.evaluate((el) => ((el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim());
      const spec = paramFor(w.id, label);
      const num = async () => Number(await s.evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.getAttribute('aria-valuenow'))));
      const min = Number(await s.evaluate((el) => (el instanceof HTMLInputElement ? el.min : el.getAttribute('aria-valuemin'))));
      const max = Number(await s.evaluate((el) => (el instanceof HTMLInputElement ? el.max : el.getAttribute('aria-valuemax'))));
      await s.focus();
      // A step must leave the slider where it is: text above it that came and went with the values
      // (a preset's, src/controls/Presets.svelte) once moved it 50 px from under the reader's pointer.
      const top = () => s.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const before = await top();
      await page.keyboard.press('ArrowRight');
      expect(await top(), `${label}: an arrow step leaves the slider where it was`).toBe(before);
      await page.keyboard.press('End');
      expect(await num(), `${label}: End goes to the maximum`).toBeCloseTo(max, 9);
      const valuetext = (await s.getAttribute('aria-valuetext')) ?? '';
      expect(valuetext, `${label}: aria-valuetext`).not.toBe('');
      expect(valuetext).not.toMatch(/NaN|Infinity|undefined|\s$/);
      if (spec?.unit) expect(namesUnit(valuetext, spec.unit), `${label}: aria-valuetext "${valuetext}" names the unit "${spec.unit}"`).toBe(true);
      else if (!spec) expect(valuetext, `${label}: aria-valuetext "${valuetext}" says more than a bare number`).toMatch(/[A-Za-z%$€£]/);
      await page.keyboard.press('Home');
      expect(await num(), `${label}: Home goes to the minimum`).toBeCloseTo(min, 9);
      expect(await s.getAttribute('aria-valuetext'), `${label}: aria-valuetext follows the value`).not.toBe(valuetext);
      // The whole pattern once per widget (every slider is the same native control; widgets that
      // recompute a simulation on each step would make this slow for all of them).
      if (full && native(await s.evaluate((el) => el.tagName))) continue;
      full = true;
      await page.keyboard.press('ArrowRight');
      const one = await num();
      expect(one, `${label}: ArrowRight moves up`).toBeGreaterThan(min);
      await page.keyboard.press('ArrowUp');
      expect(await num(), `${label}: ArrowUp moves up`).toBeGreaterThan(one);
      await page.keyboard.press('ArrowLeft');
      expect(await num(), `${label}: ArrowLeft moves down`).toBeCloseTo(one, 9);
      await page.keyboard.press('PageUp');
      const paged = await num();
      expect(paged, `${label}: PageUp moves up`).toBeGreaterThan(one);
      await page.keyboard.press('PageDown');
      expect(await num(), `${label}: PageDown moves down`).toBeLessThan(paged);
      await page.keyboard.press('ArrowDown');
      expect(await num(), `${label}: ArrowDown moves down`).toBeLessThan(paged);
    }

    // Native selects change with the arrow keys.
    for (const sel of await widget.locator('select').all()) {
      if (!(await sel.isVisible()) || (await sel.locator('option').count()) < 2) continue;
      const before = await sel.inputValue();
      await sel.focus();
      await page.keyboard.press(before === (await sel.locator('option').last().getAttribute('value')) ? 'ArrowUp' : 'ArrowDown');
      await expect(sel).not.toHaveValue(before);
    }
    // Disclosures open with Enter, once the widget shows its last input (the miner's dilemma
    // simulates after input, and its "what happened" table appears only then).
    await expect(widget).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
    for (const summary of await widget.locator('summary').all()) {
      if (!(await summary.isVisible())) continue;
      const details = summary.locator('xpath=..');
      const open = await details.evaluate((d) => (d as HTMLDetailsElement).open);
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(!open);
    }
    // Custom buttons (not native) respond to Enter and Space.
    for (const custom of await widget.locator('[role=button]:not(button)').all()) {
      if (!(await custom.isVisible())) continue;
      const state = () => custom.evaluate((el) => `${el.getAttribute('aria-pressed')}|${el.getAttribute('aria-expanded')}|${el.closest('[data-widget]')!.textContent}`);
      const before = await state();
      await custom.focus();
      await page.keyboard.press('Enter');
      const afterEnter = await state();
      expect(afterEnter, `${await custom.getAttribute('aria-label')}: Enter does something`).not.toBe(before);
    }
    // Native buttons: keyboard activation must not throw.
    for (const b of await widget.locator('button').all()) {
      if (!(await b.isVisible()) || (await b.isDisabled())) continue;
      await b.focus();
      await page.keyboard.press('Enter');
    }
    expect(errors).toEqual([]);
  });
}

/**
 * Where a slider is on the screen once its widget shows the numbers of its settings (the miner's
 * dilemma simulates after input), two frames later.
 */
const settledTop = (s: Locator) => s.evaluate((el) => new Promise<number>((resolve) => {
  const widget = el.closest('[data-widget]')!;
  const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(el.getBoundingClientRect().top)));
  const wait = () => (widget.hasAttribute('aria-busy') ? requestAnimationFrame(wait) : done());
  requestAnimationFrame(wait);
}));

// A jump (End, Home) can change the height of what sits above a slider: a readout wrapping to a
// second line, a table's columns re-spread, a slider's value going under its label, the miner's
// dilemma's numbers arriving after its simulation. On a phone that moved the slider 18 to 44 px on
// the screen, from under the reader's finger or focus ring.
// WidgetFrame scrolls the page by as much; this checks it on every chapter's live sliders.
for (const path of chapterPages()) {
  test(`${path}: on a phone, every slider stays still on the screen as it jumps`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    await hydrateAll(page);
    const sliders = page.locator(`${LIVE} input[type=range]:visible`);
    const moved: string[] = [];
    for (const s of await sliders.all()) {
      const label = await s.evaluate((el: HTMLInputElement) => el.labels?.[0]?.textContent?.trim() ?? '');
      await s.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await s.focus();
      for (const key of ['End', 'Home', 'End']) {
        const before = await settledTop(s);
        await page.keyboard.press(key);
        const shift = (await settledTop(s)) - before;
        if (Math.abs(shift) > 1) moved.push(`${label} (${key}): ${shift.toFixed(0)} px`);
      }
    }
    expect(moved).toEqual([]);
  });
}

// The pin alone, with the page's scroll anchoring off as Safari has none: without the pin the lease
// calculator's rent slider moves 22 px on a phone at its end ("Never pays back" wraps above it).
// A key's step is pinned from a reading taken at keydown, so that nothing forces a layout while the
// input is handled; input without a key, as a screen reader sends it, takes its reading at input.
for (const by of ['a key', 'input without a key'] as const) {
  test(`lease-calculator: a slider moved by ${by} stays still on a phone's screen without scroll anchoring`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await loadHydrated(page, '/embed/lease-calculator/');
    const s = page.getByRole('slider', { name: /rent in year 1/i });
    await s.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await s.focus();
    // Counts the places read while an input event is handled, from its first listener to its last.
    await page.evaluate(() => {
      document.documentElement.style.overflowAnchor = 'none';
      const seen = { during: false, reads: 0 };
      Object.assign(window, { seen });
      addEventListener('input', () => (seen.during = true), true);
      addEventListener('input', () => (seen.during = false));
      const read = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function () {
        if (seen.during) seen.reads++;
        return read.call(this);
      };
    });
    const before = await settledTop(s);
    const summary = await page.locator('[data-summary]').textContent();
    if (by === 'a key') await page.keyboard.press('End');
    else await s.evaluate((el: HTMLInputElement) => { el.value = el.max; el.dispatchEvent(new Event('input', { bubbles: true })); });
    await expect(page.locator('[data-summary]')).not.toHaveText(summary!);
    expect(Math.abs((await settledTop(s)) - before), 'px the slider moved').toBeLessThan(1);
    expect(await page.evaluate(() => (window as unknown as { seen: { reads: number } }).seen.reads)).toBe(by === 'a key' ? 0 : 1);
  });
}
