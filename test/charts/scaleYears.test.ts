import { describe, it, expect } from 'vitest';
import { scaleYears, yearTicks } from '@charts/scaleYears';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('scaleYears', () => {
  it('maps dates linearly onto the range, like scaleUtc', () => {
    const x = scaleYears([d('2010-01-01'), d('2020-01-01')]).copy();
    x.range([0, 100]);
    expect(x(d('2015-01-01') as unknown as number)).toBeCloseTo(50, 0);
  });

  it('puts ticks on 1 January at a round step of years', () => {
    expect(yearTicks([d('2009-01-03'), d('2044-06-01')], 6).map((t) => t.getUTCFullYear())).toEqual([2010, 2020, 2030, 2040]);
    expect(yearTicks([d('2023-01-01'), d('2025-01-01')], 4).map((t) => t.getUTCFullYear())).toEqual([2023, 2024, 2025]);
  });

  it('keeps its year ticks after copy(), which chart roots call', () => {
    const x = scaleYears([d('2012-01-01'), d('2016-01-01')]);
    expect((x.copy().ticks(10) as unknown as Date[]).every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)).toBe(true);
  });
});
