import { describe, expect, it } from 'vitest';
import { loadFacts } from '@lib/content/dataFiles';
import { siteFactRefs } from '@site/factRefs';
import { widget as meta } from '@widgets/rent-slide/widget';
import { CHEAH_LOSS_LINE, NVIDIA_PROJECTION, RENT_POINTS, irenRevenueUsdPerGpuHour } from '@widgets/rent-slide/data';
import { STEPS, LAST_STEP, clampStep } from '@widgets/rent-slide/steps';
import { fullYearRevenueUsd } from '@widgets/rent-slide/model';

const slideView = (step: number) => meta.compute({ step });
const readoutsAt = (step: number) => Object.fromEntries(meta.readouts(slideView(step), { step }).map((r) => [r.id, r]));

/** The content facts with computed values filled in, as the site shows them. */
const factById = new Map(loadFacts(siteFactRefs).map((f) => [f.id, f]));

describe('rent slide data', () => {
  it.each(RENT_POINTS.map((p) => [p.id, p] as const))('point %s repeats its facts and their source', (_id, p) => {
    const values = p.factIds.map((id) => {
      const fact = factById.get(id);
      expect(fact, id).toBeDefined();
      expect(fact!.source).toBe(p.sourceId);
      return fact!.value as number;
    });
    expect(p.lowUsd).toBeCloseTo(Math.min(...values), 2);
    expect(p.highUsd).toBeCloseTo(Math.max(...values), 2);
    expect(meta.sources).toContain(p.sourceId);
    expect(p.fromIso <= p.toIso).toBe(true);
  });

  // V-D3 (IREN press release, 2024-09-16): $33M a year ÷ 1,896 GPUs = $17,405 per GPU-year,
  // ÷ 8,760 hours = $1.99 per GPU-hour.
  it('computes IREN’s implied rent as $1.99 per GPU-hour (V-D3)', () => {
    expect(irenRevenueUsdPerGpuHour * 8760).toBeCloseTo(17405, 0);
    expect(irenRevenueUsdPerGpuHour).toBeCloseTo(1.99, 2);
  });

  it('draws the August 2024 figure as a range, $1 to $2 (Cheah)', () => {
    const aug = RENT_POINTS.find((p) => p.id === 'aug-2024')!;
    expect([aug.lowUsd, aug.highUsd]).toEqual([1, 2]);
  });

  it('takes its reference lines from the facts', () => {
    expect(factById.get(NVIDIA_PROJECTION.factId)!.value).toBe(NVIDIA_PROJECTION.usd);
    expect(factById.get(CHEAH_LOSS_LINE.factId)!.value).toBe(CHEAH_LOSS_LINE.usd);
  });
});

describe('rent slide steps', () => {
  it('every step draws the point it is about, and reveals points in time order', () => {
    for (const s of STEPS) expect(s.shows).toContain(s.focus);
    for (let i = 1; i < STEPS.length; i++) expect(STEPS[i]!.shows.length).toBeGreaterThanOrEqual(STEPS[i - 1]!.shows.length);
    expect(STEPS[LAST_STEP]!.shows).toHaveLength(RENT_POINTS.length);
  });

  it.each([
    { step: -3, expected: 0 },
    { step: 2.4, expected: 2 },
    { step: 99, expected: LAST_STEP },
    { step: Number.NaN, expected: 0 },
  ])('clampStep($step) is $expected', ({ step, expected }) => {
    expect(clampStep(step)).toBe(expected);
  });

  it('the same index always gives the same state', () => {
    expect(slideView(2)).toEqual(slideView(2));
  });
});

describe('rent slide view', () => {
  // V-D1 (Cheah): $2.85 × 8,760 h = $24,966 a year; the peak is "more than $8", so the fall
  // from it is a floor: 1 − 2.85/8 = 64%.
  it('January 2024: $2.85, at least 64% below the peak, $24,966 a year (V-D1)', () => {
    const v = slideView(1);
    expect(v.rentText).toBe('$2.85');
    expect(v.fallFromPeakText).toBe('at least 64%');
    expect(v.yearRevenueText).toBe('$24,966');
  });

  it('August 2024 is a range in every readout', () => {
    const v = slideView(2);
    expect(v.rentText).toBe('$1–$2');
    expect(v.yearRevenueText).toBe('$8,760–$17,520');
    expect(v.fallFromPeakText).toBe('at least 75%');
  });

  it('marks IREN’s figure as computed and the peak as a floor', () => {
    expect(slideView(LAST_STEP).rentText).toBe('$1.99 (computed)');
    expect(slideView(0).rentText).toBe('more than $8');
    expect(slideView(0).yearRevenueText).toBe(`more than $${(8 * 8760).toLocaleString('en-US')}`);
  });

  it('revenue for a year uses the core: rent × 8,760 hours', () => {
    expect(fullYearRevenueUsd(4.7)).toBeCloseTo(41172, 6);
  });

  it('readouts carry the view’s texts, and the fall names the core’s fallFromPeakShare', () => {
    for (let i = 0; i <= LAST_STEP; i++) {
      const v = slideView(i);
      const r = readoutsAt(i);
      expect(Object.keys(r)).toEqual(['rent', 'fall', 'year-revenue']);
      expect([r.rent!.text, r.fall!.text, r['year-revenue']!.text]).toEqual([v.rentText, v.fallFromPeakText, v.yearRevenueText]);
      expect(r.fall!.provenance.formula?.fn).toBe('fallFromPeakShare');
    }
    // IREN's rent is computed by the core from its own figures; Cheah's are reported as he gave them.
    expect(readoutsAt(LAST_STEP).rent!.provenance.formula?.fn).toBe('revenueUsdPerGpuHour');
    expect(readoutsAt(1).rent!.provenance.formula).toBeUndefined();
  });

  it('never shows NaN, Infinity or undefined at any step', () => {
    for (let i = 0; i <= LAST_STEP; i++) {
      const v = slideView(i);
      const words = [v.rentText, v.fallFromPeakText, v.yearRevenueText, v.summary, v.desc, ...v.tableRows.flatMap(Object.values)].join(' ');
      expect(words).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});
