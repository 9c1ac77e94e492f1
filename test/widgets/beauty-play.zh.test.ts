/**
 * "Play it" in the Chinese edition (SITE_LANG=zh): its settings, readouts, sentences, tables and
 * lesson notes are Chinese at the defaults, at every lesson scenario and through played rounds
 * (lost, won, the last round), with no English left and no broken numbers; and the server-rendered
 * widget reads so. The comparison rows come from src/lib/widget/beauty/comparison.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { Window } from 'happy-dom';
import { MAX_BEAUTY_ROUNDS } from '@core/beautyGame';
import { LANG } from '@lib/i18n';
import { COMPARISON_COLUMNS, comparisonCells } from '@lib/widget/beauty/comparison';
import { byId } from '@lib/widget/define';
import { parseParams } from '@lib/widget/params';
import { teachNotes } from '@lib/teach/teachSchema';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import { widget } from '@widgets/beauty-play/widget';
import { comparisonRows, compute, type PlayValues, type PlayView } from '@widgets/beauty-play/model';
import { text } from '@widgets/beauty-play/i18n';
import BeautyPlay from '@widgets/beauty-play/BeautyPlay.svelte';
import { englishWords, hasChinese } from '../support/english';

/** Names and a title kept as written: the magazine Spektrum der Wissenschaft, Richard Thaler. */
const KEPT = ['Spektrum', 'der', 'Wissenschaft', 'Thaler'];
const BAD = /NaN|undefined|Infinity/;
const english = (s: string) => englishWords(s, KEPT);
const notes = teachNotes.parse(JSON.parse(readFileSync('content/zh/teach/beauty-play.json', 'utf8')));
const settings = (query: string) => parseParams(widget.schema, query, widget.prefix).values as PlayValues;
const base = settings('');

/** Every piece of words a view shows: readouts and their inputs, sentences, the comparison and history tables. */
function shown(view: PlayView, values: PlayValues): string[] {
  const readouts = widget.readouts(view, values);
  const cells = comparisonCells(view.comparison, byId(readouts)).flatMap((r) => [r.label, ...r.cells.map((c) => (typeof c === 'string' ? c : c.text))]);
  return [
    view.summary, view.desc, view.roundText,
    ...readouts.flatMap((r) => [r.label, r.text, ...r.provenance.inputs.flatMap((i) => [i.label, i.value, i.unit ?? '', i.note ?? ''])]),
    ...cells, ...view.history.map((h) => h.result), ...view.binRows.map((b) => b.range),
  ].filter(Boolean);
}

/** Each text node apart, so neighbouring elements' words are not run together (happy-dom's nodes). */
interface TextTree { nodeType: number; textContent: string | null; childNodes: ArrayLike<TextTree> }
const textsOf = (node: TextTree): string[] => (node.nodeType === 3 ? [node.textContent ?? ''] : Array.from(node.childNodes).flatMap(textsOf));

function expectChinese(words: string[]) {
  for (const w of words) {
    expect(w, w).not.toMatch(BAD);
    expect(english(w), w).toEqual([]);
  }
}

describe('“Play it” in Chinese', () => {
  it('is the Chinese build', () => expect(LANG).toBe('zh'));

  it('names itself and its settings in Chinese', () => {
    const words = [
      widget.title, widget.goal,
      ...Object.values(widget.schema).flatMap((s) => [s.label, ...(s.kind === 'number' ? [s.unit] : s.options.map((o) => o.label))]),
      ...COMPARISON_COLUMNS, ...Object.values(text.history), text.historyTitle, text.comparisonCaption, text.veil, text.typeIt, text.submit, text.nextRound,
    ];
    for (const w of [widget.title, widget.goal, widget.schema.tau.label]) expect(hasChinese(w), w).toBe(true);
    expectChinese(words);
    expect(text.nextRound).toBe('下一轮'); // as chapter 5 names the button
  });

  it.each([['defaults', ''], ...notes.scenarios.map((s) => [s.query, s.query])])('waits for a guess in Chinese at %s', (_, query) => {
    const values = settings(query);
    const view = widget.compute(values);
    expect(view.error).toBeNull();
    const readouts = widget.readouts(view, values);
    for (const r of readouts) expect(hasChinese(r.label), r.label).toBe(true);
    expect(hasChinese(view.summary)).toBe(true);
    expect(hasChinese(view.desc)).toBe(true);
    expectChinese(shown(view, values));
  });

  it('words a lost round, the history and the next round in Chinese', () => {
    const result = compute(base, [90], 'result');
    expect(result.readerWon).toBe(false);
    expect(result.summary).toMatch(/^第 1 轮：101 个猜测的平均值为 [\d.]+，获胜数字是它的 2\/3，即 [\d.]+。你的 90 与获胜数字相差 [\d.]+，在 101 个猜测中排第\d+；/);
    expectChinese(shown(result, base));
    const next = compute(base, [90], 'guess');
    expect(next.summary).toContain('人群看到了上一轮的获胜数字');
    expectChinese(shown(next, base));
  });

  it('words a won round and the last round in Chinese', () => {
    // The crowd is fixed by the seed, so some guess on the slider's grid wins round 1.
    const winning = Array.from({ length: 101 }, (_, g) => g).find((g) => compute(base, [g], 'result').readerWon)!;
    const won = compute(base, [winning], 'result');
    expect(won.readerWon).toBe(true);
    expect(won.summary).toMatch(/你赢了。$/);
    expectChinese(shown(won, base));
    const last = compute(settings('bp.n=1000'), Array.from({ length: MAX_BEAUTY_ROUNDS }, () => 10), 'result');
    expect(last.lastRound).toBe(true);
    expect(last.roundText).toBe(`${MAX_BEAUTY_ROUNDS} / ${MAX_BEAUTY_ROUNDS}`);
    expectChinese(shown(last, settings('bp.n=1000')));
  });

  it('names the published crowds in Chinese for both multipliers', () => {
    for (const p of [2 / 3, 1 / 2]) {
      const labels = comparisonRows(p, 1.5).map((r) => r.label);
      for (const l of labels) expect(hasChinese(l), l).toBe(true);
      expectChinese(labels);
    }
  });

  it('fills its Chinese lesson notes with the widget’s figures, leaving no English', () => {
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/beauty-play.json');
    const all = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const w of all) {
      expect(hasChinese(w), w).toBe(true);
      expect(w).not.toMatch(/NaN|undefined|Infinity|\{/);
    }
    expectChinese(all);
  });

  it('renders on the server with no English in what a reader sees', () => {
    const html = render(BeautyPlay, { props: {} }).body;
    const body = new new Window().DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
    // Not read here: the provenance record (JSON data) and the no-JavaScript section, whose formulas are the runtime's words.
    for (const el of body.querySelectorAll('script, noscript')) el.remove();
    const seen = [...textsOf(body), ...[...body.querySelectorAll('[aria-label], [title]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`)].join(' ');
    expect(hasChinese(seen)).toBe(true);
    expect(seen).not.toMatch(BAD);
    expect(english(seen)).toEqual([]);
  });
});
