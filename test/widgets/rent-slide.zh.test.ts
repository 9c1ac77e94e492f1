/**
 * The rent slide in the Chinese edition (SITE_LANG=zh: ./i18n resolves to zh.ts). At every step
 * (its defaults are the last) and at each lesson-note scenario, every word it shows or announces
 * is Chinese, names, units and symbols aside, and no number is broken; so is its server-rendered
 * HTML (on its own, as a scrolly graphic and as each step's snapshot), and its Chinese lesson
 * notes quote the same scenarios and figures as the English ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseParams } from '@lib/widget/params';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import type { TeachNotes } from '@lib/teach/teachSchema';
import { widget } from '@widgets/rent-slide/widget';
import { text } from '@widgets/rent-slide/i18n';
import { LAST_STEP } from '@widgets/rent-slide/steps';
import Root from '@widgets/rent-slide/RentSlide.svelte';
import { expectChinese as expectChineseText, stringLeaves } from '../support/english';
import { renderedWords } from '../support/renderedWords';

/** Beyond the shared list: Latent Space, the publication Cheah wrote in (a source's own name). */
const ALSO_KEPT = ['Latent', 'Space'];
/** The formula's symbol for the peak rent, as the provenance labels name it. */
const SYMBOL = /\br_peak\b/g;

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as TeachNotes;
const notes = readJson('content/zh/teach/rent-slide.json');
const englishNotes = readJson('content/teach/rent-slide.json');

/** Every state the reader meets: each step (the last is the default), each lesson-note scenario. */
const states: [string, string][] = [
  ['defaults', ''],
  ...Array.from({ length: LAST_STEP + 1 }, (_, i): [string, string] => [`step ${i}`, `${widget.prefix}.step=${i}`]),
  ...notes.scenarios.map((s, i): [string, string] => [`scenario ${i + 1}`, s.query]),
];

const expectChinese = (where: string, s: string | undefined, needsChinese = true) => expectChineseText(where, s?.replace(SYMBOL, ''), { kept: ALSO_KEPT, needsChinese });

const leaves = stringLeaves;

describe('the rent slide in Chinese', () => {
  it('has every fixed word in Chinese: title, goal, steps, points, readout labels, chart and table', () => {
    // perWhat is empty in Chinese (the unit goes before the price) and a source credit may be a
    // name alone (Cheah，Latent Space); every other word must be Chinese.
    for (const [where, s] of leaves(text)) expectChinese(where, s, s !== '' && !where.endsWith('.source'));
    expectChinese('title', widget.title);
    expectChinese('step control', widget.schema.step.label);
  });

  it.each(states)('at %s, readouts, summary, event, chart description and table are Chinese', (_name, query) => {
    const { values, notes: adjusted } = parseParams(widget.schema, query, widget.prefix);
    expect(adjusted).toEqual([]);
    const view = widget.compute(values);
    for (const [where, s] of [['summary', view.summary], ['desc', view.desc], ['event', view.row.event], ['step', view.row.label]]) expectChinese(where!, s);
    for (const rule of view.rules) expectChinese(`rule ${rule.id}`, rule.label);
    for (const row of view.tableRows) for (const [key, cell] of Object.entries(row)) expectChinese(`table ${row.label} ${key}`, cell, key !== 'source');
    const readouts = widget.readouts(view, values);
    expect(readouts).toHaveLength(3);
    for (const r of readouts) {
      expectChinese(`${r.id} label`, r.label);
      expectChinese(`${r.id} text`, r.text);
      for (const input of r.provenance.inputs) {
        expectChinese(`${r.id} input`, input.label);
        for (const part of [input.value, input.unit, input.note, input.asOf]) if (part) expectChinese(`${r.id} input ${input.label}`, part, false);
      }
    }
  });

  const renders: [string, Record<string, unknown>][] = [
    ['on its own', {}],
    ['as a scrolly graphic', { scrolly: true }],
    ...Array.from({ length: LAST_STEP + 1 }, (_, step): [string, Record<string, unknown>] => [`as the snapshot of step ${step}`, { step }]),
  ];
  it.each(renders)('renders Chinese on the server %s', (_name, props) => {
    const shown = renderedWords(Root, props, { howComputed: true });
    expectChinese('rendered HTML', shown);
    expect(shown).toContain(text.eventLead);
  });

  it('has Chinese lesson notes with the English notes’ scenarios and figures, filled from its readouts', () => {
    const placeholders = (n: TeachNotes) => JSON.stringify(n).match(/\{(\d+:)?[a-z0-9-]+\}/g)?.sort();
    expect(notes.scenarios.map((s) => [s.query, s.figures])).toEqual(englishNotes.scenarios.map((s) => [s.query, s.figures]));
    expect(placeholders(notes)).toEqual(placeholders(englishNotes));
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/rent-slide.json');
    const words = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const s of words) expectChinese('lesson notes', s);
  });
});
