import { describe, expect, it } from 'vitest';
import { formatFact } from '@lib/content/factFormat';
import { ordinal } from '@lib/widget/format';

describe('ordinal', () => {
  const cases: { args: number; expected: string }[] = [
    { args: 1, expected: '1st' },
    { args: 2, expected: '2nd' },
    { args: 33.35, expected: '33rd' },
    { args: 77.21, expected: '77th' },
    { args: 11, expected: '11th' },
    { args: 12.4, expected: '12th' },
    { args: 113, expected: '113th' },
    { args: 101.6, expected: '102nd' },
    { args: 0, expected: '0th' },
    { args: NaN, expected: '–' },
  ];
  for (const { args, expected } of cases) it(`reads ${args} as "${expected}"`, () => expect(ordinal(args)).toBe(expected));
});

describe('formatFact', () => {
  it('formats a number with its Intl options and suffix', () => {
    expect(formatFact({ label: 'x', value: 1904761.9, format: { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }, suffix: ' per MW of IT a year' })).toBe('$1.9M per MW of IT a year');
  });

  it('reads a number of kind "ordinal" as a whole-number ordinal, as the widgets write percentiles', () => {
    expect(formatFact({ label: 'x', value: 33.35, kind: 'ordinal', suffix: ' percentile' })).toBe('33rd percentile');
  });

  it('writes a date as a US date', () => {
    expect(formatFact({ label: 'x', value: '2026-06-24', kind: 'date' })).toBe('June 24, 2026');
  });

  it('shows an amount without its sign when the format says signDisplay "never"', () => {
    expect(formatFact({ label: 'x', value: -5446.26, format: { style: 'currency', currency: 'USD', maximumFractionDigits: 0, signDisplay: 'never' } })).toBe('$5,446');
  });
});
