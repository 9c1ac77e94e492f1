/**
 * Classroom mode in the Chinese edition (SITE_LANG=zh): at its defaults, at each of its Chinese
 * lesson notes' scenarios and with a class's guesses typed in, every word it shows or announces
 * is Chinese, and so is the server's HTML. The comparison table's published and model rows, and
 * the model rows' readouts, are worded by @lib/widget/beauty/comparison (shared with "Play it",
 * whose dictionary covers them), so they are left out here.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { parseParams } from '@lib/widget/params';
import type { Readout } from '@lib/widget/define';
import { figuresAt, resolveNotes } from '@lib/teach/teach';
import { teachNotes } from '@lib/teach/teachSchema';
import { widget } from '@widgets/beauty-classroom/widget';
import { compute } from '@widgets/beauty-classroom/model';
import Root from '@widgets/beauty-classroom/BeautyClassroom.svelte';
import { text as dictionary } from '@widgets/beauty-classroom/i18n';
import notes from '../../content/zh/teach/beauty-classroom.json';
import { englishWords, hasChinese } from '../support/english';

const broken = /NaN|undefined|Infinity/;
/** Every fixed string of a dictionary (its functions are called by the states below). */
const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : []);
const BeautyClassroom = Root as unknown as Component<Record<string, unknown>>;
/** Readouts of the model rows (beautyComparison's words). */
const fromComparison = (r: Readout) => r.id.startsWith('model-');

const queries = [{ name: 'the defaults', query: '' }, ...notes.scenarios.map((s, i) => ({ name: `scenario ${i + 1} (${s.query})`, query: s.query }))];
// The typed tokens are the class's own words, shown as typed, so none here is an English word.
const classes = [
  { name: 'no guesses', text: '' },
  { name: 'one winner', text: '10 20 30 40' },
  { name: 'ties and skipped entries', text: '10 30 10 30 1e3 150 -3' },
  { name: 'more winners and skipped entries than are listed', text: `${'20 '.repeat(8)}${'x '.repeat(14)}` },
];

/** The words of the server's HTML a reader sees or hears: text and accessible attributes, less the JSON record, "How these numbers are computed" and the comparison table. */
function shownText(html: string): string {
  const body = html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<details class="how-computed[\s\S]*?<\/details>/g, '')
    .replace(/<table data-table="comparison"[\s\S]*?<\/table>/g, '');
  const attrs = [...body.matchAll(/\s(?:aria-label|aria-valuetext|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
  return [body.replace(/<[^>]+>/g, ' '), ...attrs].join(' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

describe('classroom mode in Chinese', () => {
  it('has a Chinese title, goal and choice of winning number', () => {
    const spec = widget.schema.p;
    const words = [widget.title, widget.goal, spec.label, ...spec.options.map((o) => o.label)].join(' ');
    expect(hasChinese(words)).toBe(true);
    expect(englishWords(words)).toEqual([]);
  });

  it('has no English left in its dictionary, including what only shows once guesses are typed', () => {
    const words = [...strings(dictionary), dictionary.chart.target('16.7')];
    expect(words.every(hasChinese)).toBe(true);
    expect(englishWords(words.join(' '))).toEqual([]);
  });

  for (const q of queries) {
    for (const c of classes) {
      it(`speaks Chinese at ${q.name}, ${c.name}`, () => {
        const values = parseParams(widget.schema, q.query, widget.prefix).values;
        const view = compute(values, c.text);
        const readouts = widget.readouts(view, values).filter((r) => !fromComparison(r));
        expect(readouts.map((r) => r.id)).toEqual(['mean', 'target', 'winners', 'levels']);
        for (const r of readouts) {
          expect(hasChinese(r.label), r.id).toBe(true);
          const inputs = r.provenance.inputs.flatMap((i) => [i.label, i.unit ?? '', i.note ?? '']);
          const text = [r.label, r.text, ...inputs].join(' ');
          expect(englishWords(text), r.id).toEqual([]);
          expect(text, r.id).not.toMatch(broken);
        }
        expect(hasChinese(view.summary) && hasChinese(view.desc)).toBe(true);
        const own = view.count ? [view.comparison.at(-1)!.label] : [];
        const words = [view.summary, view.desc, view.skippedText, ...own].join(' ');
        expect(englishWords(words)).toEqual([]);
        expect(words).not.toMatch(broken);
      });
    }
  }

  it('names winners, ties and skipped entries in Chinese', () => {
    const view = compute({ p: '1/2' }, '10 30 10 30 1e3 150');
    expect(view.summary).toContain('并列最接近的是：第 1 个（10）、第 3 个（10）。');
    expect(view.skippedText).toBe('已跳过 2 项：“1e3”（不是数字）、“150”（不在 0 到 100 之间）。');
    expect(view.comparison.at(-1)!.label).toBe('你们班');
  });

  it('reads a list typed with a Chinese input method: full-width separators and digits', () => {
    const view = compute({ p: '2/3' }, '33，22、50；１２．５\u30000');
    expect(view.count).toBe(5);
    expect(view.skipped).toEqual([]);
    expect(view.mean).toBe(23.5);
  });

  for (const q of queries) {
    it(`renders its HTML in Chinese at ${q.name}`, () => {
      const start = parseParams(widget.schema, q.query, widget.prefix).values;
      const text = shownText(render(BeautyClassroom, { props: start }).body);
      expect(hasChinese(text)).toBe(true);
      expect(englishWords(text)).toEqual([]);
      expect(text).not.toMatch(broken);
    });
  }

  it('fills its Chinese lesson notes, shaped as the English ones, with Chinese figures', () => {
    expect(() => teachNotes.parse(notes)).not.toThrow();
    const resolved = resolveNotes(widget, notes, (values) => figuresAt(widget, values), 'content/zh/teach/beauty-classroom.json');
    const all = [resolved.question, ...resolved.scenarios.flatMap((s) => [s.title, s.notice]), ...resolved.discussion.flatMap((d) => [d.q, d.a]), ...resolved.misconceptions];
    for (const text of all) {
      expect(hasChinese(text), text).toBe(true);
      expect(englishWords(text), text).toEqual([]);
      expect(text).not.toMatch(broken);
    }
  });
});
