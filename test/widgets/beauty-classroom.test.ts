import { describe, expect, it } from 'vitest';
import { byId } from '@lib/widget/define';
import { widget } from '@widgets/beauty-classroom/widget';
import { compute } from '@widgets/beauty-classroom/model';

const classroomView = (text: string, p: string) => compute({ p }, text);
const shown = (text: string, p: string) => byId(widget.readouts(classroomView(text, p), { p }));

describe('beauty-classroom model', () => {
  it('finds the target and the winner of a small class, numbering entries in typed order', () => {
    // Mean of 10, 20, 30, 40 = 25; 2/3 of it = 16.67; the closest guess is 20 (entry 2).
    const v = classroomView('10, 20; 30\n40', '2/3');
    expect(v.count).toBe(4);
    expect(v.mean).toBe(25);
    expect(v.target).toBeCloseTo(16.667, 3);
    expect(v.winners).toEqual([{ entry: 2, guess: 20 }]);
    expect(shown('10, 20; 30\n40', '2/3')['winners']!.text).toBe('entry 2 (20)');
    expect(v.summary).toMatch(/^4 guesses average 25, so the winning number is 16\.67\. Closest: entry 2 \(20\)\./);
  });

  it('lists bad entries as skipped, never silently, and still scores the rest', () => {
    const v = classroomView('33 abc 120 -5 22,5 1e3 ', '2/3');
    expect(v.count).toBe(3); // 33, 22 and 5 (the comma is a separator)
    expect(v.skipped.map((s) => s.token)).toEqual(['abc', '120', '-5', '1e3']);
    expect(v.skippedText).toBe('Skipped 4 entries: “abc” (not a number), “120” (outside 0 to 100), “-5” (outside 0 to 100), “1e3” (not a number).');
    expect(v.summary).toContain('Skipped 4 entries');
  });

  it('reports ties for closest', () => {
    const v = classroomView('10 30 10 30', '1/2');
    // Mean 20, target 10: both 10s win.
    expect(v.winners.map((w) => w.entry)).toEqual([1, 3]);
    expect(v.summary).toContain('Tied for closest: entry 1 (10), entry 3 (10).');
  });

  it('compares with Nagel 36.73, Spektrum 22.08, FT 18.91 and the CH model for p = 2/3', () => {
    const v = classroomView('50', '2/3');
    const means = Object.fromEntries(v.comparison.map((r) => [r.label, r.mean]));
    expect(means['Nagel (1995) lab, p = 2/3, round 1']).toBe(36.73);
    expect(means['Spektrum der Wissenschaft readers, 1997, p = 2/3']).toBe(22.08);
    expect(means['Financial Times readers (Thaler), 1997, p = 2/3']).toBe(18.91);
    expect(means['Cognitive hierarchy model, τ = 1.5']).toBeCloseTo(33.5, 2); // V-H3
    expect(means['Cognitive hierarchy model, τ = 1.61']).toBeCloseTo(32.64, 2); // V-H3
    expect(means['Your class']).toBe(50);
  });

  it('uses p = 1/2 when asked: Nagel 27.05 and the model at 26.67', () => {
    const v = classroomView('40 20', '1/2');
    expect(v.target).toBe(15);
    const labels = v.comparison.map((r) => r.label);
    expect(labels[0]).toBe('Nagel (1995) lab, p = 1/2, round 1');
    expect(v.comparison[1]!.mean).toBeCloseTo(26.67, 2);
    expect(v.levels.map((l) => l.x)).toEqual([25, 12.5]);
  });

  it('with nothing typed shows an invitation and no numbers that are not there', () => {
    const v = classroomView('', '2/3');
    expect(v).toEqual(widget.compute({ p: '2/3' }));
    expect(v.count).toBe(0);
    expect(v.target).toBeNull();
    expect(shown('', '2/3')['target']!.text).toBe('–');
    expect(v.summary).toMatch(/^Type or paste/);
    expect(JSON.stringify([v, widget.readouts(v, { p: '2/3' })])).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('handles a large class with finite numbers', () => {
    const many = Array.from({ length: 3000 }, (_, i) => (i * 37) % 101).join(' ');
    const v = classroomView(many, '2/3');
    expect(v.count).toBe(3000);
    expect(Number.isFinite(v.target)).toBe(true);
    expect(v.bins.reduce((s, b) => s + b.count, 0)).toBe(3000);
  });
});

describe('beauty-classroom reference lines', () => {
  it('names the one- and two-step guesses under the chart (V-H1: 33.3 and 22.2 for p = 2/3)', () => {
    expect(shown('', '2/3')['levels']!.text).toBe('Dotted lines: the one-step guess (33.3) and the two-step guess (22.2).');
  });
});

describe('beauty-classroom readouts', () => {
  it('gives the class’s numbers, the key and the model rows the lesson notes quote, in reading order (V-H3)', () => {
    const r = widget.readouts(widget.compute({ p: '2/3' }), { p: '2/3' });
    expect(r.map((x) => [x.id, x.text])).toEqual([
      ['mean', '–'],
      ['target', '–'],
      ['winners', '–'],
      ['levels', 'Dotted lines: the one-step guess (33.3) and the two-step guess (22.2).'],
      ['model-1-5-mean', '33.5'],
      ['model-1-5-target', '22.33'],
      ['model-1-61-mean', '32.64'],
      ['model-1-61-target', '21.76'],
    ]);
    expect(byId(r)['model-1-61-target']!.provenance.formula!.fn).toBe('cognitiveHierarchyTarget');
  });

  it('fills in the class once guesses are typed', () => {
    const r = shown('10 20 30 40', '2/3');
    expect([r['mean']!.text, r['target']!.text, r['winners']!.text]).toEqual(['25', '16.67', 'entry 2 (20)']);
    expect(r['target']!.provenance.inputs[0]).toMatchObject({ label: 'The class’s guesses', value: '4' });
  });
});
