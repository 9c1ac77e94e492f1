/**
 * Stills: a widget a chapter places with `still` (scripts/islands.mjs), revisiting a widget another
 * chapter carries. It is server-rendered and never hydrates, its controls show its settings,
 * disabled, and its link opens the live widget in its own chapter at those settings. Every still in
 * both editions is checked; a page's bytes without the widget's code are budget.test.ts's.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { widgets } from '@widgets/registry';
import { chapterSlug } from '@lib/content/chapterText';
import { parseParams } from '@lib/widget/params';
import { builtPages, htmlOf } from '../../support/builtSite';

const parser = new new Window().DOMParser();
const domOf = (path: string) => parser.parseFromString(htmlOf(path), 'text/html');
const stills = builtPages().flatMap((path) =>
  [...domOf(path).querySelectorAll('figure[data-still]')].map((figure) => ({ path, figure, id: figure.getAttribute('data-widget')! })),
);

describe('stills', () => {
  it('finds a still in each edition (chapter 7 revisits the miner’s dilemma)', () => {
    expect(stills.map((s) => `${s.path} ${s.id}`)).toEqual(
      expect.arrayContaining(['/chapters/two-years-on/ miners-dilemma', '/zh/chapters/two-years-on/ miners-dilemma']),
    );
  });

  it.each(stills.map((s) => [s.path, s.id, s.figure] as const))('%s: %s is a still, with its settings shown, disabled', (path, id, figure) => {
    expect(figure.closest('astro-island'), 'inside an island').toBeNull();
    expect(figure.hasAttribute('data-hydrated'), 'waits to hydrate').toBe(false);
    const controls = [...figure.querySelectorAll('input, select, textarea, .controls button')];
    expect(controls.length, 'controls shown').toBeGreaterThan(0);
    expect(controls.filter((c) => !c.closest('fieldset[disabled]')).map((c) => c.outerHTML.slice(0, 80)), 'controls that are not disabled').toEqual([]);
    // No live copy of the widget on the same page: its code would load after all.
    expect(domOf(path).querySelector(`astro-island [data-widget="${id}"]`), 'a live copy on the page').toBeNull();
  });

  it.each(stills.map((s) => [s.path, s.id, s.figure] as const))('%s: %s links to the live widget in its own chapter, at the same settings', (path, id, figure) => {
    const w = widgets.find((x) => x.id === id)!;
    const link = new URL(figure.querySelector('.still a')!.getAttribute('href')!, 'https://site.test');
    const edition = path.startsWith('/zh/') ? '/zh' : '';
    expect(link.pathname).toBe(`${edition}/chapters/${chapterSlug(w.chapter)}/`);
    expect(link.hash).toBe(`#widget-${id}`);
    expect(domOf(link.pathname).querySelector(`astro-island #widget-${id}`), 'the live widget at the link').not.toBeNull();
    // The settings in the link are those the still's controls show (one control a setting).
    const linked = Object.values(parseParams(w.schema, link.search, w.prefix).values).map(String).sort();
    const shown = [...figure.querySelectorAll('.controls input, .controls select')].map((c) => (c as unknown as { value: string }).value).sort();
    expect(shown).toEqual(linked);
  });
});
