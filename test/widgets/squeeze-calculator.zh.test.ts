/**
 * The squeeze calculator in the Chinese edition (SITE_LANG=zh): its settings, readouts, summary,
 * chart description, tables and lesson notes are Chinese at the defaults and at every lesson
 * scenario, with no English left and no broken numbers; and the server-rendered widget reads so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { Window } from 'happy-dom';
import { LANG } from '@lib/i18n';
import { parseParams } from '@lib/widget/params';
import { readoutsAt } from '@lib/widget/define';
import { teachNotes } from '@lib/teach/teachSchema';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import { widget } from '@widgets/squeeze-calculator/widget';
import { squeezeSummary, type SqueezeInput } from '@widgets/squeeze-calculator/model';
import { text } from '@widgets/squeeze-calculator/i18n';
import SqueezeCalculator from '@widgets/squeeze-calculator/SqueezeCalculator.svelte';
import { englishWords, hasChinese } from '../support/english';

/** "Pro" belongs to machine names (Antminer S19j Pro), which stay as their maker writes them. */
const KEPT = ['Pro'];
const BAD = /NaN|undefined|Infinity/;
const english = (s: string) => englishWords(s, KEPT);
const notes = teachNotes.parse(JSON.parse(readFileSync('content/zh/teach/squeeze-calculator.json', 'utf8')));
const scenarios: [string, SqueezeInput][] = [
  ['defaults', parseParams(widget.schema, '').values],
  ...notes.scenarios.map((s): [string, SqueezeInput] => [s.query, parseParams(widget.schema, s.query, widget.prefix).values]),
  // Every machine in profit, and none: both forms of the fleet's count.
  ['sq.power=0.01', parseParams(widget.schema, 'sq.power=0.01', widget.prefix).values],
];

/** Every piece of words a state shows: readout labels and texts, provenance inputs, summary, chart and table words. */
function shown(v: SqueezeInput): string[] {
  const s = widget.compute(v);
  if (!s.ok) throw new Error(s.message);
  const inputs = readoutsAt(widget, v).flatMap((r) => r.provenance.inputs.flatMap((i) => [i.label, i.unit ?? '', i.note ?? '']));
  const bars = s.fleet.map((r) => ({ name: r.shortName, amount: String(r.profitAfterUsd) }));
  return [squeezeSummary(s, v), text.chart.desc(bars, bars), text.readoutTable.caption(s.model.name), ...inputs].filter(Boolean);
}

/** Each text node apart, so neighbouring elements' words are not run together (happy-dom's nodes). */
interface TextTree { nodeType: number; textContent: string | null; childNodes: ArrayLike<TextTree> }
const textsOf = (node: TextTree): string[] => (node.nodeType === 3 ? [node.textContent ?? ''] : Array.from(node.childNodes).flatMap(textsOf));

describe('the squeeze calculator in Chinese', () => {
  it('is the Chinese build', () => expect(LANG).toBe('zh'));

  it('names itself, its settings and its presets in Chinese', () => {
    const words = [
      widget.title, widget.goal,
      ...Object.values(widget.schema).flatMap((s) => [s.label, s.kind === 'number' ? s.unit : '']),
      ...(widget.presets ?? []).flatMap((p) => [p.label, p.basis]),
      ...Object.values(text.fleetTable), ...Object.values(text.chart).filter((w) => typeof w === 'string'), text.reset,
    ];
    for (const w of [widget.title, widget.goal, widget.schema.power.label, ...(widget.presets ?? []).map((p) => p.basis)]) expect(hasChinese(w), w).toBe(true);
    expect(english(words.join(' '))).toEqual([]);
    expect(widget.presets?.map((p) => p.label)).toEqual(['2024年4月减半日', '2025年11月']);
  });

  it.each(scenarios)('shows Chinese readouts, summary and chart words at %s', (_, v) => {
    const readouts = readoutsAt(widget, v);
    expect(readouts.length).toBeGreaterThan(0);
    for (const r of readouts) {
      expect(hasChinese(r.label), r.label).toBe(true);
      expect(hasChinese(r.text), r.text).toBe(true); // every figure is an amount in 美元
      expect(`${r.label} ${r.text}`).not.toMatch(BAD);
      expect(english(`${r.label} ${r.text}`)).toEqual([]);
    }
    const words = shown(v);
    expect(hasChinese(words[0]!)).toBe(true);
    for (const w of words) {
      expect(w).not.toMatch(BAD);
      expect(english(w), w).toEqual([]);
    }
  });

  it('says a loss, a profit and the fleet count as Chinese sentences', () => {
    const v = scenarios.find(([q]) => q === 'sq.model=s9')![1];
    expect(squeezeSummary(widget.compute(v), v)).toMatch(/^按每千瓦时 0\.045美元的电价，一台 Antminer S9 减半前每天(盈利|亏损) [−\d.,]+美元，减半后每天亏损 [\d.,]+美元。.*参与比较的 9 台矿机中有 \d 台亏损。$/);
    const cheap = scenarios.at(-1)![1];
    expect(squeezeSummary(widget.compute(cheap), cheap)).toMatch(/参与比较的 9 台矿机无一亏损。$/);
  });

  it('fills its Chinese lesson notes with the widget’s figures, leaving no English', () => {
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/squeeze-calculator.json');
    const all = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const w of all) {
      expect(hasChinese(w), w).toBe(true);
      expect(w).not.toMatch(/NaN|undefined|Infinity|\{/);
      expect(english(w), w).toEqual([]);
    }
  });

  it('renders on the server with no English in what a reader sees', () => {
    const html = render(SqueezeCalculator, { props: {} }).body;
    const body = new new Window().DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
    // Not read here: the provenance record (JSON data) and the no-JavaScript section, whose formulas are the runtime's words.
    for (const el of body.querySelectorAll('script, noscript')) el.remove();
    const seen = [...textsOf(body), ...[...body.querySelectorAll('[aria-label], [title]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`)].join(' ');
    expect(hasChinese(seen)).toBe(true);
    expect(seen).not.toMatch(BAD);
    expect(english(seen)).toEqual([]);
  });
});
