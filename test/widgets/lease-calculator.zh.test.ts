/**
 * The lease calculator in the Chinese edition (SITE_LANG=zh: ./i18n resolves to zh.ts). At its
 * defaults, at every preset and at each lesson-note scenario, every word it shows or announces is
 * Chinese, names, units and symbols aside, and no number is broken; so is its server-rendered HTML,
 * and its Chinese lesson notes quote the same scenarios and figures as the English ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseParams } from '@lib/widget/params';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import type { TeachNotes } from '@lib/teach/teachSchema';
import { widget } from '@widgets/lease-calculator/widget';
import { text } from '@widgets/lease-calculator/i18n';
import { type LeaseInputs } from '@widgets/lease-calculator/model';
import Root from '@widgets/lease-calculator/LeaseCalculator.svelte';
import { expectChinese as expectChineseText, stringLeaves } from '../support/english';
import { renderedWords } from '../support/renderedWords';

/** Beyond the shared list: SemiAnalysis, the rent index a preset quotes (a publisher's name). */
const ALSO_KEPT = ['SemiAnalysis'];

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as TeachNotes;
const notes = readJson('content/zh/teach/lease-calculator.json');
const englishNotes = readJson('content/teach/lease-calculator.json');

/** Every state the reader meets: defaults, each preset, each lesson-note scenario. */
const states: [string, string][] = [
  ['defaults', ''],
  ...(widget.presets ?? []).map((p): [string, string] => [`preset ${p.id}`, new URLSearchParams(Object.entries(p.values).map(([k, v]) => [`${widget.prefix}.${widget.schema[k as keyof LeaseInputs].key}`, String(v)])).toString()]),
  ...notes.scenarios.map((s, i): [string, string] => [`scenario ${i + 1}`, s.query]),
];

const expectChinese = (where: string, s: string | undefined, needsChinese = true) => expectChineseText(where, s, { kept: ALSO_KEPT, needsChinese });

const leaves = stringLeaves;

describe('the lease calculator in Chinese', () => {
  it('has every fixed word in Chinese: title, goal, settings, presets, readout labels, chart and table', () => {
    // Units may be symbols alone (%, /GPU 小时); every other word must be Chinese.
    for (const [where, s] of leaves(text)) expectChinese(where, s, !/unit$/i.test(where));
    expectChinese('title', widget.title);
    for (const spec of Object.values(widget.schema)) expectChinese(`setting ${spec.key}`, `${spec.label} ${spec.unit}`);
  });

  it.each(states)('at %s, readouts, summary, chart description and preset note are Chinese', (_name, query) => {
    const { values, notes: adjusted } = parseParams(widget.schema, query, widget.prefix);
    expect(adjusted).toEqual([]);
    const view = widget.compute(values);
    if (!view.ok) throw new Error(view.message);
    expectChinese('summary', view.summary);
    expectChinese('desc', view.desc);
    if (view.preset?.claim) expectChinese('preset note', view.presetNote);
    const readouts = widget.readouts(view, values);
    expect(readouts).toHaveLength(5);
    for (const r of readouts) {
      expectChinese(`${r.id} label`, r.label);
      expectChinese(`${r.id} text`, r.text);
      for (const input of r.provenance.inputs) {
        expectChinese(`${r.id} input`, input.label);
        for (const part of [input.value, input.unit, input.note]) if (part) expectChinese(`${r.id} input ${input.label}`, part, false);
      }
    }
  });

  it('says a core error in Chinese', () => {
    const view = widget.compute({ ...parseParams(widget.schema, '', widget.prefix).values, pue: 0.5 });
    expect(view.ok).toBe(false);
    if (!view.ok) expectChinese('error', view.message);
  });

  it.each(states)('renders Chinese on the server at %s', (_name, query) => {
    const { values } = parseParams(widget.schema, query, widget.prefix);
    const shown = renderedWords(Root, values, { howComputed: true });
    expectChinese('rendered HTML', shown);
    expect(shown).toContain(text.tableCaption);
  });

  it('has Chinese lesson notes with the English notes’ scenarios and figures, filled from its readouts', () => {
    const placeholders = (n: TeachNotes) => JSON.stringify(n).match(/\{(\d+:)?[a-z0-9-]+\}/g)?.sort();
    expect(notes.scenarios.map((s) => [s.query, s.figures])).toEqual(englishNotes.scenarios.map((s) => [s.query, s.figures]));
    expect(placeholders(notes)).toEqual(placeholders(englishNotes));
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/lease-calculator.json');
    const words = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const s of words) expectChinese('lesson notes', s);
  });
});
