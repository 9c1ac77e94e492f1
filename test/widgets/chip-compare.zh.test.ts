/**
 * The chip comparison in the Chinese edition (SITE_LANG=zh): at its defaults and at each scenario
 * of its Chinese lesson notes, what it shows and announces is Chinese, apart from the catalog's
 * model names and a few symbols, with no broken numbers; and those notes fill in as the English do.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ASIC_MODELS, GPU_MODELS } from '@core/catalog';
import { LANG } from '@lib/i18n';
import { parseParams } from '@lib/widget/params';
import { widgetSourceIds } from '@lib/widget/provenance';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import { teachNotes } from '@lib/teach/teachSchema';
import { widget } from '@widgets/chip-compare/widget';
import type { ChipInputs, ChipView } from '@widgets/chip-compare/model';
import { HASHPRICE_PRESETS, RENT_PRESETS } from '@widgets/chip-compare/presets';
import ChipCompare from '@widgets/chip-compare/ChipCompare.svelte';
import { expectChinese as expectChineseText, hasChinese } from '../support/english';
import { allSources } from '../support/allSources';
import { renderedWords } from '../support/renderedWords';

const notes = teachNotes.parse(JSON.parse(readFileSync('content/zh/teach/chip-compare.json', 'utf8')));
const english = teachNotes.parse(JSON.parse(readFileSync('content/teach/chip-compare.json', 'utf8')));

/** SHA-256 is the hash's name; a provenance note names the core function that computed a figure. */
const KEPT = ['SHA-', 'asicChipDay', 'gpuChipDay'];
/** Model names stay as the catalog spells them, full ("NVIDIA GeForce RTX 4090") and short ("RTX 4090"), longest first. */
const NAMES = [...ASIC_MODELS, ...GPU_MODELS]
  .flatMap((m) => [m.name, m.name.replace(/^(Antminer|NVIDIA GeForce|NVIDIA) /, '')])
  .sort((a, b) => b.length - a.length);
const withoutNames = (text: string) => NAMES.reduce((t, name) => t.split(name).join(' '), text);

const expectChinese = (where: string, texts: readonly string[]) => {
  for (const t of texts) expectChineseText(where, withoutNames(t), { kept: KEPT, needsChinese: false });
};

/** The defaults, each lesson-note scenario (the first is the defaults), and a GPU that brings both caveats. */
const states: [string, string][] = [...notes.scenarios.map((s): [string, string] => [s.title, s.query]), ['an RTX 4090 (both caveats)', 'chip.gpu=rtx-4090']];
const sources = Object.fromEntries(widgetSourceIds(widget).map((id) => [id, allSources[id]!]));

function okView(values: ChipInputs): ChipView {
  const v = widget.compute(values);
  if (!v.ok) throw new Error(v.message);
  return v;
}

describe('the chip comparison in Chinese', () => {
  it('is built in Chinese, and its first lesson scenario is the defaults', () => {
    expect(LANG).toBe('zh');
    expect(notes.scenarios[0]!.query).toBe('');
  });

  it('names itself, its settings and its dated buttons in Chinese', () => {
    const { schema } = widget;
    const words = [
      widget.title, widget.goal, schema.asic.label, schema.gpu.label, schema.hashprice.label, schema.hashprice.unit, schema.rent.label, schema.rent.unit,
      ...schema.asic.options.map((o) => o.label), ...schema.gpu.options.map((o) => o.label), ...[...HASHPRICE_PRESETS, ...RENT_PRESETS].map((p) => p.label),
    ];
    expectChinese('meta', words);
    for (const w of [widget.title, widget.goal, schema.asic.label, schema.hashprice.label, HASHPRICE_PRESETS[0]!.label]) expect(hasChinese(w), w).toBe(true);
  });

  describe.each(states)('%s', (_, query) => {
    const { values, notes: adjusted } = parseParams(widget.schema, query, widget.prefix);
    const view = okView(values);
    const readouts = widget.readouts(view, values);

    it('takes the query as written', () => expect(adjusted).toEqual([]));

    it('words its readouts and their provenance in Chinese', () => {
      expect(readouts.length).toBeGreaterThan(0);
      for (const r of readouts) {
        expect(hasChinese(r.label), r.label).toBe(true);
        expect(hasChinese(r.text), r.text).toBe(true);
        const inputs = r.provenance.inputs.flatMap((i) => [i.label, i.unit ?? '', i.note ?? '']);
        expectChinese(r.id, [r.label, r.text, ...inputs]);
      }
    });

    it('says its summary, caveats, bar titles and table in Chinese', () => {
      expect(hasChinese(view.summary)).toBe(true);
      expectChinese('view', [view.summary, view.ratioText, ...view.caveats, ...view.panels.map((p) => p.title), ...view.tableRows.flatMap((row) => Object.values(row))]);
    });

    it('renders on the server with every visible and spoken word in Chinese', () => {
      const text = renderedWords(ChipCompare, { ...values, sources });
      expect(hasChinese(text)).toBe(true);
      expectChinese('HTML', [text]);
    });
  });

  it('words the ratio the other way round, and its errors, in Chinese (states the sliders cannot reach)', () => {
    const asicAhead = okView({ asic: 's21-xp', gpu: 'rtx-4090', hashprice: 200, rent: 0.2 });
    expect(asicAhead.kwhRatio!).toBeLessThan(1);
    const missing = widget.compute({ ...parseParams(widget.schema, '').values, gpu: 'h100-pcie' });
    const broken = widget.compute({ ...parseParams(widget.schema, '').values, rent: -1 });
    const messages = [missing, broken].map((v) => ('message' in v ? v.message : ''));
    for (const t of [asicAhead.ratioText, ...messages]) expect(hasChinese(t), t).toBe(true);
    expectChinese('ratio', [asicAhead.ratioText, messages[0]!]);
  });

  it('has lesson notes in Chinese that quote the same figures from the same queries as the English', () => {
    expect(notes.scenarios.map((s) => [s.query, s.figures])).toEqual(english.scenarios.map((s) => [s.query, s.figures]));
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/chip-compare.json');
    const texts = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const t of texts) expect(hasChinese(t), t).toBe(true);
    expectChinese('notes', texts);
  });
});
