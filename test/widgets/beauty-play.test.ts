import { describe, expect, it } from 'vitest';
import { cognitiveHierarchyTarget, guessHistogram } from '@core/beauty';
import { byId } from '@lib/widget/define';
import { defaults, type NumberParam } from '@lib/widget/params';
import { widget } from '@widgets/beauty-play/widget';
import { BIN_WIDTH, comparisonRows, compute, ordinal, type PlayValues } from '@widgets/beauty-play/model';

const { schema } = widget;
const base = defaults(schema) as PlayValues;
const text = (v: ReturnType<typeof compute>, values = base) => JSON.stringify([v, widget.readouts(v, values)]);
const shown = (v: ReturnType<typeof compute>) => byId(widget.readouts(v, base));

describe('beauty-play model', () => {
  it('starts at round 1 waiting for a guess, with the crowd hidden', () => {
    const v = widget.compute(base);
    expect(v).toEqual(compute(base, [], 'guess'));
    expect(v.round).toBe(1);
    expect(v.phase).toBe('guess');
    expect(shown(v)['target']!.text).toBe('hidden');
    expect(v.bins.every((b) => b.count === 0)).toBe(true);
    expect(v.summary).toMatch(/^Round 1: pick a number from 0 to 100/);
    expect(v.people).toBe(101);
  });

  it('after a guess shows the crowd, the target and the reader’s place', () => {
    const v = compute(base, [50], 'result');
    expect(v.phase).toBe('result');
    expect(v.bins.reduce((s, b) => s + b.count, 0)).toBe(100);
    expect(v.target).not.toBeNull();
    expect(v.summary).toMatch(/Round 1: the 101 guesses averaged [\d.]+, so the winning number was 2\/3 of that, [\d.]+\./);
    // With τ = 1.5 a 100-person crowd averages near the model's 33.5, so 50 is far from the target.
    expect(v.target!).toBeGreaterThan(15);
    expect(v.target!).toBeLessThan(30);
    expect(v.readerWon).toBe(false);
  });

  it('“next round” re-anchors the crowd on the last target and the targets fall', () => {
    const v = compute(base, [33, 22, 15], 'result');
    expect(v.history).toHaveLength(3);
    expect(v.history[1]!.anchor).toBeCloseTo(v.history[0]!.target, 12);
    expect(v.history[2]!.target).toBeLessThan(v.history[0]!.target);
    const pending = compute(base, [33, 22, 15], 'guess');
    expect(pending.round).toBe(4);
    expect(pending.summary).toContain(`winning number, ${v.history[2]!.target.toFixed(1)}`);
  });

  it('compares with Nagel, Spektrum and the FT for p = 2/3 (V-H2) and the model (V-H3)', () => {
    const rows = comparisonRows(2 / 3, 1.5);
    const byLabel = (s: string) => rows.find((r) => r.label.includes(s))!;
    expect(byLabel('Nagel').mean).toBe(36.73);
    expect(byLabel('Nagel').target).toBeCloseTo(24.49, 2);
    expect(byLabel('Spektrum').target).toBeCloseTo(14.72, 2);
    expect(byLabel('Spektrum').winner).toBe(14.7);
    expect(byLabel('Financial Times').target).toBeCloseTo(12.61, 2);
    expect(byLabel('Cognitive hierarchy').mean).toBeCloseTo(33.5, 2);
    expect(byLabel('Cognitive hierarchy').target).toBe(cognitiveHierarchyTarget(1.5, 2 / 3));
    expect(rows.some((r) => r.label.includes('1/2'))).toBe(false);
    const half = comparisonRows(1 / 2, 1.5);
    expect(half.map((r) => r.label)).toEqual(['Nagel (1995) lab, p = 1/2, round 1', 'Cognitive hierarchy model, τ = 1.5']);
    expect(half[1]!.mean).toBeCloseTo(26.67, 2);
  });

  it('bins guesses in twos, with 100 in the last bin', () => {
    expect(compute(base, [50], 'result').bins).toHaveLength(50);
    const bins = guessHistogram([0, 1.99, 2, 99, 100], BIN_WIDTH);
    expect(bins).toHaveLength(50);
    expect(bins[0]!.count).toBe(2);
    expect(bins[1]!.count).toBe(1);
    expect(bins[49]!.count).toBe(2);
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
  });

  it('gives finite output at the extremes of every numeric parameter', () => {
    for (const [name, spec] of Object.entries(schema)) {
      if (spec.kind !== 'number') continue;
      for (const value of [(spec as NumberParam).min, (spec as NumberParam).max]) {
        for (const size of ['25', '1000']) {
          const values = { ...base, [name]: value, size };
          const v = compute(values, [0, 100, value === 100 ? 100 : 0], 'result');
          expect(v.error).toBeNull();
          expect(text(v, values)).not.toMatch(/NaN|Infinity|undefined|null,"readerWon"/);
        }
      }
    }
  });

  it('shows a plain message instead of throwing on an impossible setting', () => {
    const v = compute({ ...base, tau: -3 }, [50], 'result');
    expect(v.error).toMatch(/tau must be/);
    expect(text(v)).not.toMatch(/NaN|Infinity/);
    expect(widget.readouts(v, { ...base, tau: -3 })).toEqual([]);
  });
});

describe('beauty-play readouts', () => {
  it('shows the round’s numbers in order, then the model row the lesson notes quote (V-H3: 33.5 and 22.33)', () => {
    const r = widget.readouts(widget.compute(base), base);
    expect(r.map((x) => [x.id, x.text])).toEqual([
      ['mean', 'hidden'],
      ['target', 'hidden'],
      ['result', 'waiting for your guess'],
      ['model-mean', '33.5'],
      ['model-target', '22.33'],
    ]);
    expect(byId(r)['model-target']!.provenance.formula!.fn).toBe('cognitiveHierarchyTarget');
  });

  it('reveals the round once played, in the tone of a win when the reader won', () => {
    const v = compute(base, [50], 'result');
    const r = shown(v);
    expect(r['mean']!.text).toBe(v.shown!.mean.toFixed(1).replace(/\.0$/, ''));
    expect(r['result']!.text).toMatch(/^\d+(st|nd|rd|th) closest of 101$/);
    expect(r['result']!.tone).toBeUndefined();
    // The reader's own guess moves the average, so search the slider's half-points for a winner.
    const won = Array.from({ length: 201 }, (_, i) => compute(base, [i / 2], 'result')).find((x) => x.readerWon)!;
    expect(won.readerWon).toBe(true);
    expect(shown(won)['result']!.tone).toBe('good');
  });
});
