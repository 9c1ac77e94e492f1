// @vitest-environment happy-dom
/**
 * Every number a widget shows is traceable: each readout with a digit in it sits in a popover
 * whose panel, built when it opens, gives the formula (or says the figure is reported as is) and
 * inputs whose sources resolve to a title and a date, because the widget's island passes them
 * (widgetSourceIds).
 * A readout that is not a figure (words that happen to hold a number, a counter) is marked data-plain.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { widgets } from '@widgets/registry';
import { widgetSourceIds } from '@lib/widget/provenance';
import { startPopovers } from '@lib/client/popover';
import { allSources } from '../support/allSources';

const components = import.meta.glob<{ default: Component }>('../../src/widgets/*/*.svelte', { eager: true });
const componentOf = (id: string, name: string) => components[`../../src/widgets/${id}/${name}.svelte`]?.default;

afterEach(() => cleanup());

describe.each(widgets.map((w) => [w.id, w] as const))('%s', (id, meta) => {
  it('puts every number it shows in a provenance popover whose sources resolve', () => {
    const C = componentOf(id, meta.component);
    expect(C, `src/widgets/${id}/${meta.component}.svelte`).toBeDefined();
    const sources = Object.fromEntries(widgetSourceIds(meta).map((s) => [s, allSources[s]!]));
    const { container } = render(C!, { props: { sources } });
    const numbers = [...container.querySelectorAll<HTMLElement>('[data-readout]:not([data-plain])')].filter((el) => /\d/.test(el.textContent ?? ''));
    const untraced = numbers.filter((el) => !el.closest('[data-pop]')?.querySelector('[data-pop-trigger]')).map((el) => el.dataset.readout);
    expect(untraced, 'readouts without a "How this was calculated" button').toEqual([]);
    startPopovers(document);
    for (const el of numbers) {
      const trigger = el.closest('[data-pop]')!.querySelector<HTMLElement>('[data-pop-trigger]')!;
      trigger.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      const panel = document.getElementById(trigger.getAttribute('aria-controls') ?? '');
      expect(panel, `${el.dataset.readout}: its popover opens`).not.toBeNull();
      expect(panel!.hidden, el.dataset.readout).toBe(false);
      const text = panel!.textContent ?? '';
      expect(text, el.dataset.readout).toMatch(/How this was calculated|A reported figure/);
      // A source shown by id only was not passed to the island: add it to meta.sources.
      for (const src of panel!.querySelectorAll('.pop-source')) expect(src.textContent, `${el.dataset.readout}: ${src.textContent}`).toMatch(/\((\d{4})(-\d{2}){0,2}\)/);
    }
  });
});

describe('ageing defaults', () => {
  it('show their as-of date: every sourced number default has one', () => {
    const missing = widgets.flatMap((w) => Object.entries(w.schema).filter(([, p]) => p.kind === 'number' && p.sourceId && !p.asOf).map(([k]) => `${w.id}.${k}`));
    expect(missing).toEqual([]);
  });
});
