/**
 * The reward staircase in the Chinese edition (SITE_LANG=zh): at its default and at each lesson
 * scenario, as a widget, a scrolly graphic and a step's snapshot, what it says and shows is Chinese,
 * with no broken number and no English word left but units and symbols. Run with
 * `SITE_LANG=zh npx vitest run test/widgets/reward-staircase.zh.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { Window } from 'happy-dom';
import { formatParam, parseParams } from '@lib/widget/params';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import type { TeachNotes } from '@lib/teach/teachSchema';
import notes from '@content/zh/teach/reward-staircase.json' with { type: 'json' };
import { widget } from '@widgets/reward-staircase/widget';
import { STEPS } from '@widgets/reward-staircase/steps';
import RewardStaircase from '@widgets/reward-staircase/RewardStaircase.svelte';
import { englishWords, hasChinese } from '../support/english';

const BROKEN = /NaN|undefined|Infinity/;
/** The core functions the provenance notes name: code, not words. UTC stays as it is. */
const english = (text: string) => englishWords(text.replace(/halvingHeight|totalSupplySats/g, ''), ['UTC']);

/** The server's HTML as a reader without scripts gets it: its text and the names of its controls. */
function shownText(props: Record<string, unknown>): string {
  const { body } = render(RewardStaircase, { props });
  const doc = new new Window().DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
  // Not words to translate here: data, styles, the formula (its words are the core's, written in Chinese at build time), and sources (they keep their own language).
  doc.querySelectorAll('script, style, .pop-words, .pop-symbols, .pop-fn, .pop-source').forEach((el) => el.remove());
  const named = [...doc.querySelectorAll('[aria-label], [aria-valuetext]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('aria-valuetext') ?? ''}`);
  return `${doc.body.textContent} ${named.join(' ')}`;
}

const scenarios = (notes as TeachNotes).scenarios.map((s) => [s.title, parseParams(widget.schema, s.query, widget.prefix).values] as const);

describe.each(scenarios)('%s', (_, values) => {
  const view = widget.compute(values);
  const readouts = widget.readouts(view, values);

  it('words its readouts and summary in Chinese', () => {
    const words = [view.summary, ...readouts.flatMap((r) => [r.label, r.text, ...r.provenance.inputs.flatMap((i) => [i.label, i.value, i.unit ?? '', i.note ?? ''])])];
    for (const w of words) expect(w).not.toMatch(BROKEN);
    expect(english(words.join('\n'))).toEqual([]);
    for (const r of readouts) expect(hasChinese(r.label), r.label).toBe(true);
    expect(hasChinese(view.summary)).toBe(true);
  });

  it('renders its snapshot for a scrolly step with no English left', () => {
    const shown = shownText({ step: values.step });
    expect(shown).not.toMatch(BROKEN);
    expect(english(shown)).toEqual([]);
  });
});

describe('the whole widget', () => {
  it.each([
    ['on its own, at its default', {}],
    ['on a log axis', { scale: 'log' }],
    ['as a scrolly graphic', { scrolly: true }],
  ])('renders %s with no English left in its text, table or names', (_, props) => {
    const shown = shownText(props);
    expect(shown).not.toMatch(BROKEN);
    expect(english(shown)).toEqual([]);
  });

  it('names its steps, settings and choices in Chinese', () => {
    for (const s of STEPS) expect(hasChinese(s.label), s.label).toBe(true);
    for (const spec of Object.values(widget.schema)) {
      expect(hasChinese(spec.label), spec.label).toBe(true);
      if (spec.kind === 'choice') for (const o of spec.options) expect(hasChinese(o.label), o.label).toBe(true);
      expect(english(formatParam(spec, spec.default))).toEqual([]);
    }
  });

  it('fills the Chinese lesson notes with the widget’s Chinese figures', () => {
    const resolved = resolveNotes(widget, notes as TeachNotes, (v) => figuresAt(widget, v), 'content/zh/teach/reward-staircase.json');
    const all = [
      resolved.question,
      ...resolved.scenarios.flatMap((s) => [s.title, s.notice, ...s.figures.flatMap((f) => [f.label, f.text])]),
      ...resolved.discussion.flatMap((d) => [d.q, d.a]),
      ...resolved.misconceptions,
    ].join('\n');
    expect(all).not.toMatch(BROKEN);
    expect(all).not.toMatch(/\{[0-9a-z:-]+\}/);
    expect(english(all)).toEqual([]);
    expect(resolved.scenarios[3]!.notice).toMatch(/^2024年4月的减半把补贴降到 3\.125 BTC。/);
  });
});
