/**
 * The Chinese edition of "Energy and prosperity": at its defaults, at each scenario of its Chinese
 * lesson notes and for every country, what it shows and announces is Chinese (country names by
 * the data's id), with no English word left and no broken number. Runs in the Chinese Vitest
 * project (SITE_LANG=zh).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { Window } from 'happy-dom';
import { parseParams } from '@lib/widget/params';
import { widgetSourceIds } from '@lib/widget/provenance';
import { widget } from '@widgets/energy-prosperity/widget';
import { COUNTRIES } from '@widgets/energy-prosperity/data';
import { pointLabel, shareWords, twhText, type ProsperityValues } from '@widgets/energy-prosperity/model';
import { text } from '@widgets/energy-prosperity/i18n';
import EnergyProsperity from '@widgets/energy-prosperity/EnergyProsperity.svelte';
import type { TeachNotes } from '@lib/teach/teachSchema';
import { allSources } from '../support/allSources';
import { expectChinese as expectChineseText } from '../support/english';

/** Latin words this widget keeps: the data's publisher (a source's name, in the table caption) and the Tab key. */
const KEPT = ['Our', 'World', 'Data', 'Tab'];
const notes = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as TeachNotes;
const zhNotes = notes('content/zh/teach/energy-prosperity.json');

const expectChinese = (what: string, text: string | undefined, needsChinese = true) => expectChineseText(what, text, { kept: KEPT, needsChinese });

const parser = new new Window().DOMParser();
/** The server-rendered widget's text and accessible names, as a reader without scripting gets them. */
function shownText(values: ProsperityValues): string {
  const sources = Object.fromEntries(widgetSourceIds(widget).map((s) => [s, allSources[s]!]));
  const html = render(EnergyProsperity, { props: { ...values, sources } }).body;
  const body = parser.parseFromString(`<body>${html}</body>`, 'text/html').body;
  // The record's JSON and "how these numbers are computed" carry the core's formula words and the
  // sources' own titles, which are not this widget's; their inputs are checked from the readouts.
  for (const el of body.querySelectorAll('script, details.how-computed')) el.remove();
  const names = [...body.querySelectorAll('[aria-label], [aria-valuetext], [title]')].flatMap((el) =>
    ['aria-label', 'aria-valuetext', 'title'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [body.textContent, ...names].join('\n');
}

describe('energy-prosperity in Chinese', () => {
  it('has lesson notes with the English notes’ scenarios', () => {
    const en = notes('content/teach/energy-prosperity.json');
    expect(zhNotes.scenarios.map((s) => [s.query, s.figures])).toEqual(en.scenarios.map((s) => [s.query, s.figures]));
  });

  it('names itself, its setting and every country in Chinese', () => {
    expectChinese('title', widget.title);
    expectChinese('goal', widget.goal);
    expectChinese('label', widget.schema.country.label);
    expect(widget.schema.country.options.map((o) => o.value)).toEqual(COUNTRIES.map((c) => c.id));
    for (const o of widget.schema.country.options) expectChinese(`country ${o.value}`, o.label);
  });

  it('words every point and its tooltip in Chinese', () => {
    const view = widget.compute({ country: 'norway' });
    if (!view.ok) throw new Error(view.message);
    for (const r of view.rows) {
      expectChinese(`point ${r.id}`, pointLabel(r));
      for (const line of text.tip({ kwh: '1', total: twhText(r.generationTwh), share: shareWords(r.bitcoinShare) })) expectChinese(`tip of ${r.id}`, line);
    }
  });

  describe.each(zhNotes.scenarios.map((s) => [s.title, parseParams(widget.schema, s.query, widget.prefix).values] as const))('%s', (_, values) => {
    const view = widget.compute(values);
    if (!view.ok) throw new Error(view.message);

    it('says its summary and chart description in Chinese', () => {
      expectChinese('summary', view.summary);
      expectChinese('desc', view.desc);
    });

    it('labels every readout and its inputs in Chinese', () => {
      for (const r of widget.readouts(view, values)) {
        expectChinese(`${r.id} label`, r.label);
        expectChinese(`${r.id} text`, r.text, false);
        for (const i of r.provenance.inputs) {
          expectChinese(`${r.id} input`, i.label);
          expectChinese(`${r.id} ${i.label} value`, i.value, false);
          if (i.unit) expectChinese(`${r.id} ${i.label} unit`, i.unit);
          if (i.note) expectChinese(`${r.id} ${i.label} note`, i.note);
        }
      }
    });

    it('renders in Chinese on the server', () => {
      expectChinese('rendered widget', shownText(values));
    });
  });
});
