import { describe, expect, it } from 'vitest';
import { choiceParam, numberParam, withStartValues } from '@lib/widget/params';
import { ParamState } from '@lib/widget/paramState.svelte';
import type { WidgetMeta } from '@lib/widget/define';

const schema = {
  power: numberParam({ key: 'power', label: 'Power price', unit: 'USD per kWh', min: 0.01, max: 0.3, step: 0.005, default: 0.045 }),
  model: choiceParam({ key: 'model', label: 'Machine', options: [{ value: 's21', label: 'S21' }, { value: 's9', label: 'S9' }], default: 's21' }),
};
const meta = { id: 'w', component: 'W', title: 'W', chapter: '01-x', prefix: 'w', goal: 'g', schema, sources: [], embedHeightPx: 800 } satisfies WidgetMeta;

describe('withStartValues', () => {
  it('replaces the defaults of the keys given, reading them like URL values', () => {
    const s = withStartValues(schema, { power: 0.062, model: 's9' });
    expect(s.power.default).toBe(0.06);
    expect(s.model.default).toBe('s9');
  });

  it('keeps defaults for bad values and ignores keys that are not parameters', () => {
    const s = withStartValues(schema, { power: 'cheap', model: 'nope', slot: 'graphic', scrolly: true });
    expect(s).toEqual(schema);
  });

  it('clamps a value outside the range', () => expect(withStartValues(schema, { power: 5 }).power.default).toBe(0.3));

  it('does not mutate the schema', () => {
    const before = structuredClone(schema);
    withStartValues(schema, { power: 0.1 });
    expect(schema).toEqual(before);
  });
});

describe('ParamState with start values', () => {
  it('starts from the chapter’s values instead of the defaults', () => {
    expect(new ParamState(meta, '', { power: 0.06 }).values).toEqual({ power: 0.06, model: 's21' });
  });

  it('starts from a dated preset named by the chapter, with any single start value on top', () => {
    const withPresets = { ...meta, presets: [{ id: 'nov-2025', label: 'November 2025', values: { power: 0.08, model: 's9' }, sources: [], basis: 'b' }] };
    expect(new ParamState(withPresets, '', { preset: 'nov-2025' }).values).toEqual({ power: 0.08, model: 's9' });
    expect(new ParamState(withPresets, '', { preset: 'nov-2025', power: 0.06 }).values).toEqual({ power: 0.06, model: 's9' });
    expect(new ParamState(withPresets, '', { preset: 'no-such' }).values).toEqual({ power: 0.045, model: 's21' });
  });

  it('starts from the defaults without start values', () => {
    expect(new ParamState(meta).values).toEqual({ power: 0.045, model: 's21' });
  });

  it('lets the page URL win over start values, and falls back to them for keys the URL lacks', () => {
    const p = new ParamState(meta, '', { power: 0.06, model: 's9' });
    p.connect('?w.model=s21');
    expect(p.values).toEqual({ power: 0.06, model: 's21' });
  });

  it('writes share links that mean the same on the chapter and on the embed page', () => {
    const p = new ParamState(meta, '', { power: 0.06 });
    expect(p.query()).toBe('?w.power=0.06');
    p.set('power', 0.045);
    expect(p.query()).toBe('?w.power=0.045');
  });
});
