// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { defaults, type NumberParam } from '@lib/widget/params';
import { widget as meta } from '@widgets/race-to-power/widget';
import type { RaceValues } from '@widgets/race-to-power/model';
import RaceToPower from '@widgets/race-to-power/RaceToPower.svelte';

const start: RaceValues = defaults(meta.schema);
const ok = (v: RaceValues) => {
  const s = meta.compute(v);
  if (!s.ok) throw new Error(s.message);
  return s;
};

describe('meta defaults', () => {
  it('sit on their slider grids and inside their ranges', () => {
    for (const spec of Object.values(meta.schema)) {
      if (spec.kind !== 'number') continue;
      expect(spec.default).toBeGreaterThanOrEqual(spec.min);
      expect(spec.default).toBeLessThanOrEqual(spec.max);
      expect(Math.abs(Math.round((spec.default - spec.min) / spec.step) * spec.step + spec.min - spec.default)).toBeLessThan(1e-9);
    }
  });
  it('starts from Dominion’s 4 years, a 12-month refit, 200 MW and $121 per kW-month', () => {
    expect(start).toEqual({ wait: 4, convert: 12, mw: 200, rate: 121 });
  });
});

describe('compute', () => {
  it('gives the mine a 36-month head start worth $871.2M of rent at the defaults (hand-computed)', () => {
    const s = ok(start);
    expect(s.monthsSaved).toBe(36);
    expect(s.annualRentUsd).toBeCloseTo(200 * 1000 * 121 * 12, 0); // $290.4M a year
    expect(s.headStartUsd).toBeCloseTo(871.2e6, 0);
  });

  it('grows the head start to 72 months at Dominion’s 7 years', () => {
    expect(ok({ ...start, wait: 7 }).monthsSaved).toBe(72);
  });

  it('gives no head start when the refit takes longer than the grid wait', () => {
    const s = ok({ ...start, wait: 1, convert: 24 });
    expect(s.monthsSaved).toBe(0);
    expect(s.headStartUsd).toBe(0);
    expect(s.summary).toMatch(/gains no time/);
  });

  it('the difference in rent by the horizon equals the head start', () => {
    const s = ok({ ...start, wait: 6.5, convert: 9 });
    expect(s.rows[1].rentToHorizonUsd - s.rows[0].rentToHorizonUsd).toBeCloseTo(s.headStartUsd, 3);
  });

  it('gives finite numbers and a clean sentence at every corner of the schema', () => {
    const numeric = Object.entries(meta.schema).filter((e): e is [keyof RaceValues, NumberParam] => e[1].kind === 'number');
    for (let mask = 0; mask < 2 ** numeric.length; mask++) {
      const v = { ...start } as Record<string, number>;
      numeric.forEach(([name, spec], i) => (v[name] = mask & (1 << i) ? spec.max : spec.min));
      const s = ok(v as RaceValues);
      expect([s.monthsSaved, s.headStartUsd, s.annualRentUsd].every(Number.isFinite)).toBe(true);
      expect(s.summary + s.desc).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('turns inputs the core rejects into a plain message', () => {
    const s = meta.compute({ ...start, convert: -5 });
    expect(s.ok).toBe(false);
    expect(s.summary).toMatch(/conversionMonths/);
  });

  it('says it in one sentence', () => {
    expect(ok(start).summary).toBe(
      'A mining site with 200 MW of IT load, refitted in 12 months starts earning 36 months before a new data centre that waits 4 years for its grid hookup; at $121 per kW a month that head start is $871.2M of rent.',
    );
  });
});

describe('<RaceToPower>', () => {
  afterEach(cleanup);
  const readout = (c: HTMLElement, key: string) => c.querySelector(`[data-readout="${key}"]`)!.textContent;

  it('renders readouts, timeline, sentence and table at the defaults', () => {
    const { container } = render(RaceToPower);
    expect(readout(container, 'months-saved')).toBe('36 months');
    expect(readout(container, 'head-start')).toBe('$871.2M');
    expect(container.querySelector('svg')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('changes the head start when the grid wait moves', async () => {
    const { container } = render(RaceToPower);
    const slider = screen.getByRole('slider', { name: /grid hookup/i });
    expect(slider.getAttribute('aria-valuetext')).toBe('4 years');
    await fireEvent.input(slider, { target: { value: '7' } });
    expect(readout(container, 'months-saved')).toBe('72 months');
    expect(container.querySelector('[data-summary]')!.textContent).toMatch(/waits 7 years/);
  });
});
