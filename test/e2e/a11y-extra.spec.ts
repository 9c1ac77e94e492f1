/**
 * Accessibility checks axe cannot make: non-text contrast of chart marks, slider tracks and thumbs
 * and the focus ring (WCAG 1.4.11), target size (2.5.8), drag alternatives (2.5.7), chart text
 * alternatives and data tables, visible labels, and live announcements that wait for a slider
 * to settle. Widgets come from the registry; pages from the build output: every chapter and one
 * page of each other template (checkedPages).
 */
import { test, expect, type Page } from '@playwright/test';
import { checkedPages, isChapter, isEmbed } from './site';
import { installInPage } from './inpage';
import { loadHydrated, widgets } from './widgets';

// Generous: the machine running these is often shared, and a long chapter takes a while to walk.
test.describe.configure({ timeout: 120_000 });

const THEMES = ['light', 'dark'] as const;
const MIN_NON_TEXT = 3;

test.beforeEach(async ({ page }) => {
  await installInPage(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.describe('non-text contrast (1.4.11)', () => {
  for (const w of widgets) {
    for (const colorScheme of THEMES) {
      test(`${w.id} (${colorScheme}): chart marks, slider track and thumb, and focus ring reach 3:1`, async ({ page }) => {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await loadHydrated(page, `/embed/${w.id}/`);
        const report = await page.evaluate((min) => {
          const a = window.__a11y;
          const widget = document.querySelector('[data-widget]')!;
          const problems: string[] = [];
          let marks = 0;
          for (const svg of Array.from(widget.querySelectorAll<SVGSVGElement>('svg[role]'))) {
            for (const m of a.marks(svg)) {
              marks++;
              if (m.best < min) problems.push(`mark ${m.what}: fill ${m.fill?.toFixed(2) ?? '–'}, stroke ${m.stroke?.toFixed(2) ?? '–'} against ${m.bg}`);
            }
          }
          const ranges = Array.from(widget.querySelectorAll<HTMLInputElement>('input[type=range]'));
          for (const r of ranges) {
            const bg = a.backgroundOf(r);
            const c = a.sliderColors(r);
            if (!c.track || !c.thumb) { problems.push(`slider ${a.describe(r)}: no styled track/thumb found (${JSON.stringify(c)})`); continue; }
            const track = a.contrast(c.track, bg);
            const thumb = a.contrast(c.thumb, bg);
            if (track < min) problems.push(`slider track ${a.describe(r)}: ${c.track} on ${bg} = ${track.toFixed(2)}`);
            if (thumb < min) problems.push(`slider thumb ${a.describe(r)}: ${c.thumb} on ${bg} = ${thumb.toFixed(2)}`);
            // Where the thumb touches the track without a ring in the background colour, it must stand out from the track too.
            if (c.thumbBorder && a.contrast(c.thumbBorder, bg) > 1.1 && a.contrast(c.thumb, c.track) < min) {
              problems.push(`slider thumb ${a.describe(r)} vs track: ${a.contrast(c.thumb, c.track).toFixed(2)}`);
            }
          }
          // The focus ring of every control, drawn by the site's :focus-visible rule.
          const controls = Array.from(widget.querySelectorAll<HTMLElement>('button, input, select, summary, a[href], [tabindex="0"]'));
          for (const el of controls) {
            const bg = a.backgroundOf(el.parentElement ?? el);
            const ring = a.resolve('var(--focus)', el);
            const ratio = a.contrast(ring, bg);
            if (ratio < min) problems.push(`focus ring ${a.describe(el)}: ${ring} on ${bg} = ${ratio.toFixed(2)}`);
          }
          return { problems, marks, ranges: ranges.length };
        }, MIN_NON_TEXT);
        expect(report.marks + report.ranges, 'the widget draws marks or has sliders').toBeGreaterThan(0);
        expect(report.problems).toEqual([]);
      });
    }
  }
});

test.describe('focus indicator as drawn (1.4.11, 2.4.7)', () => {
  for (const colorScheme of THEMES) {
    test(`every widget control shows a focus ring of 3:1 when focused by keyboard (${colorScheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const problems: string[] = [];
      for (const w of widgets) {
        await loadHydrated(page, `/embed/${w.id}/`);
        // Keyboard modality, so :focus-visible applies to every control.
        await page.keyboard.press('Shift');
        const n = await page.locator('[data-widget] :is(button, input, select, summary, a[href], [tabindex="0"])').count();
        for (let i = 0; i < n; i++) {
          const found = await page.evaluate(({ i, min }) => {
            const a = window.__a11y;
            const el = document.querySelectorAll<HTMLElement>('[data-widget] :is(button, input, select, summary, a[href], [tabindex="0"])')[i]!;
            if (!el.checkVisibility()) return null;
            el.focus({ focusVisible: true } as FocusOptions);
            if (document.activeElement !== el) return `${a.describe(el)}: cannot take focus`;
            const f = a.focusIndicator(el);
            if (!f || !f.color) return `${a.describe(el)}: no visible focus indicator`;
            const bg = a.backgroundOf(el.parentElement ?? el);
            const ratio = a.contrast(f.color, bg);
            return ratio < min ? `${a.describe(el)}: ${f.style} ${f.color} on ${bg} = ${ratio.toFixed(2)}` : null;
          }, { i, min: MIN_NON_TEXT });
          if (found) problems.push(`${w.id}: ${found}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

/** Controls of a page with their boxes, and whether a link sits inline in a sentence (exempt from 2.5.8). */
async function targets(page: Page) {
  return page.evaluate(() => {
    const a = window.__a11y;
    const sel = 'button, input:not([type=hidden]), select, textarea, summary, a[href], [role=button], [role=slider], [role=tab], [role=checkbox], [role=radio], [tabindex="0"]';
    const inlineInText = (el: Element) => {
      if (el.tagName !== 'A' && !el.closest('a')) return false;
      const link = el.closest('a')!;
      if (getComputedStyle(link).display !== 'inline') return false;
      // Inline when its block has words outside the link: a link in a sentence (a glossary term's too) or a list of citations.
      const block = link.closest('p, li, td, th, dd, dt, figcaption, caption, sup, small, h1, h2, h3, h4, label, blockquote') ?? link.parentElement!;
      const own = (link.textContent ?? '').trim();
      const all = (block.textContent ?? '').trim();
      return all.length > own.length || link.closest('sup') !== null;
    };
    return Array.from(document.querySelectorAll<HTMLElement>(sel))
      .filter((el) => el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && !el.closest('[inert], [hidden]'))
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'hidden'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { what: a.describe(el), x: r.x + scrollX, y: r.y + scrollY, w: r.width, h: r.height, inline: inlineInText(el), skip: el.classList.contains('skip-link') };
      })
      .filter((t) => t.w > 0 || t.h > 0);
  });
}

test.describe('target size (2.5.8)', () => {
  for (const path of checkedPages()) {
    test(`${path}: every control is at least 24×24 px or spaced 24 px apart`, async ({ page }) => {
      await loadHydrated(page, path);
      const all = await targets(page);
      const small = all.filter((t) => !t.inline && !t.skip && (t.w < 24 || t.h < 24));
      // Spacing exception: a 24 px circle centred on an undersized target touches no other target or circle.
      const centre = (t: (typeof all)[number]) => [t.x + t.w / 2, t.y + t.h / 2] as const;
      const hitsBox = (c: readonly [number, number], t: (typeof all)[number]) => {
        const dx = Math.max(t.x - c[0], 0, c[0] - (t.x + t.w));
        const dy = Math.max(t.y - c[1], 0, c[1] - (t.y + t.h));
        return dx * dx + dy * dy < 12 * 12;
      };
      const problems = small.filter((t) => {
        const c = centre(t);
        return all.some((o) => o !== t && !o.inline && (small.includes(o) ? Math.hypot(centre(o)[0] - c[0], centre(o)[1] - c[1]) < 24 : hitsBox(c, o)));
      }).map((t) => `${t.what}: ${t.w.toFixed(1)}×${t.h.toFixed(1)}`);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('drag alternatives (2.5.7)', () => {
  for (const path of checkedPages().filter((p) => isChapter(p) || isEmbed(p))) {
    test(`${path}: every draggable thing is a native range input or a keyboard-operable slider`, async ({ page }) => {
      await loadHydrated(page, path);
      // Elements that start a drag: Svelte's delegated handlers (el.__pointerdown …), native listeners (via CDP), draggable=true.
      const cdp = await page.context().newCDPSession(page);
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `Array.from(document.querySelectorAll('main *'))`,
      });
      const { result: props } = await cdp.send('Runtime.getProperties', { objectId: result.objectId!, ownProperties: true });
      const dragTypes = new Set(['pointerdown', 'mousedown', 'touchstart', 'dragstart', 'pointermove', 'mousemove', 'touchmove']);
      const dragging: string[] = [];
      for (const p of props) {
        if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: p.value.objectId });
        const types = listeners.map((l) => l.type).filter((t) => dragTypes.has(t));
        const { result: info } = await cdp.send('Runtime.callFunctionOn', {
          objectId: p.value.objectId,
          returnByValue: true,
          functionDeclaration: `function (types) {
            const delegated = ['pointerdown', 'mousedown', 'touchstart', 'pointermove', 'mousemove', 'touchmove'].filter((t) => typeof this['__' + t] === 'function');
            const all = [...new Set([...types, ...delegated, ...(this.draggable && this.getAttribute('draggable') === 'true' ? ['draggable'] : [])])];
            return all.length ? { all, what: window.__a11y.describe(this), tag: this.tagName, type: this.type, role: this.getAttribute('role'), tabindex: this.tabIndex } : null;
          }`,
          arguments: [{ value: types }],
        });
        if (info.value) dragging.push(JSON.stringify(info.value));
      }
      const pointerOnly = dragging.map((s) => JSON.parse(s)).filter((d) => !(d.tag === 'INPUT' && d.type === 'range') && !(d.role === 'slider' && d.tabindex >= 0));
      expect(pointerOnly.map((d) => `${d.what}: ${d.all.join(', ')}`)).toEqual([]);

      // Every slider is native, or a focusable role=slider that moves with ArrowRight.
      const sliders = page.locator('[role=slider], input[type=range]');
      const n = await sliders.count();
      for (let i = 0; i < n; i++) {
        const s = sliders.nth(i);
        if (!(await s.isVisible())) continue;
        const native = await s.evaluate((el) => el instanceof HTMLInputElement && el.type === 'range');
        if (native) continue;
        const before = await s.getAttribute('aria-valuenow');
        await s.focus();
        await page.keyboard.press('ArrowRight');
        if ((await s.getAttribute('aria-valuenow')) === before) await page.keyboard.press('ArrowLeft');
        expect(await s.getAttribute('aria-valuenow'), 'a role=slider moves with the arrow keys').not.toBe(before);
      }
    });
  }
});

test.describe('text alternatives, tables and labels', () => {
  for (const w of widgets) {
    test(`${w.id}: each chart has a text alternative with numbers, the widget has a data table, and every control a visible label`, async ({ page }) => {
      await loadHydrated(page, `/embed/${w.id}/`);
      const charts = await page.evaluate(() => Array.from(document.querySelectorAll<SVGSVGElement>('[data-widget] svg[role]')).map((svg) => ({
        role: svg.getAttribute('role'),
        title: svg.querySelector(':scope > title')?.textContent?.trim() ?? '',
        desc: svg.querySelector(':scope > desc')?.textContent?.trim() ?? '',
        name: (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim(),
        marks: svg.querySelectorAll('path[d]:not([d=""]), rect, circle').length,
      })));
      expect(charts.length, 'at least one chart').toBeGreaterThan(0);
      for (const c of charts) {
        expect(['img', 'group']).toContain(c.role);
        expect(c.title, 'chart title').not.toBe('');
        expect(c.desc, `description of "${c.title}" has numbers`).toMatch(/\d/);
        expect(c.desc).not.toMatch(/NaN|Infinity|undefined/);
        expect(c.name, 'the accessible name is computed from title and description').toContain(c.title);
        expect(c.name).toContain(c.desc);
      }
      // A data table behind the charts: rows whenever a chart draws marks.
      // (Built when opened: open them all first.)
      const tables = await page.evaluate(async () => {
        document.querySelectorAll<HTMLDetailsElement>('[data-widget] details.data-table').forEach((d) => { d.open = true; });
        await new Promise((r) => setTimeout(r, 50));
        return Array.from(document.querySelectorAll('[data-widget] details table')).map((t) => t.querySelectorAll('tbody tr').length);
      });
      expect(tables.length, 'a "Show the numbers" table').toBeGreaterThan(0);
      if (charts.some((c) => c.marks > 0)) expect(Math.max(...tables), 'the table has rows').toBeGreaterThan(0);

      // Every control has a visible label that names it.
      const problems = await page.evaluate(() => {
        const a = window.__a11y;
        const out: string[] = [];
        const visible = (el: Element | null | undefined) => !!el && (el as HTMLElement).checkVisibility() && el.getBoundingClientRect().width > 0 && (el.textContent ?? '').trim() !== '';
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-widget] :is(input, select, textarea)'))) {
          if (!el.checkVisibility()) continue;
          const labels = Array.from((el as HTMLInputElement).labels ?? []);
          const by = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id));
          if (!labels.some(visible) && !by.some(visible)) out.push(`${a.describe(el)}: no visible label`);
        }
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-widget] :is(button, summary, a[href])'))) {
          if (!el.checkVisibility()) continue;
          if ((el.innerText ?? '').trim() === '') out.push(`${a.describe(el)}: no visible text`);
        }
        return out;
      });
      expect(problems).toEqual([]);
    });
  }

  test('text alternatives follow the numbers: moving a slider changes the description or table when the marks change', async ({ page }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    for (const w of widgets) {
      await loadHydrated(page, `/embed/${w.id}/`);
      const slider = page.locator('[data-widget] input[type=range]').first();
      if (!(await slider.count())) continue;
      await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('[data-widget] details.data-table').forEach((d) => { d.open = true; }));
      const snapshot = () => page.evaluate(() => {
        const widget = document.querySelector('[data-widget]')!;
        const marks = Array.from(widget.querySelectorAll('svg[role] :is(path, rect, circle, line)')).map((m) => ['d', 'x', 'y', 'width', 'height', 'cx', 'cy', 'x1', 'x2', 'y1', 'y2'].map((k) => m.getAttribute(k)).join()).join('|');
        const text = Array.from(widget.querySelectorAll('svg[role] > desc, details table')).map((e) => e.textContent).join('|');
        return { marks, text };
      });
      const before = await snapshot();
      await slider.focus();
      await page.keyboard.press('End');
      await page.waitForTimeout(100);
      let after = await snapshot();
      if (after.marks === before.marks) { await page.keyboard.press('Home'); await page.waitForTimeout(100); after = await snapshot(); }
      if (after.marks !== before.marks && after.text === before.text) problems.push(`${w.id}: the chart changed but its description and table did not`);
    }
    expect(problems).toEqual([]);
  });
});

test.describe('live announcements wait for a slider to settle', () => {
  for (const w of widgets) {
    test(`${w.id}: the live region stays quiet during a burst of key presses and speaks once it settles`, async ({ page }) => {
      await loadHydrated(page, `/embed/${w.id}/`);
      const slider = page.locator('[data-widget] input[type=range]').first();
      test.skip(!(await slider.count()), 'no slider');
      const live = page.locator('[data-widget] [aria-live]');
      expect(await live.count(), 'a live region').toBeGreaterThan(0);
      await slider.focus();
      await page.keyboard.press('Home');
      await page.waitForTimeout(1500); // let the Home press settle and be announced
      // Ten input events 60 ms apart, timed in the page; every change of a live region is recorded.
      const { changes, inputs, before, after } = await slider.evaluate(async (el: HTMLInputElement) => {
        const summary = () => Array.from(document.querySelectorAll('[data-widget] [data-summary]')).map((e) => e.textContent ?? '').join(' ');
        const before = summary();
        const changes: { t: number; text: string }[] = [];
        for (const region of Array.from(document.querySelectorAll('[data-widget] [aria-live]'))) {
          new MutationObserver(() => changes.push({ t: performance.now(), text: region.textContent ?? '' })).observe(region, { childList: true, characterData: true, subtree: true });
        }
        const inputs: number[] = [];
        for (let i = 0; i < 10; i++) {
          el.stepUp();
          inputs.push(performance.now());
          el.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 60));
        }
        // Wait for the widget to finish (some recompute after a pause) and the announcement to follow.
        const last = inputs.at(-1)!;
        while (performance.now() - last < 6000 && !changes.some((c) => c.t > last && c.text.trim() === summary().trim())) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 200));
        return { changes, inputs, before, after: summary() };
      });
      const gaps = inputs.slice(1).map((t, i) => t - inputs[i]!);
      // Each change came after a quiet spell of at least half a second since the input before it,
      // so nothing was read out while the values were still coming.
      for (const c of changes) {
        const quiet = c.t - Math.max(...inputs.filter((k) => k <= c.t));
        expect(quiet, `ms between the last input and an announcement (gaps in the burst: ${gaps.map(Math.round).join(', ')})`).toBeGreaterThanOrEqual(500);
      }
      if (after.trim() === before.trim()) {
        expect(changes, 'the sentence did not change, so nothing new is announced').toEqual([]);
        return;
      }
      // The settled sentence is what is read out.
      expect(changes.length, 'the settled value is announced').toBeGreaterThan(0);
      expect(changes.at(-1)!.t).toBeGreaterThan(inputs.at(-1)!);
      expect(changes.at(-1)!.text.trim()).toBe(after.trim());
      expect(changes.at(-1)!.text).not.toMatch(/NaN|Infinity|undefined/);
    });
  }
});
