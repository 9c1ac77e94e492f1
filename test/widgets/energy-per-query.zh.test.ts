/**
 * "Energy per question" in the Chinese edition (SITE_LANG=zh): at its defaults and at each
 * scenario of its Chinese lesson notes, what it shows and announces is Chinese, apart from the
 * names of those who published the estimates and of their models, with no broken numbers; and
 * those notes fill in as the English do.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANG } from '@lib/i18n';
import { parseParams } from '@lib/widget/params';
import { widgetSourceIds } from '@lib/widget/provenance';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import { teachNotes } from '@lib/teach/teachSchema';
import { widget } from '@widgets/energy-per-query/widget';
import type { QueryValues } from '@widgets/energy-per-query/model';
import EnergyPerQuery from '@widgets/energy-per-query/EnergyPerQuery.svelte';
import { expectChinese as expectChineseText, hasChinese } from '../support/english';
import { allSources } from '../support/allSources';
import { renderedWords } from '../support/renderedWords';

const notes = teachNotes.parse(JSON.parse(readFileSync('content/zh/teach/energy-per-query.json', 'utf8')));
const english = teachNotes.parse(JSON.parse(readFileSync('content/teach/energy-per-query.json', 'utf8')));

/** Who published an estimate (EPRI, Epoch AI), the model it measured (GPT-4o), and the core function a provenance note names. */
const KEPT = ['EPRI', 'Epoch', 'GPT-', 'queryEnergy'];
const sources = Object.fromEntries(widgetSourceIds(widget).map((id) => [id, allSources[id]!]));

const expectChinese = (where: string, texts: readonly string[]) => {
  for (const t of texts) expectChineseText(where, t, { kept: KEPT, needsChinese: false });
};
/** A readout's text is Chinese, or a bare figure such as a percentage. */
const chineseOrFigure = (t: string) => hasChinese(t) || /^[\d.,%−]+$/.test(t);

function okView(values: QueryValues) {
  const v = widget.compute(values);
  if (!v.ok) throw new Error(v.message);
  return v;
}

describe('"Energy per question" in Chinese', () => {
  it('is built in Chinese, and its first lesson scenario is the defaults', () => {
    expect(LANG).toBe('zh');
    expect(notes.scenarios[0]!.query).toBe('');
  });

  it('names itself, its settings, estimates and dated starting points in Chinese', () => {
    const { schema, presets = [] } = widget;
    const words = [widget.title, widget.goal, schema.est.label, schema.n.label, schema.n.unit, ...schema.est.options.map((o) => o.label), ...presets.flatMap((p) => [p.label, p.basis])];
    expectChinese('meta', words);
    for (const w of words) expect(hasChinese(w), w).toBe(true);
  });

  describe.each(notes.scenarios.map((s) => [s.title, s.query] as const))('%s', (_, query) => {
    const { values, notes: adjusted } = parseParams(widget.schema, query, widget.prefix);
    const view = okView(values);
    const readouts = widget.readouts(view, values);

    it('takes the query as written', () => expect(adjusted).toEqual([]));

    it('words its readouts and their provenance in Chinese', () => {
      expect(readouts.length).toBeGreaterThan(0);
      for (const r of readouts) {
        expect(hasChinese(r.label), r.label).toBe(true);
        expect(chineseOrFigure(r.text), r.text).toBe(true);
        const inputs = r.provenance.inputs.flatMap((i) => [i.label, i.unit ?? '', i.note ?? '']);
        expectChinese(r.id, [r.label, r.text, ...inputs]);
      }
    });

    it('says its summary, chart description and table in Chinese', () => {
      expect(hasChinese(view.summary)).toBe(true);
      expect(hasChinese(view.desc)).toBe(true);
      expectChinese('view', [view.summary, view.desc, ...view.rows.flatMap((r) => [r.who, r.what])]);
    });

    it('renders on the server with every visible and spoken word in Chinese', () => {
      const text = renderedWords(EnergyPerQuery, { ...values, sources });
      expect(hasChinese(text)).toBe(true);
      expectChinese('HTML', [text]);
    });
  });

  it('says one question a day, and an unknown estimate, in Chinese', () => {
    const one = okView({ est: 'epri-2024', n: 1 });
    const unknown = widget.compute({ est: 'crystal-ball', n: 10 });
    expect(unknown.ok).toBe(false);
    for (const t of [one.summary, unknown.summary]) expect(hasChinese(t), t).toBe(true);
    expectChinese('edge', [one.summary]);
  });

  it('has lesson notes in Chinese that quote the same figures from the same queries as the English', () => {
    expect(notes.scenarios.map((s) => [s.query, s.figures])).toEqual(english.scenarios.map((s) => [s.query, s.figures]));
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/energy-per-query.json');
    const texts = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const t of texts) expect(hasChinese(t), t).toBe(true);
    expectChinese('notes', texts);
  });
});
