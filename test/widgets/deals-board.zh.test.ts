/**
 * The deals board in the Chinese edition (SITE_LANG=zh: ./i18n resolves to zh.ts): every deal has
 * its Chinese words, and what the board shows and announces, at its defaults, at every deal and
 * filter and at each lesson-note scenario, is Chinese, with no English left but names and units.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { Window } from 'happy-dom';
import { LANG } from '@lib/i18n';
import { readoutsAt } from '@lib/widget/define';
import { defaults, parseParams } from '@lib/widget/params';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import { teachNotes } from '@lib/teach/teachSchema';
import { widget } from '@widgets/deals-board/widget';
import { DEALS } from '@widgets/deals-board/data';
import { text } from '@widgets/deals-board/i18n';
import { FILTERS } from '@widgets/deals-board/meta';
import type { DealsValues } from '@widgets/deals-board/model';
import { TABLE_COLUMNS, pointLabel, pointTip } from '@widgets/deals-board/row';
import Board from '@widgets/deals-board/DealsBoard.svelte';
import { allSources } from '../support/allSources';
import { englishWords, expectChinese, hasChinese } from '../support/english';

// As the widgets use it (astro check and svelte-check type a .svelte import differently).
const DealsBoard = Board as unknown as Component<Record<string, unknown>>;

/** Latin words the board keeps: places (Lake Mariner's buildings CB-2 to CB-5) and companies it names, the keys its hint names, the symbol y_ref. */
const KEPT = [
  'Lake', 'Mariner', 'Barber', 'Abernathy', 'River', 'Bend', 'Beacon', 'Point', 'Helios', 'Polaris', 'Forge', 'Ellendale',
  'Childress', 'Horizons', 'Rockdale', 'Dickens', 'Nueces', 'CB-', 'AWS', 'AMD', 'Nvidia', 'Anthropic', 'Tab', 'Enter', 'ref', 'dealRateUsdPerMwYear',
];
const english = (s: string) => englishWords(s, KEPT);
/** No broken number, and no English word but the kept ones (a stray null or undefined is an English word too). */
const expectNoEnglish = (where: string, s: string) => expectChinese(where, s, { kept: KEPT, needsChinese: false });


const notes = teachNotes.parse(JSON.parse(readFileSync('content/zh/teach/deals-board.json', 'utf8')));
const englishNotes = teachNotes.parse(JSON.parse(readFileSync('content/teach/deals-board.json', 'utf8')));
const settings: [string, DealsValues][] = [
  ['defaults', defaults(widget.schema)],
  ...notes.scenarios.map((s): [string, DealsValues] => [s.title, parseParams(widget.schema, s.query, widget.prefix).values]),
];

/** Everything the board words at these settings, in the order a reader meets it. */
function wordsAt(v: DealsValues) {
  const view = widget.compute(v);
  if (!view.ok) throw new Error(view.message);
  const readouts = readoutsAt(widget, v);
  const inputs = readouts.flatMap((r) => r.provenance.inputs.flatMap((i) => [i.label, i.unit ?? '', i.note ?? '']));
  const table = view.rows.flatMap((r) => TABLE_COLUMNS.map((c) => ('format' in c ? (c.format as (x: unknown) => string)(r[c.key]) : String(r[c.key]))));
  return { view, readouts, all: [view.summary, view.desc, view.adjusted ?? '', ...readouts.flatMap((r) => [r.label, r.text]), ...inputs, ...view.rows.flatMap((r) => [pointLabel(r), ...pointTip(r), r.site, r.remark]), ...table] };
}

describe('the deals board in Chinese', () => {
  it('is the Chinese build', () => expect(LANG).toBe('zh'));

  it('has Chinese words for every deal in content/deals.json, and none for a deal it does not have', () => {
    expect(Object.keys(text.deals).sort()).toEqual(DEALS.map((d) => d.id).sort());
    for (const d of DEALS) {
      const zh = text.deals[d.id]!;
      expect(english(zh.name), d.id).toEqual([]);
      expect(hasChinese(zh.site), d.id).toBe(true);
      expect(zh.remark === undefined, d.id).toBe(d.remark === undefined);
      if (zh.remark) expect(hasChinese(zh.remark), d.id).toBe(true);
      expect(english(`${zh.site} ${zh.remark ?? ''}`), d.id).toEqual([]);
    }
  });

  it('names itself, its settings and its table in Chinese', () => {
    const words = [widget.title, widget.goal, widget.schema.deal.label, widget.schema.show.label, ...FILTERS.map((f) => f.label), ...TABLE_COLUMNS.map((c) => c.label)];
    for (const w of words) expect(hasChinese(w), w).toBe(true);
    const options = widget.schema.deal.options.map((o) => o.label).join(' ');
    expect(english([...words, options, text.chartTitle, text.axisLabel, text.tableCaption, text.hint(text.basisRule), ...Object.values(text.legend).map((l) => (typeof l === 'string' ? l : l(['25'])))].join(' '))).toEqual([]);
  });

  it.each(settings)('words the readouts, summary, description, marks and table in Chinese (%s)', (_, v) => {
    const { view, readouts, all } = wordsAt(v);
    expect(hasChinese(view.summary)).toBe(true);
    for (const r of readouts) {
      expect(hasChinese(r.label), r.id).toBe(true);
      expect(hasChinese(r.text), r.id).toBe(true);
    }
    expectNoEnglish('readouts, summary and marks', all.join(' '));
  });

  it('words every deal at every filter in Chinese', () => {
    for (const d of DEALS) {
      for (const f of FILTERS) {
        const { all } = wordsAt({ deal: d.id, show: f.value });
        expectNoEnglish(`${d.id} ${f.value}`, all.join(' '));
      }
    }
  });

  it('explains settings it cannot show in Chinese', () => {
    for (const bad of [{ deal: 'atlantis' }, { show: 'mining' }]) {
      const s = widget.compute({ ...defaults(widget.schema), ...bad });
      expect(s.ok).toBe(false);
      expect(hasChinese(s.summary)).toBe(true);
      expect(english(s.summary)).toEqual([]);
    }
  });

  it('fills its Chinese lesson notes, which keep the English notes’ scenarios and figures, with Chinese figures', () => {
    expect(notes.scenarios.map((s) => [s.query, s.figures])).toEqual(englishNotes.scenarios.map((s) => [s.query, s.figures]));
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/deals-board.json');
    const words = JSON.stringify(resolved);
    expect(words).not.toMatch(/NaN|Infinity|undefined|\{[0-9:]*[a-z0-9-]+\}/);
    expect(resolved.scenarios[1]!.notice).toBe('公告的 244 兆瓦是电网容量。费率用的是来源给出的 168 兆瓦 IT 负载：179万美元，是 2024年费率的 1.23 倍。标记外的圆环代表 Google 的兜底担保。');
    const text = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const t of text) expect(hasChinese(t), t).toBe(true);
    expect(english(text.join(' '))).toEqual([]);
  });

  it.each(settings)('renders on the server with no English left but names, units and cited titles (%s)', (_, v) => {
    const sources = Object.fromEntries(widget.sources.map((s) => [s, allSources[s]!]));
    const html = render(DealsBoard, { props: { ...v, sources } }).body;
    const body = new (new Window().DOMParser)().parseFromString(`<body>${html}</body>`, 'text/html').body;
    // Not words to translate: data blocks, code, formula symbols and the cited sources' own titles.
    for (const el of body.querySelectorAll('script, style, code, .pop-symbols, .pop-source')) el.remove();
    const shown = [body.textContent ?? '', ...[...body.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '')].join(' ');
    expect(hasChinese(shown)).toBe(true);
    expectNoEnglish('rendered HTML', shown);
  });
});
