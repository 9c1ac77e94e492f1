// @vitest-environment happy-dom
/**
 * Hand-edited links, for every widget in the registry (property-based, fast-check): a random or
 * malformed query string is put in location, and the widget's Svelte root renders it as the
 * browser would (the schema parses it, the widget computes the values and renders them). Nothing
 * reads NaN, Infinity or undefined, nothing logs an error, every adjusted value is noted in the
 * widget's status, one note each, and the readouts shown are those of the values the query gives.
 * The browser smoke of the same (test/e2e/robustness.spec.ts) loads one bad link per widget.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { tick, type Component } from 'svelte';
import { widgets } from '@widgets/registry';
import { readoutsAt, type WidgetDef } from '@lib/widget/define';
import { parseParams, type ParamSpec } from '@lib/widget/params';
import { widgetSourceIds } from '@lib/widget/provenance';
import { allSources } from '../support/allSources';

/** Runs per widget; FC_RUNS=200 for a longer hunt. */
const RUNS = Number(process.env.FC_RUNS ?? 20);
const BAD = /NaN|Infinity|undefined/;

const components = import.meta.glob<{ default: Component }>('../../src/widgets/*/*.svelte', { eager: true });

const weird = fc.constantFrom('', ' ', 'NaN', 'Infinity', '-Infinity', 'undefined', 'null', 'true', '1e308', '-1e308', '1e-320', '9'.repeat(400),
  '0x10', '1,000', ' 5 ', '--1', '١٢', '１２', '💥', '\u202e42', 'a'.repeat(5000), '%', '%E0%A4%A', '<b>x</b>');

const valueOf = (spec: ParamSpec) => spec.kind === 'number'
  ? fc.oneof(
    weird,
    fc.double({ min: spec.min, max: spec.max, noNaN: true }).map(String),
    fc.double().map(String),
    fc.integer({ min: -1e9, max: 1e9 }).map(String),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  )
  : fc.oneof(weird, fc.constantFrom(...spec.options.map((o) => o.value)), fc.string({ unit: 'grapheme', maxLength: 12 }));

/** Per parameter: absent, once, or repeated; then junk keys, and a raw tail URLSearchParams would never write. */
const queryOf = (w: WidgetDef) => {
  const specs = Object.values(w.schema);
  return fc.record({
    params: fc.tuple(...specs.map((spec) => fc.array(valueOf(spec), { maxLength: 3 }).map((vs) => vs.map((v) => [`${w.prefix}.${spec.key}`, v] as const)))),
    junk: fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constant(`${w.prefix}.`), fc.constant(w.prefix)), fc.string({ maxLength: 8 })), { maxLength: 3 }),
    tail: fc.constantFrom('', '&', '&&=&', '&%', '&%zz=1', `&${w.prefix}.${specs[0]!.key}`, '#x'),
  }).map(({ params, junk, tail }) => {
    const q = new URLSearchParams();
    for (const [k, v] of [...params.flat(), ...junk]) q.append(k, v);
    return `?${q.toString()}${tail}`;
  });
};

/** The widget's text and drawing attributes, without its notes (which quote the bad input back on purpose). */
function widgetText(frame: Element) {
  const w = frame.cloneNode(true) as Element;
  w.querySelectorAll('[role=status]').forEach((n) => n.remove());
  const attrs = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'transform', 'points', 'viewBox', 'aria-valuetext', 'aria-label', 'value'];
  const bits = Array.from(w.querySelectorAll('*')).flatMap((el) => attrs.map((a) => el.getAttribute(a) ?? '').filter(Boolean));
  return `${w.textContent ?? ''}\n${bits.join(' ')}`;
}

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe.each(widgets.map((w) => [w.id, w] as const))('%s', (id, w) => {
  const C = components[`../../src/widgets/${id}/${w.component}.svelte`]?.default;
  const sources = Object.fromEntries(widgetSourceIds(w).map((s) => [s, allSources[s]!]));

  it('renders any query string without NaN, Infinity, undefined or errors, noting every adjusted value', async () => {
    expect(C, `src/widgets/${id}/${w.component}.svelte`).toBeDefined();
    const errors = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(queryOf(w), async (q) => {
        cleanup();
        // A new task for each run: happy-dom caches queries in WeakRefs, which V8 keeps alive to
        // the end of the current task, so runs chained by promises alone would keep every run's DOM.
        await new Promise((r) => setTimeout(r, 0));
        errors.mockClear();
        window.history.replaceState(null, '', `/embed/${id}/${q}`);
        const parsed = parseParams(w.schema, location.search, w.prefix);
        const { container } = render(C!, { props: { sources } });
        const frame = container.querySelector<HTMLElement>('[data-widget]')!;
        await tick();
        await vi.waitFor(() => expect(frame.getAttribute('aria-busy')).toBeNull(), { timeout: 10_000, interval: 20 });
        const what = `for ${q.slice(0, 200)}`;
        expect(widgetText(frame).match(BAD)?.[0], what).toBeUndefined();
        // The schema's notes, then any adjustment the widget's own model makes (the deals board
        // moves to another deal when the chosen one is filtered out).
        const own = w.compute(parsed.values) as { ok?: boolean; adjusted?: string };
        const expected = [...parsed.notes, ...(own.ok !== false && own.adjusted ? [own.adjusted] : [])];
        const notes = Array.from(frame.querySelectorAll('[role=status] li'), (li) => li.textContent?.trim());
        expect(notes, `notes ${what}`).toEqual(expected);
        // The readouts shown are those of the values the query gives, after adjustment.
        const shown = new Map(Array.from(frame.querySelectorAll<HTMLElement>('[data-readout]'), (el) => [el.dataset.readout!, el.textContent?.replace(/\s+/g, ' ').trim()]));
        for (const r of readoutsAt(w, parsed.values)) {
          if (shown.has(r.id)) expect(shown.get(r.id), `${r.id} ${what}`).toBe(r.text);
        }
        expect(errors.mock.calls.map((c) => c.join(' ')), `console errors ${what}`).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 120_000);
});
