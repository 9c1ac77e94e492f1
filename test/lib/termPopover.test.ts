// @vitest-environment happy-dom
/**
 * A <Term> in the browser: the markup src/story/Term.astro renders and the chapter's glossary
 * record (GlossaryRecord.astro), driven by the site's popover behaviour (src/lib/client/popover.ts),
 * which builds the definition's panel when it first opens.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPopovers } from '@lib/client/popover';

const term = (id: string) => `<span class="term" data-pop="term"><a class="term-link" data-pop-trigger href="/glossary/#${id}">${id}</a></span>`;
const glossary = { hashprice: { term: 'hashprice', definition: 'Definition of hashprice.' }, halving: { term: 'halving', definition: 'Definition of halving.' } };

const link = (id: string) => document.querySelector<HTMLAnchorElement>(`.term-link[href="/glossary/#${id}"]`)!;
const panel = (id: string) => document.getElementById(link(id).getAttribute('aria-controls') ?? '')!;
const more = (id: string) => panel(id).querySelector<HTMLAnchorElement>('.term-more')!;
const pointer = (type: string, target: Element, relatedTarget: Element | null = null) =>
  target.dispatchEvent(Object.assign(new MouseEvent(type, { bubbles: true, relatedTarget }), { pointerType: 'mouse' }));
const click = (target: Element) => {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e.defaultPrevented;
};
const escape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

beforeAll(() => {
  document.body.innerHTML = `<p>Text ${term('hashprice')} and ${term('halving')}.</p><p id="elsewhere">Elsewhere.</p><script type="application/json" data-glossary>${JSON.stringify(glossary)}</script>`;
  startPopovers(document);
});

afterEach(() => {
  escape();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a glossary term', () => {
  it('starts closed, with no panel in the page', () => {
    expect(link('hashprice').getAttribute('aria-expanded')).toBe('false');
    expect(link('hashprice').hasAttribute('aria-controls')).toBe(false);
    expect(document.querySelector('[data-pop-panel]')).toBeNull();
  });

  it('once opened, says what it controls and describes its link with the definition', () => {
    link('hashprice').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(panel('hashprice').getAttribute('aria-label')).toBe('Glossary: hashprice');
    expect(link('hashprice').nextElementSibling).toBe(panel('hashprice'));
    expect(document.getElementById(link('hashprice').getAttribute('aria-describedby')!)!.textContent).toBe('hashprice: Definition of hashprice.');
    expect(more('hashprice').getAttribute('href')).toBe('/glossary/#hashprice');
  });

  it('opens on focus and closes when focus leaves', () => {
    vi.useFakeTimers();
    link('hashprice').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(panel('hashprice').hidden).toBe(false);
    expect(link('hashprice').getAttribute('aria-expanded')).toBe('true');
    link('hashprice').dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: document.body }));
    vi.runAllTimers();
    expect(panel('hashprice').hidden).toBe(true);
  });

  it('stays open while focus moves to its glossary link', () => {
    vi.useFakeTimers();
    link('hashprice').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    link('hashprice').dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: more('hashprice') }));
    vi.runAllTimers();
    expect(panel('hashprice').hidden).toBe(false);
  });

  it('opens on hover and stays open while the pointer moves onto the definition (WCAG 1.4.13)', () => {
    vi.useFakeTimers();
    pointer('pointerover', link('hashprice'));
    expect(panel('hashprice').hidden).toBe(false);
    pointer('pointerout', link('hashprice'), panel('hashprice'));
    vi.runAllTimers();
    expect(panel('hashprice').hidden).toBe(false);
    pointer('pointerout', panel('hashprice'), document.getElementById('elsewhere'));
    vi.runAllTimers();
    expect(panel('hashprice').hidden).toBe(true);
  });

  it('opens on a tap instead of following the link, and follows it on a second tap', () => {
    expect(click(link('hashprice'))).toBe(true);
    expect(panel('hashprice').hidden).toBe(false);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 1000);
    expect(click(link('hashprice'))).toBe(false);
  });

  it('closes on Escape', () => {
    click(link('hashprice'));
    escape();
    expect(panel('hashprice').hidden).toBe(true);
    expect(link('hashprice').getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on a tap elsewhere, and shows one definition at a time', () => {
    click(link('hashprice'));
    click(link('halving'));
    expect(panel('hashprice').hidden).toBe(true);
    expect(panel('halving').hidden).toBe(false);
    document.getElementById('elsewhere')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    expect(panel('halving').hidden).toBe(true);
  });
});
