// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { defaults } from '@lib/widget/params';
import { widget as meta } from '@widgets/energy-per-query/widget';
import { ESTIMATES } from '@widgets/energy-per-query/data';
import { energy, type QueryValues } from '@widgets/energy-per-query/model';
import EnergyPerQuery from '@widgets/energy-per-query/EnergyPerQuery.svelte';

const start: QueryValues = defaults(meta.schema);
const ok = (v: QueryValues) => {
  const s = meta.compute(v);
  if (!s.ok) throw new Error(s.message);
  return s;
};

describe('data and meta', () => {
  it('lists the dated estimates of the fact sheet (F01, F02, F04, F05)', () => {
    expect(ESTIMATES.map((e) => [e.id, e.wh])).toEqual([
      ['search-2009', 0.3],
      ['epri-2024', 2.9],
      ['epoch-2025', 0.3],
      ['openai-2025', 0.34],
      ['gemini-2025', 0.24],
    ]);
  });
  it('offers each estimate as a choice and starts at EPRI 2024', () => {
    expect(meta.schema.est.options.map((o) => o.value)).toEqual(ESTIMATES.map((e) => e.id));
    expect(start).toEqual({ est: 'epri-2024', n: 10 });
  });
});

describe('compute', () => {
  it('EPRI’s 2.9 Wh is 9.67 times the 2009 search figure (V-F)', () => {
    expect(ok(start).rows.find((r) => r.id === 'epri-2024')!.timesSearch).toBeCloseTo(9.67, 2);
  });

  it('ten EPRI questions a day: 29 Wh a day, 10.585 kWh a year, 0.1% of a 10,500 kWh household', () => {
    const s = ok(start);
    expect(s.whPerDay).toBeCloseTo(29, 9);
    expect(s.kwhPerYear).toBeCloseTo(10.585, 9);
    expect(s.householdShare).toBeCloseTo(0.001008, 6);
  });

  it('a household’s year would run 43.75 million Gemini prompts at 0.24 Wh', () => {
    expect(ok({ ...start, est: 'gemini-2025' }).questionsPerHouseholdYear).toBeCloseTo(43_750_000, 0);
  });

  it('the AI estimates differ about 12-fold (2.9 ÷ 0.24)', () => {
    expect(ok(start).spread).toBeCloseTo(12.08, 2);
  });

  it('gives finite numbers and clean sentences for every estimate at both ends of the slider', () => {
    for (const e of ESTIMATES) {
      for (const n of [meta.schema.n.min, meta.schema.n.max]) {
        const s = ok({ est: e.id, n });
        expect([s.whPerDay, s.kwhPerYear, s.householdShare, s.questionsPerHouseholdYear].every(Number.isFinite)).toBe(true);
        expect(s.summary + s.desc).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });

  it('turns an unknown estimate into a plain message', () => {
    const s = meta.compute({ ...start, est: 'crystal-ball' });
    expect(s.ok).toBe(false);
    expect(s.summary).toMatch(/est must be one of/);
  });

  it('says it in one sentence', () => {
    expect(ok(start).summary).toBe(
      'At 2.9 Wh per question (EPRI, May 2024), 10 questions a day use 29 Wh, 10.6 kWh over a year: 0.1% of the 10,500 kWh a US household uses in a year. The published figures for one AI question differ 12-fold.',
    );
  });
});

describe('readouts', () => {
  const at = (v: QueryValues) => meta.readouts(meta.compute(v), v).map((r) => [r.id, r.label, r.text]);

  it('word a day, a year, a household’s share and the questions a household-year answers', () => {
    expect(at(start)).toEqual([
      ['wh-per-day', 'A day', '29 Wh'],
      ['kwh-per-year', 'A year', '10.6 kWh'],
      ['household-share', 'Of a US household’s year', '0.1%'],
      ['questions-per-household', 'Questions per household-year', '3.6 million'],
    ]);
  });

  it('give small shares three digits and counts in millions (43.75 million Gemini prompts)', () => {
    const r = Object.fromEntries(at({ ...start, est: 'gemini-2025' }).map(([id, , text]) => [id, text]));
    expect(r).toEqual({ 'wh-per-day': '2.4 Wh', 'kwh-per-year': '0.88 kWh', 'household-share': '0.008%', 'questions-per-household': '43.8 million' });
  });

  it('trace every number to a core formula, and are empty for an unknown estimate', () => {
    for (const r of meta.readouts(meta.compute(start), start)) expect(r.provenance.formula?.fn, r.id).toMatch(/^[a-z]\w+$/);
    const bad = { ...start, est: 'crystal-ball' };
    expect(meta.readouts(meta.compute(bad), bad)).toEqual([]);
  });
});

describe('energy', () => {
  it.each([
    [0.24, '0.24 Wh'],
    [29, '29 Wh'],
    [2400, '2.4 kWh'],
  ])('%d Wh → %s', (wh, text) => expect(energy(wh)).toBe(text));
});

describe('<EnergyPerQuery>', () => {
  afterEach(cleanup);
  const readout = (c: HTMLElement, key: string) => c.querySelector(`[data-readout="${key}"]`)!.textContent;

  it('renders the chart, readouts, sentence and table', () => {
    const { container } = render(EnergyPerQuery);
    expect(readout(container, 'wh-per-day')).toBe('29 Wh');
    expect(container.querySelectorAll('svg rect').length).toBe(ESTIMATES.length);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('changes the day’s energy when another estimate is chosen or the count moves', async () => {
    const { container } = render(EnergyPerQuery);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Estimate' }), { target: { value: 'gemini-2025' } });
    expect(readout(container, 'wh-per-day')).toBe('2.4 Wh');
    await fireEvent.input(screen.getByRole('slider', { name: /questions a day/i }), { target: { value: '100' } });
    expect(readout(container, 'wh-per-day')).toBe('24 Wh');
    expect(container.querySelector('[data-summary]')!.textContent).toMatch(/^At 0\.24 Wh per question \(Google, Aug 2025\), 100 questions/);
  });
});
