/**
 * What the server writes after a widget's readouts (src/controls/ProvenanceRecord.svelte): one
 * JSON record of every readout it shows, which popovers are built from before hydration and in
 * scrolly snapshots, and for readers without JavaScript a "How these numbers are computed"
 * section inside <noscript>, with each readout's formula and inputs.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { Window } from 'happy-dom';
import { widgets } from '@widgets/registry';
import { widgetSourceIds, type WidgetRecord } from '@lib/widget/provenance';
import { allSources } from '../support/allSources';

const components = import.meta.glob<{ default: Component }>('../../src/widgets/*/*.svelte', { eager: true });
const parser = new new Window().DOMParser();

/** The widget rendered on the server, parsed as a browser without scripting would (so <noscript> content is markup). */
function serverRender(id: string, component: string, props: Record<string, unknown> = {}) {
  const C = components[`../../src/widgets/${id}/${component}.svelte`]!.default;
  const w = widgets.find((x) => x.id === id)!;
  const sources = Object.fromEntries(widgetSourceIds(w).map((s) => [s, allSources[s]!]));
  return parser.parseFromString(`<body>${render(C, { props: { ...props, sources } }).body}</body>`, 'text/html').body;
}

describe.each(widgets.map((w) => [w.id, w] as const))('%s on the server', (id, w) => {
  it('writes one record of every readout it shows, citing only their sources, then the no-JavaScript section', () => {
    const body = serverRender(id, w.component);
    const blocks = body.querySelectorAll('script[type="application/json"][data-provenance]');
    expect(blocks).toHaveLength(1);
    const record = JSON.parse(blocks[0]!.textContent!) as WidgetRecord;
    const shown = [...body.querySelectorAll('[data-pop="readout"] [data-readout]')].map((el) => el.getAttribute("data-readout")!);
    expect(shown.length).toBeGreaterThan(0);
    expect(Object.keys(record.readouts).sort()).toEqual([...new Set(shown)].sort());
    const cited = new Set(Object.values(record.readouts).flatMap((r) => r.provenance.inputs.flatMap((i) => (i.sourceId ? [i.sourceId] : []))));
    expect(Object.keys(record.sources).sort()).toEqual([...cited].filter((s) => allSources[s]).sort());
    // The record is a direct child of the widget's figure: popovers look for it among their ancestors' children.
    expect(blocks[0]!.parentElement!.matches('figure[data-widget]')).toBe(true);

    const section = body.querySelector('noscript > details.how-computed')!;
    expect(section.querySelector('summary')!.textContent).toBe('How these numbers are computed');
    expect(section.querySelectorAll('dt')).toHaveLength(new Set(shown).size);
    for (const dd of section.querySelectorAll('dd')) expect(dd.textContent).toMatch(/How this was calculated|A reported figure/);
  });

  it('hides no popover content in the page: each readout’s panel is an empty, hidden element until it opens', () => {
    const body = serverRender(id, w.component);
    for (const p of body.querySelectorAll('[data-pop-panel]')) {
      expect(p.hasAttribute('hidden')).toBe(true);
      expect(p.innerHTML).toBe('');
    }
    for (const b of body.querySelectorAll('[data-pop="readout"] > button')) expect(b.getAttribute('aria-label')).toMatch(/^How this was calculated: /);
  });
});

describe('a scrolly snapshot', () => {
  it('carries its own record and a bare section (it is itself <noscript> markup, which cannot nest)', () => {
    const body = serverRender('reward-staircase', 'RewardStaircase', { step: 2 });
    const snapshot = body.querySelector('.snapshot')!;
    expect(snapshot.querySelector(':scope > script[data-provenance]')).not.toBeNull();
    expect(snapshot.querySelector('noscript')).toBeNull();
    expect(snapshot.querySelector(':scope > details.how-computed')).not.toBeNull();
  });
});
