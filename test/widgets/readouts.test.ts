/**
 * Every number a reader sees has a core formula or a source. For every widget, at its defaults
 * and at random valid settings, each readout's provenance names a function exported by src/core
 * (or, for a figure reported as is, a sourced input), and its text is a real number.
 *
 * And nothing a reader sees changes by accident: the readouts (id, label, text) at every widget's
 * defaults and at each lesson-note scenario are recorded in test/fixtures/readouts.json. A change
 * there fails here; when it is meant, `UPDATE_READOUTS=1 npx vitest run test/widgets/readouts.test.ts`
 * rewrites the record, and the diff shows what readers will see differently.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widgets } from '@widgets/registry';
import { readoutsAt, type Readout, type WidgetDef } from '@lib/widget/define';
import { defaults, parseParams, type ParamSpec } from '@lib/widget/params';

const coreModules = import.meta.glob<Record<string, unknown>>('../../src/core/*.ts', { eager: true });
const coreFunctions = new Set(Object.values(coreModules).flatMap((m) => Object.entries(m).filter(([, v]) => typeof v === 'function').map(([k]) => k)));

const BAD = /NaN|Infinity|undefined/;
/** Runs per widget: the Monte Carlo widgets take a while per run. */
const RUNS = 12;

function problemsOf(readouts: readonly Readout[]): string[] {
  const out: string[] = [];
  const ids = readouts.map((r) => r.id);
  if (new Set(ids).size !== ids.length) out.push(`repeated ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
  for (const r of readouts) {
    if (!r.text.trim() || BAD.test(r.text)) out.push(`${r.id}: text "${r.text}"`);
    if (!r.label.trim() || BAD.test(r.label)) out.push(`${r.id}: label "${r.label}"`);
    const f = r.provenance.formula;
    if (f && !coreFunctions.has(f.fn)) out.push(`${r.id}: its formula names ${f.fn}(), which src/core does not export`);
    if (!f && !r.provenance.inputs.some((i) => i.sourceId)) out.push(`${r.id}: neither a core formula nor a sourced input`);
    for (const i of r.provenance.inputs) if (BAD.test(`${i.label} ${i.value} ${i.unit ?? ''}`)) out.push(`${r.id}: input ${i.label} = ${i.value}`);
  }
  return out;
}

/** A valid setting: on the slider's grid inside its range, or one of the choices. */
const valueOf = (spec: ParamSpec) =>
  spec.kind === 'number'
    ? fc.integer({ min: 0, max: Math.round((spec.max - spec.min) / spec.step) }).map((k) => Number((spec.min + k * spec.step).toFixed(10)))
    : fc.constantFrom(...spec.options.map((o) => o.value));

const settingsOf = (w: WidgetDef) => fc.record(Object.fromEntries(Object.entries(w.schema).map(([k, s]) => [k, valueOf(s)])) as Record<string, fc.Arbitrary<number | string>>);

describe.each(widgets.map((w) => [w.id, w] as const))('%s', (_, w) => {
  it('shows at least one readout at its defaults, each traced to a core formula or a source', () => {
    const readouts = readoutsAt(w, defaults(w.schema));
    expect(readouts.length).toBeGreaterThan(0);
    expect(problemsOf(readouts)).toEqual([]);
  });

  it('traces every readout at random valid settings', () => {
    fc.assert(fc.property(settingsOf(w), (values) => { expect(problemsOf(readoutsAt(w, values as never))).toEqual([]); }), { numRuns: RUNS });
  });
});

describe('the readout record (test/fixtures/readouts.json)', () => {
  const FILE = 'test/fixtures/readouts.json';
  const states = widgets.flatMap((w) => {
    const notes = existsSync(`content/teach/${w.id}.json`) ? (JSON.parse(readFileSync(`content/teach/${w.id}.json`, 'utf8')) as { scenarios: { query: string }[] }) : { scenarios: [] };
    const queries = [...new Set(['', ...notes.scenarios.map((s) => s.query.replace(/^\?/, ''))])];
    return queries.map((q) => [`${w.id}?${q}`, readoutsAt(w, parseParams(w.schema, q, w.prefix).values).map((r) => ({ id: r.id, label: r.label, text: r.text }))] as const);
  });
  const now = Object.fromEntries(states);

  it('holds what every widget shows at its defaults and lesson-note scenarios', () => {
    if (process.env.UPDATE_READOUTS) writeFileSync(FILE, `${JSON.stringify(now, null, 1)}\n`);
    const record = JSON.parse(readFileSync(FILE, 'utf8')) as typeof now;
    expect(now).toEqual(record);
  });
});
