// @vitest-environment happy-dom
/**
 * The site's one popover behaviour (src/lib/client/popover.ts) on the markup the components
 * render: no panel in the page until one opens, then a panel built right after its trigger from
 * data the page already has (src/lib/client/popContent.ts).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPopovers, traceReadout } from '@lib/client/popover';
import type { Formula } from '@core/formula';
import type { WidgetRecord } from '@lib/widget/provenance';

const source = { id: 'src-a', title: 'A report', publisher: 'An agency', date: '2024-05', url: 'https://example.org/report' };
const record: WidgetRecord = {
  readouts: {
    profit: { label: 'Profit', provenance: { formula: { words: 'Revenue less cost.', symbols: 'P = R − C', fn: 'minerDay' }, inputs: [{ label: 'Power price', value: '$0.045', unit: 'per kWh', sourceId: 'src-a', asOf: '2024-04' }] } },
    revenue: { label: 'Revenue', provenance: { inputs: [{ label: 'Hashprice', value: '$50', sourceId: 'src-a' }] } },
  },
  sources: { 'src-a': source },
};

/** The page's formulas, by function and number (scripts/page-bundles.mjs), as hydrated readouts name them. */
const formulas = {
  minerDay: { words: 'Revenue less cost.', symbols: 'P = R − C' },
  'minerDay#2': { words: 'Revenue over energy.', symbols: 'R/kWh = R / E' },
};

/** A readout's markup (src/controls/Readout.svelte): a value, a "?" button and its panel's empty element. */
const readout = (id: string) =>
  `<span class="readout" data-pop="readout"><span data-readout="${id}">$1</span><button type="button" data-pop-trigger aria-expanded="false" aria-label="How this was calculated: ${id}">?</button><span data-pop-panel hidden></span></span>`;
/** A citation (src/story/SourcePop.astro) of a fact, and the chapter's source list (SourceList.astro). */
const cite = `<sup><span data-pop="cite" data-fact-label="Hashprice" data-fact-text="$54" data-as-of="2024-04-01"><a id="cite" data-pop-trigger href="#source-1">1</a></span></sup>`;
const sourceList = `<ol><li id="source-1" data-publisher="${source.publisher}" data-date="${source.date}"><a href="${source.url}">${source.title}</a>. ${source.publisher}, ${source.date}.</li></ol>`;
/** A citation whose entry the page lacks. */
const orphan = `<span data-pop="cite"><a id="orphan" data-pop-trigger href="#source-9">9</a></span>`;

const button = (id: string) => document.querySelector<HTMLButtonElement>(`[data-readout="${id}"] + button`)!;
const panelOf = (trigger: Element) => document.getElementById(trigger.getAttribute('aria-controls') ?? '')!;
const panel = (id: string) => panelOf(button(id));
const click = (target: Element) => {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e.defaultPrevented;
};
const focus = (target: Element) => target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
const later = (ms: number) => vi.spyOn(Date, 'now').mockReturnValue(Date.now() + ms);

beforeAll(() => {
  document.body.innerHTML = `<figure><p>${readout('profit')} and ${readout('revenue')}, cited ${cite}. ${orphan}</p><script type="application/json" data-provenance>${JSON.stringify(record)}</script></figure><p id="elsewhere">Elsewhere.</p>${sourceList}<script type="application/json" data-formulas>${JSON.stringify(formulas)}</script>`;
  startPopovers(document);
  startPopovers(document); // a second start (another component's script) adds no second set of listeners
});

afterEach(() => {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('startPopovers', () => {
  it('marks each trigger closed, with no panel content in the page until it opens', () => {
    // A readout brings its panel's empty element (Readout.svelte); citations and terms bring none.
    expect([...document.querySelectorAll('[data-pop-panel]')].every((p) => p.innerHTML === '' && p.closest('[data-pop]')?.getAttribute('data-pop') === 'readout')).toBe(true);
    expect(button('profit').getAttribute('aria-expanded')).toBe('false');
    expect(button('profit').hasAttribute('aria-controls')).toBe(false);
    expect(document.getElementById('cite')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('builds a readout’s panel on focus, right after its button, from the widget’s record', () => {
    focus(button('profit'));
    const p = panel('profit');
    expect(p.hidden).toBe(false);
    expect(button('profit').nextElementSibling).toBe(p);
    expect(p.getAttribute('role')).toBe('group');
    expect(p.getAttribute('aria-label')).toBe('How Profit was calculated');
    expect(p.textContent).toContain('How this was calculated');
    expect(p.textContent).toContain('P = R − C');
    expect(p.textContent).toContain('Power price: $0.045 per kWh Source: An agency, A report (2024-05), as of 2024-04.');
    expect(p.textContent).toContain('Computed by minerDay().');
    expect(p.querySelector('a')!.getAttribute('href')).toBe(source.url);
  });

  it('says when a readout is a reported figure, not a calculation', () => {
    click(button('revenue'));
    expect(panel('revenue').textContent).toContain('A reported figure, not a calculation');
    expect(panel('revenue').textContent).toContain('Where it comes from');
  });

  it('builds from what a hydrated readout hands over, and rebuilds an open panel when it changes', () => {
    const b = button('profit');
    traceReadout(b, { label: 'Profit', provenance: { ...record.readouts.profit!.provenance, inputs: [{ label: 'Power price', value: '$0.060', unit: 'per kWh', note: 'your setting' }] }, sources: {} });
    click(b);
    expect(panel('profit').textContent).toContain('Power price: $0.060 per kWh (your setting)');
    traceReadout(b, { label: 'Profit', provenance: { ...record.readouts.profit!.provenance, inputs: [{ label: 'Power price', value: '$0.070', unit: 'per kWh' }] }, sources: {} });
    expect(panel('profit').textContent).toContain('$0.070');
    expect(document.querySelectorAll(`#${panel('profit').id}`)).toHaveLength(1);
  });

  // The client build ships a formula as its function's name, and a number where it has several
  // (formulaKeys, scripts/client-omits.mjs): the words and symbols come from the page.
  it('gives a hydrated readout’s formula its words and symbols from the page, by function and number', () => {
    const b = button('profit');
    const handed = (formula: object) => ({ label: 'Profit', provenance: { formula: formula as Formula, inputs: [] }, sources: {} });
    traceReadout(b, handed({ fn: 'minerDay', n: 2 }));
    click(b);
    expect(panel('profit').querySelector('.pop-words')!.textContent).toBe('Revenue over energy.');
    expect(panel('profit').querySelector('.pop-symbols')!.textContent).toBe('R/kWh = R / E');
    traceReadout(b, handed({ fn: 'minerDay' }));
    expect(panel('profit').querySelector('.pop-words')!.textContent).toBe('Revenue less cost.');
    expect(panel('profit').textContent).toContain('P = R − C');
    expect(panel('profit').textContent).toContain('Computed by minerDay().');
  });

  it('keeps keyboard focus on the same link when an open panel is rebuilt under it', () => {
    const b = button('profit');
    const twoSources = (value: string) => ({
      label: 'Profit',
      provenance: { inputs: [{ label: 'Power price', value, sourceId: 'src-a' }, { label: 'Hashprice', value: '$50', sourceId: 'src-b' }] },
      sources: { 'src-a': source, 'src-b': { ...source, id: 'src-b', url: 'https://example.org/other' } },
    });
    traceReadout(b, twoSources('$0.060'));
    click(b);
    panel('profit').querySelectorAll('a')[1]!.focus();
    traceReadout(b, twoSources('$0.070'));
    expect(panel('profit').textContent).toContain('$0.070');
    expect(document.activeElement?.getAttribute('href')).toBe('https://example.org/other');
    expect(panel('profit').contains(document.activeElement)).toBe(true);
  });

  it('escapes what it builds: text from the data never becomes markup', () => {
    const b = button('revenue');
    traceReadout(b, { label: 'Revenue', provenance: { inputs: [{ label: '<img src=x onerror=alert(1)>', value: '1' }] }, sources: {} });
    click(b);
    expect(panel('revenue').querySelector('img')).toBeNull();
    expect(panel('revenue').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('opens a readout on focus and keeps it open when Enter follows (keyboard)', () => {
    focus(button('profit'));
    later(2000);
    click(button('profit'));
    expect(panel('profit').hidden).toBe(false);
    expect(button('profit').getAttribute('aria-expanded')).toBe('true');
  });

  it('opens a readout on a tap and closes it on a second tap', () => {
    click(button('profit'));
    expect(panel('profit').hidden).toBe(false);
    later(2000);
    click(button('profit'));
    expect(panel('profit').hidden).toBe(true);
    expect(button('profit').getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps a tapped readout open when the pointer leaves, and closes it on a tap elsewhere', () => {
    vi.useFakeTimers();
    click(button('profit'));
    const out = Object.assign(new MouseEvent('pointerout', { bubbles: true, relatedTarget: document.getElementById('elsewhere') }), { pointerType: 'mouse' });
    button('profit').dispatchEvent(out);
    vi.runAllTimers();
    expect(panel('profit').hidden).toBe(false);
    document.getElementById('elsewhere')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    expect(panel('profit').hidden).toBe(true);
  });

  it('shows one panel at a time', () => {
    click(button('profit'));
    click(button('revenue'));
    expect(panel('profit').hidden).toBe(true);
    expect(panel('revenue').hidden).toBe(false);
  });

  it('closes on Escape and returns focus to the trigger when focus was in the panel', () => {
    traceReadout(button('profit'), { ...record.readouts.profit!, sources: record.sources });
    click(button('profit'));
    const link = panel('profit').querySelector('a')!;
    link.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel('profit').hidden).toBe(true);
    expect(button('profit').getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button('profit'));
  });

  it('builds a citation from its entry in the source list, with the fact it backs', () => {
    const link = document.getElementById('cite')!;
    click(link);
    const p = panelOf(link);
    expect(p.getAttribute('aria-label')).toBe('Source 1');
    expect(p.textContent).toContain('Hashprice: $54, as of 2024-04-01.');
    expect(p.textContent).toContain('Source 1: An agency, A report (2024-05).');
    expect([...p.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Open the source', source.url],
      ['In this chapter’s sources', '#source-1'],
    ]);
  });

  it('opens a citation on the first tap instead of following it, and follows it on the second', () => {
    const link = document.getElementById('cite')!;
    expect(click(link)).toBe(true);
    expect(panelOf(link).hidden).toBe(false);
    later(2000);
    expect(click(link)).toBe(false);
  });

  it('leaves a citation a plain link when the page has nothing to build it from', () => {
    const link = document.getElementById('orphan')!;
    expect(click(link)).toBe(false);
    expect(link.hasAttribute('aria-controls')).toBe(false);
  });
});
