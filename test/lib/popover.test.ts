// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPopovers } from '@lib/client/popover';

/** A readout's markup (src/controls/Readout.svelte): a button trigger and a panel with a link. */
const readout = (id: string) =>
  `<span data-pop><span data-readout="${id}">$1</span><button type="button" data-pop-trigger aria-expanded="false" aria-controls="${id}-how" aria-label="How this was calculated: ${id}">?</button><span data-pop-panel id="${id}-how" hidden><span>Formula</span> <a id="${id}-src" href="https://example.org/">Source</a></span></span>`;
/** A citation's markup (src/story/SourcePop.astro): a link trigger. */
const cite = `<sup><span data-pop><a id="cite" data-pop-trigger href="#source-1">1</a><span data-pop-panel id="cite-pop" hidden>Publisher, Title (2024).</span></span></sup>`;

const button = (id: string) => document.querySelector<HTMLButtonElement>(`[aria-controls="${id}-how"]`)!;
const panel = (id: string) => document.getElementById(`${id}-how`)!;
const click = (target: Element) => {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e.defaultPrevented;
};
const later = (ms: number) => vi.spyOn(Date, 'now').mockReturnValue(Date.now() + ms);

beforeAll(() => {
  document.body.innerHTML = `<p>${readout('profit')} and ${readout('revenue')}, cited ${cite}.</p><p id="elsewhere">Elsewhere.</p>`;
  startPopovers(document);
  startPopovers(document); // a second start (another component's script) adds no second set of listeners
});

afterEach(() => {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('startPopovers', () => {
  it('marks each trigger as controlling a closed panel', () => {
    expect(panel('profit').hidden).toBe(true);
    expect(button('profit').getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('cite')!.getAttribute('aria-controls')).toBe('cite-pop');
  });

  it('opens a readout on focus and keeps it open when Enter follows (keyboard)', () => {
    button('profit').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(panel('profit').hidden).toBe(false);
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
    click(button('profit'));
    const link = document.getElementById('profit-src')!;
    link.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel('profit').hidden).toBe(true);
    expect(button('profit').getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button('profit'));
  });

  it('opens a citation on the first tap instead of following it, and follows it on the second', () => {
    const link = document.getElementById('cite')!;
    expect(click(link)).toBe(true);
    expect(document.getElementById('cite-pop')!.hidden).toBe(false);
    later(2000);
    expect(click(link)).toBe(false);
  });
});
