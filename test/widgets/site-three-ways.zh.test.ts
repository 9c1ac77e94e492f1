/**
 * The Chinese edition of "One site, three businesses": at its defaults, at each scenario of its
 * Chinese lesson notes and at its dated presets, what it shows and announces is Chinese, with no
 * English word left and no broken number. Runs in the Chinese Vitest project (SITE_LANG=zh).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { Window } from 'happy-dom';
import { defaults, parseParams } from '@lib/widget/params';
import { widgetSourceIds } from '@lib/widget/provenance';
import { widget } from '@widgets/site-three-ways/widget';
import { READOUT_LINES } from '@widgets/site-three-ways/readouts';
import type { SiteValues } from '@widgets/site-three-ways/model';
import SiteThreeWays from '@widgets/site-three-ways/SiteThreeWays.svelte';
import type { TeachNotes } from '@lib/teach/teachSchema';
import { allSources } from '../support/allSources';
import { expectChinese as expectChineseText } from '../support/english';

/** Latin words this widget keeps: a server's model, a site's name, and the hosting formula's symbol (core's siteHostingFormula). */
const KEPT = ['DGX', 'Barber', 'Lake', 'rate'];
const notes = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as TeachNotes;
const zhNotes = notes('content/zh/teach/site-three-ways.json');

const expectChinese = (what: string, text: string | undefined, needsChinese = true) => expectChineseText(what, text, { kept: KEPT, needsChinese });

const cases: [string, SiteValues][] = [
  ...zhNotes.scenarios.map((s): [string, SiteValues] => [s.title, parseParams(widget.schema, s.query, widget.prefix).values]),
  ...(widget.presets ?? []).map((p): [string, SiteValues] => [p.label, { ...defaults(widget.schema), ...p.values }]),
];

const parser = new new Window().DOMParser();
/** The server-rendered widget's text and accessible names, as a reader without scripting gets them. */
function shownText(values: SiteValues): string {
  const sources = Object.fromEntries(widgetSourceIds(widget).map((s) => [s, allSources[s]!]));
  const html = render(SiteThreeWays, { props: { ...values, sources } }).body;
  const body = parser.parseFromString(`<body>${html}</body>`, 'text/html').body;
  // The record's JSON and "how these numbers are computed" carry the core's formula words and the
  // sources' own titles, which are not this widget's; their inputs are checked from the readouts.
  for (const el of body.querySelectorAll('script, details.how-computed')) el.remove();
  const names = [...body.querySelectorAll('[aria-label], [aria-valuetext], [title]')].flatMap((el) =>
    ['aria-label', 'aria-valuetext', 'title'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [body.textContent, ...names].join('\n');
}

describe('site-three-ways in Chinese', () => {
  it('has lesson notes with the English notes’ scenarios', () => {
    const en = notes('content/teach/site-three-ways.json');
    expect(zhNotes.scenarios.map((s) => [s.query, s.figures])).toEqual(en.scenarios.map((s) => [s.query, s.figures]));
  });

  it('names itself, its settings, choices and presets in Chinese', () => {
    expectChinese('title', widget.title);
    expectChinese('goal', widget.goal);
    for (const spec of Object.values(widget.schema)) {
      expectChinese(`label of ${spec.key}`, spec.label);
      if (spec.kind === 'number') expectChinese(`unit of ${spec.key}`, spec.unit, false);
      else for (const o of spec.options) expectChinese(`choice ${o.value}`, o.label);
    }
    for (const p of widget.presets ?? []) {
      expectChinese(`preset ${p.id}`, p.label);
      expectChinese(`basis of ${p.id}`, p.basis);
    }
    for (const l of READOUT_LINES) expectChinese(`table row ${l.key}`, l.label);
  });

  describe.each(cases)('%s', (_, values) => {
    const view = widget.compute(values);
    if (!view.ok) throw new Error(view.message);

    it('says its summary and chart description in Chinese', () => {
      expectChinese('summary', view.summary);
      expectChinese('desc', view.desc);
      for (const r of view.rows) {
        expectChinese(`row ${r.id}`, r.label);
        expectChinese(`range note ${r.id}`, r.rangeNote);
      }
    });

    it('labels every readout and its inputs in Chinese', () => {
      for (const r of widget.readouts(view, values)) {
        expectChinese(`${r.id} label`, r.label);
        expectChinese(`${r.id} text`, r.text);
        for (const i of r.provenance.inputs) {
          expectChinese(`${r.id} input`, i.label);
          expectChinese(`${r.id} ${i.label} value`, i.value, false);
          if (i.unit) expectChinese(`${r.id} ${i.label} unit`, i.unit, false);
          if (i.note) expectChinese(`${r.id} ${i.label} note`, i.note, false);
        }
      }
    });

    it('renders in Chinese on the server', () => {
      expectChinese('rendered widget', shownText(values));
    });
  });
});
