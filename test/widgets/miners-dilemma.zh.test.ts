/**
 * The miner's dilemma in the Chinese edition (SITE_LANG=zh): at its defaults, at each lesson
 * scenario and with the real path shown, what it says and shows is Chinese, with no broken number
 * and no English word left but names, units and symbols. Run with
 * `SITE_LANG=zh npx vitest run test/widgets/miners-dilemma.zh.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { Window } from 'happy-dom';
import { formatParam, parseParams } from '@lib/widget/params';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import type { TeachNotes } from '@lib/teach/teachSchema';
import notes from '@content/zh/teach/miners-dilemma.json' with { type: 'json' };
import { widget } from '@widgets/miners-dilemma/widget';
import { hostRateText, type DilemmaValues } from '@widgets/miners-dilemma/model';
import MinersDilemma from '@widgets/miners-dilemma/MinersDilemma.svelte';
import { englishWords, hasChinese } from '../support/english';

const BROKEN = /NaN|undefined|Infinity/;
/** Formula symbols in labels ("（k_mine）") and the core functions notes name: code, not words. */
const CODE = /（(?:k_mine|k_AI|rent)）|usdPerKwMonthFromUsdPerMwYear/g;

const english = (text: string) => englishWords(text.replace(CODE, ''), ['UTC']);

const states: [string, DilemmaValues][] = [
  ...(notes as TeachNotes).scenarios.map((s) => [s.title, parseParams(widget.schema, s.query, widget.prefix).values] as [string, DilemmaValues]),
  ['真实路径', parseParams(widget.schema, 'md.real=show', widget.prefix).values],
];

describe.each(states)('%s', (_, values) => {
  const view = widget.compute(values);
  const readouts = widget.readouts(view, values);

  it('words its readouts, summary, chart description and table in Chinese', () => {
    const words = [
      view.summary,
      view.desc,
      ...view.tableRows.map((r) => r.strategy),
      ...readouts.flatMap((r) => [r.label, r.text, ...r.provenance.inputs.flatMap((i) => [i.label, i.value, i.unit ?? '', i.note ?? ''])]),
    ];
    for (const w of words) expect(w).not.toMatch(BROKEN);
    expect(english(words.join('\n'))).toEqual([]);
    for (const r of readouts) expect(hasChinese(r.label), r.label).toBe(true);
    expect(hasChinese(readouts.map((r) => r.text).join(' '))).toBe(true);
    expect(hasChinese(view.summary) && hasChinese(view.desc)).toBe(true);
  });

  it('renders on the server with no English left in its text or names', () => {
    const { body } = render(MinersDilemma, { props: values });
    const doc = new new Window().DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
    // Not words to translate here: data, styles, the formula (its words are the core's, written in Chinese at build time), and sources (they keep their own language).
    doc.querySelectorAll('script, style, .pop-words, .pop-symbols, .pop-fn, .pop-source').forEach((el) => el.remove());
    const named = [...doc.querySelectorAll('[aria-label], [aria-valuetext]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('aria-valuetext') ?? ''}`);
    const shown = `${doc.body.textContent} ${named.join(' ')}`;
    expect(shown).not.toMatch(BROKEN);
    expect(english(shown)).toEqual([]);
  });
});

describe('its controls and lesson notes', () => {
  it('names every setting, unit and choice in Chinese, and says the hosting rate in 万美元', () => {
    for (const spec of Object.values(widget.schema)) {
      expect(hasChinese(spec.label), spec.label).toBe(true);
      const shown = spec.kind === 'choice' ? spec.options.map((o) => o.label).join(' ') : formatParam(spec, spec.default);
      expect(english(shown), spec.label).toEqual([]);
    }
    expect(hostRateText(1.45)).toBe('每兆瓦 IT 负载每年 145万美元（合每千瓦每月 120.83美元）');
    expect(formatParam(widget.schema.host, 1.45)).toBe('1.45 百万美元/兆瓦·年');
  });

  it('notes a bad link in Chinese', () => {
    const { notes: adjusted } = parseParams(widget.schema, 'md.vol=500&md.real=2', widget.prefix);
    expect(adjusted).toHaveLength(2);
    for (const n of adjusted) expect(hasChinese(n) && english(n).length === 0, n).toBe(true);
  });

  it('fills the Chinese lesson notes with the widget’s Chinese figures', () => {
    const resolved = resolveNotes(widget, notes as TeachNotes, (v) => figuresAt(widget, v), 'content/zh/teach/miners-dilemma.json');
    const all = [
      resolved.question,
      ...resolved.scenarios.flatMap((s) => [s.title, s.notice, ...s.figures.flatMap((f) => [f.label, f.text])]),
      ...resolved.discussion.flatMap((d) => [d.q, d.a]),
      ...resolved.misconceptions,
    ].join('\n');
    expect(all).not.toMatch(BROKEN);
    expect(all).not.toMatch(/\{[0-9a-z:-]+\}/);
    expect(english(all)).toEqual([]);
  });
});
