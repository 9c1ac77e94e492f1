import { describe, expect, it } from 'vitest';
import { englishNumbersIn, numbersIn, sameNumbers } from '../support/numbers';
import { formatsFor } from '@lib/widget/format';

const en = formatsFor('en');
const zh = formatsFor('zh');

describe('numbers read from either edition (test/support/numbers.ts)', () => {
  it('reads amounts with their scale words', () => {
    expect(numbersIn('$4.35M')).toEqual([4.35e6]);
    expect(numbersIn('435万美元')).toEqual([4.35e6]);
    expect(numbersIn('$9.7 billion and 97亿美元')).toEqual([9.7e9, 9.7e9]);
    expect(englishNumbersIn('April 20, 2024: 3.125 BTC')).toEqual([2024, 3.125]);
    expect(numbersIn('2024年4月20日：3.125 BTC')).toEqual([2024, 3.125]);
  });
  it('finds the same numbers in both editions of the formatter', () => {
    for (const n of [4.35e6, 9.7e9, 31.6e6, 41172, 0.056, 1.2e6, 800000, -1.2e6]) {
      for (const f of ['money', 'usdWords', 'usdMillions'] as const) {
        expect(sameNumbers(numbersIn(zh[f](n)), englishNumbersIn(en[f](n))), `${f}(${n}): ${zh[f](n)} vs ${en[f](n)}`).toBe(true);
      }
    }
  });
});
