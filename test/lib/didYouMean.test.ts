import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '@lib/content/didYouMean';

describe('editDistance', () => {
  const cases = [
    { args: ['', ''], expected: 0 },
    { args: ['', 'abc'], expected: 3 },
    { args: ['title', 'title'], expected: 0 },
    { args: ['Title', 'title'], expected: 0 },
    { args: ['titel', 'title'], expected: 1 },
    { args: ['powr', 'power'], expected: 1 },
    { args: ['kitten', 'sitting'], expected: 3 },
  ];
  for (const { args, expected } of cases) it(`between "${args[0]}" and "${args[1]}" is ${expected}`, () => expect(editDistance(args[0]!, args[1]!)).toBe(expected));
});

describe('closest', () => {
  it('picks the nearest candidate within a slip', () => expect(closest('hashprice-2024-04-1', ['hashprice-2024-04-01', 'hashrate'])).toBe('hashprice-2024-04-01'));
  it('suggests nothing for a different word', () => expect(closest('colour', ['title', 'summary', 'order'])).toBeUndefined());
  it('suggests a candidate that contains the name', () => expect(closest('s19j', ['s21', 's19j-pro'])).toBe('s19j-pro'));
  it('suggests nothing from no candidates', () => expect(closest('x', [])).toBeUndefined());
  it('reads as a question, or as nothing', () => {
    expect(didYouMean('Fakt', ['Fact'], (s) => `<${s}>`)).toBe(' Did you mean <Fact>?');
    expect(didYouMean('zzz', ['Fact'])).toBe('');
  });
});
