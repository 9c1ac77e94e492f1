/**
 * The race to power in the Chinese edition (SITE_LANG=zh: ./i18n resolves to zh.ts): what it shows
 * and announces, at its defaults, its presets, the corners of its sliders and each lesson-note
 * scenario, is Chinese, with no English left but names and units.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { Window } from 'happy-dom';
import { LANG } from '@lib/i18n';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import { teachNotes } from '@lib/teach/teachSchema';
import { readoutsAt } from '@lib/widget/define';
import { defaults, formatParam, parseParams, type NumberParam } from '@lib/widget/params';
import { widget } from '@widgets/race-to-power/widget';
import type { RaceValues } from '@widgets/race-to-power/model';
import { text } from '@widgets/race-to-power/i18n';
import Race from '@widgets/race-to-power/RaceToPower.svelte';
import { allSources } from '../support/allSources';
import { englishWords, expectChinese, hasChinese } from '../support/english';

// As the widgets use it (astro check and svelte-check type a .svelte import differently).
const RaceToPower = Race as unknown as Component<Record<string, unknown>>;

/** Latin words the race keeps: the utility it quotes, the AI lab a preset names, and the core function a note cites. */
const KEPT = ['Dominion', 'Energy', 'Anthropic', 'River', 'Bend', 'monthsSavedByConversion'];
const english = (s: string) => englishWords(s, KEPT);
/** No broken number, and no English word but the kept ones (a stray null or undefined is an English word too). */
const expectNoEnglish = (where: string, s: string) => expectChinese(where, s, { kept: KEPT, needsChinese: false });


const notes = teachNotes.parse(JSON.parse(readFileSync('content/zh/teach/race-to-power.json', 'utf8')));
const englishNotes = teachNotes.parse(JSON.parse(readFileSync('content/teach/race-to-power.json', 'utf8')));
const start: RaceValues = defaults(widget.schema);
const numeric = Object.entries(widget.schema) as [keyof RaceValues, NumberParam][];
/** Every corner of the sliders: each at its minimum or maximum. */
const corners = Array.from({ length: 2 ** numeric.length }, (_, mask) =>
  Object.fromEntries(numeric.map(([name, spec], i) => [name, mask & (1 << i) ? spec.max : spec.min])) as RaceValues,
);
const settings: [string, RaceValues][] = [
  ['defaults', start],
  ...(widget.presets ?? []).map((p): [string, RaceValues] => [p.label, { ...start, ...p.values }]),
  ...notes.scenarios.map((s): [string, RaceValues] => [s.title, parseParams(widget.schema, s.query, widget.prefix).values]),
];

/** Everything the race words at these settings. */
function wordsAt(v: RaceValues) {
  const view = widget.compute(v);
  if (!view.ok) throw new Error(view.message);
  const readouts = readoutsAt(widget, v);
  const inputs = readouts.flatMap((r) => r.provenance.inputs.flatMap((i) => [i.label, i.unit ?? '', i.note ?? '']));
  const sliders = numeric.map(([name, spec]) => formatParam(spec, v[name]));
  return { view, readouts, all: [view.summary, view.desc, ...view.rows.map((r) => r.label), ...readouts.flatMap((r) => [r.label, r.text]), ...inputs, ...sliders] };
}

describe('the race to power in Chinese', () => {
  it('is the Chinese build', () => expect(LANG).toBe('zh'));

  it('names itself, its sliders, presets, chart and table in Chinese', () => {
    const words = [
      widget.title, widget.goal, ...numeric.flatMap(([, spec]) => [spec.label, spec.unit]), ...(widget.presets ?? []).flatMap((p) => [p.label, p.basis]),
      text.chartTitle, text.axisLabel, text.axisTick('4'), text.tableCaption, text.reset, text.dominion, text.earnsFrom('12'), text.headStartMark('36', '8.712亿美元'),
      text.columns.site, text.columns.wait, text.columns.rentBy('96'), text.columns.rent,
    ];
    for (const w of words) expect(hasChinese(w), w).toBe(true);
    expect(english(words.join(' '))).toEqual([]);
  });

  it.each([...settings, ...corners.map((c): [string, RaceValues] => [JSON.stringify(c), c])])('words the readouts, summary and description in Chinese (%s)', (_, v) => {
    const { view, readouts, all } = wordsAt(v);
    expect(hasChinese(view.summary)).toBe(true);
    expect(hasChinese(view.desc)).toBe(true);
    for (const r of readouts) {
      expect(hasChinese(r.label), r.id).toBe(true);
      expect(hasChinese(r.text), r.id).toBe(true);
    }
    expectNoEnglish('readouts, summary and marks', all.join(' '));
  });

  it('explains settings it cannot calculate in Chinese', () => {
    const s = widget.compute({ ...start, convert: -5 });
    expect(s.ok).toBe(false);
    expect(hasChinese(s.summary)).toBe(true);
    expect(english(s.summary)).toEqual([]);
  });

  it('fills its Chinese lesson notes, which keep the English notes’ scenarios and figures, with Chinese figures', () => {
    expect(notes.scenarios.map((s) => [s.query, s.figures])).toEqual(englishNotes.scenarios.map((s) => [s.query, s.figures]));
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/race-to-power.json');
    expect(JSON.stringify(resolved)).not.toMatch(/NaN|Infinity|undefined|\{[0-9:]*[a-z0-9-]+\}/);
    expect(resolved.scenarios[0]!.notice).toBe('改造后的矿场早 36 个月开始赚钱。按每年 2.904亿美元的租金计算，这段先发优势值 8.712亿美元。');
    const words = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const w of words) expect(hasChinese(w), w).toBe(true);
    expect(english(words.join(' '))).toEqual([]);
  });

  it.each(settings)('renders on the server with no English left but names, units and cited titles (%s)', (_, v) => {
    const sources = Object.fromEntries(widget.sources.concat((widget.presets ?? []).flatMap((p) => p.sources)).map((s) => [s, allSources[s]!]));
    const html = render(RaceToPower, { props: { ...v, sources } }).body;
    const body = new (new Window().DOMParser)().parseFromString(`<body>${html}</body>`, 'text/html').body;
    // Not words to translate: data blocks, code, formula symbols and the cited sources' own titles.
    for (const el of body.querySelectorAll('script, style, code, .pop-symbols, .pop-source')) el.remove();
    const shown = [body.textContent ?? '', ...[...body.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '')].join(' ');
    expect(hasChinese(shown)).toBe(true);
    expectNoEnglish('rendered HTML', shown);
  });
});
