import { describe, expect, it } from 'vitest';
import { describeRange, finite, finiteArray, inRange, integer, nonNegative, percent, positive } from '@core/validate';

describe('validate', () => {
  it.each([
    { call: () => nonNegative('powerPriceUsdPerKwh', -1), message: 'powerPriceUsdPerKwh must be a finite number ≥ 0, got -1' },
    { call: () => positive('networkHashrateEhs', 0), message: 'networkHashrateEhs must be a finite number > 0, got 0' },
    { call: () => finite('x', Number.NaN), message: 'x must be a finite number, got NaN' },
    { call: () => finite('x', -Infinity), message: 'x must be a finite number, got -Infinity' },
    { call: () => percent('utilizationPct', 100.5), message: 'utilizationPct must be a finite number in [0, 100], got 100.5' },
    { call: () => integer('lifeYears', 2.5, 1, 30), message: 'lifeYears must be an integer in [1, 30], got 2.5' },
    { call: () => integer('count', 2 ** 60), message: 'count must be an integer ≥ 0, got 1152921504606847000' },
    { call: () => inRange('p', 0, { min: 0, max: 1, minExclusive: true }), message: 'p must be a finite number in (0, 1], got 0' },
    { call: () => inRange('fee', 100, { min: 0, max: 100, maxExclusive: true }), message: 'fee must be a finite number in [0, 100), got 100' },
    { call: () => nonNegative('x', '3' as unknown as number), message: 'x must be a finite number ≥ 0, got "3"' },
    { call: () => nonNegative('x', undefined), message: 'x must be a finite number ≥ 0, got undefined' },
    { call: () => finiteArray('cashflows', []), message: 'cashflows must be a non-empty array of finite numbers, got an array of length 0' },
    { call: () => finiteArray('cashflows', [1, Number.NaN]), message: 'cashflows[1] must be a finite number, got NaN' },
  ])('throws RangeError naming the parameter, range and value: $message', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('returns the checked value unchanged', () => {
    expect(nonNegative('x', 0)).toBe(0);
    expect(percent('x', 100)).toBe(100);
    expect(integer('x', 7, 1, 9)).toBe(7);
    const list = [1, 2];
    expect(finiteArray('x', list)).toBe(list);
  });

  it('shows −0 as 0', () => {
    expect(() => positive('x', -0)).toThrow('x must be a finite number > 0, got 0');
  });

  it('describes open and closed ranges', () => {
    expect(describeRange({ min: 0 })).toBe('a finite number ≥ 0');
    expect(describeRange({ max: 5, maxExclusive: true })).toBe('a finite number < 5');
    expect(describeRange({ min: 1, max: 30, integer: true })).toBe('an integer in [1, 30]');
  });
});
