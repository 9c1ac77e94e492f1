/**
 * The switching bill in the Chinese edition (SITE_LANG=zh): at its defaults and at each of its
 * Chinese lesson notes' scenarios, every word it shows or announces is Chinese, and the server's
 * HTML of the whole widget has no English left but names, units and symbols.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { parseParams } from '@lib/widget/params';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import { teachNotes } from '@lib/teach/teachSchema';
import { widget } from '@widgets/switching-bill/widget';
import { BUILD_PRESETS, CAPEX_PRESETS } from '@widgets/switching-bill/presets';
import Root from '@widgets/switching-bill/SwitchingBill.svelte';
import { text as dictionary } from '@widgets/switching-bill/i18n';
import notes from '../../content/zh/teach/switching-bill.json';
import { englishWords, hasChinese } from '../support/english';

// Latin words this widget keeps beyond KEPT_LATIN: the DGX H100 server its GPU power comes from.
const ALSO_KEPT = ['DGX'];
const english = (text: string) => englishWords(text, ALSO_KEPT);
const broken = /NaN|undefined|Infinity/;
/** Every fixed string of a dictionary (its functions are called by the states below). */
const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : []);

const SwitchingBill = Root as unknown as Component<Record<string, unknown>>;
const defaults = { name: 'the defaults', query: '' };
// The verdicts and table rows the scenarios do not reach: never repaid, and repaid too late.
const neverRepaid = { name: 'a rent below the power bill', query: 'switch.rent=0.5&switch.util=10&switch.pue=2&switch.power=0.15&switch.watts=2500' };
const tooLate = { name: 'a rent too low for the GPUs’ life', query: 'switch.rent=1' };
const states = [defaults, ...notes.scenarios.map((s, i) => ({ name: `scenario ${i + 1} (${s.query})`, query: s.query })), neverRepaid, tooLate];

/** The words of the server's HTML a reader sees or hears: text and accessible attributes, less the JSON record and the formulas' popover HTML. */
function shownText(html: string): string {
  const body = html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<dd class="pop-stack[\s\S]*?<\/dd>/g, '');
  const attrs = [...body.matchAll(/\s(?:aria-label|aria-valuetext|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
  return [body.replace(/<[^>]+>/g, ' '), ...attrs].join(' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

describe('switching bill in Chinese', () => {
  it('has a Chinese title, goal, slider labels, units, notes and presets', () => {
    const words = [widget.title, widget.goal, ...Object.values(widget.schema).flatMap((s) => [s.label, s.unit]), ...CAPEX_PRESETS.map((p) => p.label), ...BUILD_PRESETS.map((p) => p.label)];
    expect(hasChinese(widget.title)).toBe(true);
    expect(english(words.join(' '))).toEqual([]);
    expect(CAPEX_PRESETS[1].label).toBe('IREN（H200）：40,650美元');
    expect(BUILD_PRESETS[0].label).toBe('TeraWulf 低值：800万美元');
  });

  it('has no English left in its dictionary, including the message for settings the core rejects', () => {
    const { formats: _intlOptions, ...words } = dictionary;
    expect(english([...strings(words), dictionary.error('…')].join(' '))).toEqual([]);
  });

  for (const s of states) {
    it(`speaks Chinese at ${s.name}`, () => {
      const values = parseParams(widget.schema, s.query, widget.prefix).values;
      const view = widget.compute(values);
      if (!view.ok) throw new Error(view.message);
      const readouts = widget.readouts(view, values);
      expect(readouts.length).toBeGreaterThan(0);
      for (const r of readouts) {
        expect(hasChinese(r.label), r.id).toBe(true);
        const inputs = r.provenance.inputs.flatMap((i) => [i.label, i.unit ?? '', i.note ?? '']);
        const text = [r.label, r.text, ...inputs].join(' ');
        expect(english(text), r.id).toEqual([]);
        expect(text, r.id).not.toMatch(broken);
      }
      const words = [view.summary, view.desc, ...view.items.flatMap((i) => [i.label, i.long]), ...view.tableRows.flatMap((row) => [row.item, row.value])].join(' ');
      for (const sentence of [view.summary, view.desc]) expect(hasChinese(sentence)).toBe(true);
      expect(english(words)).toEqual([]);
      expect(words).not.toMatch(broken);
    });
  }

  it('never repaid: the verdict, the sentence and the table say so in Chinese', () => {
    const values = parseParams(widget.schema, neverRepaid.query, widget.prefix).values;
    const view = widget.compute(values);
    if (!view.ok) throw new Error(view.message);
    expect(view.bill.paybackMonths).toBeNull();
    expect(widget.readouts(view, values).find((r) => r.id === 'verdict')!.text).toMatch(/^永远回不了本/);
    expect(view.tableRows.at(-1)!.value).toBe('无法回本');
  });

  for (const s of [defaults, neverRepaid]) {
    it(`renders its whole HTML in Chinese at ${s.name}`, () => {
      const start = parseParams(widget.schema, s.query, widget.prefix).values;
      const { body } = render(SwitchingBill, { props: start });
      const text = shownText(body);
      expect(hasChinese(text)).toBe(true);
      expect(english(text)).toEqual([]);
      expect(text).not.toMatch(broken);
    });
  }

  it('fills its Chinese lesson notes, shaped as the English ones, with Chinese figures', () => {
    expect(() => teachNotes.parse(notes)).not.toThrow();
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/switching-bill.json');
    const all = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const text of all) {
      expect(hasChinese(text), text).toBe(true);
      expect(english(text), text).toEqual([]);
      expect(text).not.toMatch(broken);
    }
  });
});
