/**
 * The Chinese edition's numbers, as a Chinese writer sets them: the build's own formatter (this
 * project resolves every i18n folder to zh.ts) and formatsFor('zh') agree.
 */
import { describe, expect, it } from 'vitest';
import * as built from '@lib/widget/format';
import { LANG } from '@lib/i18n';

describe('the Chinese build', () => {
  it('is Chinese', () => expect(LANG).toBe('zh'));
  it('formats money with 万 and 亿 after the number', () => {
    expect(built.usdWords(9.7e9)).toBe('97亿美元');
    expect(built.money(4.63e9)).toBe('46.3亿美元');
    expect(built.money(31.6e6)).toBe('3,160万美元');
    expect(built.usdMillions(4.35e6)).toBe('435万美元');
    expect(built.usd(41172)).toBe('41,172美元');
    expect(built.usd(4.7, 2)).toBe('4.70美元');
    expect(built.usd(-12)).toBe('−\u206012美元');
    expect(built.formatOptions(30, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 })).toBe('30元');
  });
  it('counts an axis label in 万 from 10,000, as short as the English ($50K), so it fits the axis', () => {
    expect(built.usdCompact(-50_000)).toBe('−\u20605万美元');
    expect(built.usdCompact(12_500)).toBe('1.25万美元');
    expect(built.usdCompact(9_000)).toBe('9,000美元');
    expect(built.usd(50_000)).toBe('50,000美元');
  });
  it('writes dates, ordinals and counts the Chinese way', () => {
    expect(built.fullDate('2024-04-20')).toBe('2024年4月20日');
    expect(built.monthYear('2024-04-20')).toBe('2024年4月');
    expect(built.monthYear('2024-04-20', true)).toBe('2024年4月');
    expect(built.ordinal(33.4)).toBe('第33');
    expect(built.numWords(2e14)).toBe('200万亿');
    expect(built.pct(0.125)).toBe('12.5%');
    expect(built.usd(Number.NaN)).toBe('–');
  });
});
