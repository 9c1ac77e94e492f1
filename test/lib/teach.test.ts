import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { figuresAt, paramRows, resolveNotes, type FiguresOf } from '@lib/teach/teach';
import { teachNotes, type TeachNotes } from '@lib/teach/teachSchema';
import { choiceParam, numberParam } from '@lib/widget/params';
import type { WidgetMeta } from '@lib/widget/define';
import { widgets } from '@widgets/registry';


const notesFile = (id: string) => `content/teach/${id}.json`;

describe('every registered widget has lesson notes', () => {
  for (const w of widgets) {
    describe(w.id, () => {
      it(`has ${notesFile(w.id)} in the lesson-notes shape`, () => {
        expect(existsSync(notesFile(w.id)), `write ${notesFile(w.id)} (copy another file in content/teach/ as a start)`).toBe(true);
        const parsed = teachNotes.safeParse(JSON.parse(readFileSync(notesFile(w.id), 'utf8')));
        expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
      });
      // Monte Carlo widgets simulate every scenario, which takes a while on a busy machine.
      it('quotes only figures its scenarios compute, from queries the widget takes as written', { timeout: 60_000 }, () => {
        const notes = teachNotes.parse(JSON.parse(readFileSync(notesFile(w.id), 'utf8')));
        const resolved = resolveNotes(w, notes, (values) => figuresAt(w, values));
        const all = JSON.stringify(resolved);
        expect(all).not.toMatch(/NaN|Infinity|undefined|\{[a-z0-9-]+\}/);
      });
    });
  }
});

const schema = {
  power: numberParam({ key: 'power', label: 'Power price', unit: 'USD per kWh', min: 0.01, max: 0.3, step: 0.005, default: 0.045, sourceId: 'cambridge-2025', asOf: '2024' }),
  model: choiceParam({ key: 'model', label: 'Machine', options: [{ value: 's21', label: 'S21' }, { value: 's9', label: 'S9' }], default: 's21' }),
};
const meta = { id: 'w', component: 'W', title: 'W', chapter: '01-x', prefix: 'w', goal: 'g', schema, sources: [], embedHeightPx: 800 } satisfies WidgetMeta;
const figures: FiguresOf = (v) => ({ cost: { label: 'Cost', text: `$${(v.power as number).toFixed(3)}` }, model: { label: 'Model', text: String(v.model) } });
const scenario = (over: Partial<TeachNotes['scenarios'][number]> = {}) => ({ title: 'A scenario', query: 'w.power=0.06', notice: 'It costs {cost}.', figures: ['cost'], ...over });
const notes = (over: Partial<TeachNotes> = {}): TeachNotes => ({
  question: 'What does it cost?',
  scenarios: [scenario(), scenario({ query: 'w.model=s9', notice: 'Now {model}.', figures: ['model'] }), scenario({ query: '' })],
  discussion: [{ q: 'Why {1:cost}?', a: 'Because {2:model}.' }, { q: 'And?', a: 'So.' }],
  misconceptions: ['Not {3:cost}.'],
  ...over,
});

/** The default scenarios with the first one changed. */
const first = (over: Partial<TeachNotes['scenarios'][number]>) => ({ scenarios: [scenario(over), ...notes().scenarios.slice(1)] });

describe('resolveNotes', () => {
  it('fills a notice with its own scenario’s figures and other text with numbered ones', () => {
    const r = resolveNotes(meta, notes(), figures);
    expect(r.scenarios[0]!.notice).toBe('It costs $0.060.');
    expect(r.scenarios[0]!.figures).toEqual([{ name: 'cost', label: 'Cost', text: '$0.060' }]);
    expect(r.discussion[0]).toEqual({ q: 'Why $0.060?', a: 'Because s9.' });
    expect(r.misconceptions).toEqual(['Not $0.045.']);
  });

  it('accepts a query with its "?"', () => expect(resolveNotes(meta, notes(first({ query: '?w.power=0.06' })), figures).scenarios[0]!.query).toBe('w.power=0.06'));

  const fails: { what: string; over: Partial<TeachNotes>; message: RegExp }[] = [
    { what: 'a key of another widget', over: first({ query: 'sq.power=0.06' }), message: /"sq.power" is not a setting of w/ },
    { what: 'a value the widget would clamp', over: first({ query: 'w.power=9' }), message: /scenario 1 .*above the highest allowed value/ },
    { what: 'a value off the slider grid', over: first({ query: 'w.power=0.0612' }), message: /not on the slider's steps/ },
    { what: 'an unknown choice', over: first({ query: 'w.model=s7' }), message: /not one of the choices/ },
    { what: 'an unknown figure', over: first({ figures: ['profit'] }), message: /no figure "profit"/ },
    { what: 'a notice quoting a figure it does not list', over: { scenarios: [scenario({ notice: 'Now {model}.' })] }, message: /not in its "figures" list/ },
    { what: 'a numbered figure in a notice', over: { scenarios: [scenario({ notice: '{1:cost}' })] }, message: /write \{cost\}/ },
    { what: 'an unnumbered figure in an answer', over: { discussion: [{ q: 'Q?', a: '{cost}' }] }, message: /discussion 1: \{cost\} needs the number/ },
    { what: 'a scenario that does not exist', over: { misconceptions: ['{9:cost}'] }, message: /there is no scenario 9/ },
  ];
  for (const { what, over, message } of fails) {
    it(`stops with a plain message naming the file for ${what}`, () => {
      expect(() => resolveNotes(meta, notes(over), figures)).toThrow(message);
      expect(() => resolveNotes(meta, notes(over), figures)).toThrow(/^content\/teach\/w\.json, /);
    });
  }

  it('does not mutate the notes', () => {
    const n = notes();
    const before = structuredClone(n);
    resolveNotes(meta, n, figures);
    expect(n).toEqual(before);
  });
});

describe('paramRows', () => {
  it('lists every parameter with its prefixed key, allowed values, default and source', () => {
    const rows = paramRows(meta);
    expect(rows.map((r) => r.key)).toEqual(['w.power', 'w.model']);
    expect(rows[0]).toMatchObject({ label: 'Power price', defaultRaw: '0.045', sourceId: 'cambridge-2025', asOf: '2024' });
    expect(rows[0]!.allowed).toBe('0.01 USD per kWh to 0.3 USD per kWh, in steps of 0.005');
    expect(rows[1]!.allowed).toBe('s21 (S21), s9 (S9)');
  });

  it('covers every parameter of every registered widget', () => {
    for (const w of widgets) expect(paramRows(w).map((r) => r.key)).toEqual(Object.values(w.schema).map((s) => `${w.prefix}.${s.key}`));
  });
});
