/**
 * The minus sign of every formatter: U+2212, which screen readers say as "minus", held to its
 * number by a word joiner, since Chromium otherwise breaks a line after it ("−" over "$39.4M");
 * and none on a value shown as zero.
 */
import { describe, expect, it } from 'vitest';
import { formatsFor, MINUS } from '@lib/widget/format';

describe('negative numbers', () => {
  it.each(['en', 'zh'] as const)('keep their minus sign with the number (%s)', (lang) => {
    const f = formatsFor(lang);
    const shown = [f.usd(-12), f.usdUpTo(-0.125), f.num(-3), f.pct(-0.912), f.usdCompact(-12_500), f.money(-1.2e6), f.money(-4.6e9), f.usdMillions(-4e5), f.usdWords(-9.4e7)];
    for (const s of shown) expect(s, s).toMatch(new RegExp(`^${MINUS}\\S`));
    expect(MINUS).toBe('\u2212\u2060');
  });

  it.each(['en', 'zh'] as const)('leave it off a value that rounds to zero (%s)', (lang) => {
    const f = formatsFor(lang);
    const shown = [f.usd(-0.3), f.usdUpTo(-0.0001), f.num(-0.2), f.pct(-0.0004), f.money(-0.3), f.usdCompact(-0.01)];
    for (const s of shown) expect(s, s).not.toContain('−');
    expect(f.pct(-0.0004)).toBe('0%');
  });
});
