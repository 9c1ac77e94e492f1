import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btcCloseEntry } from '@lib/content/dataSchemas';

const closes = JSON.parse(readFileSync('content/btc-closes.json', 'utf8')) as { month: string; source: string }[];
const sourceIds = new Set(
  ['content/sources.json', ...readdirSync('content/sources').filter((f) => f.endsWith('.json')).map((f) => `content/sources/${f}`)].flatMap((f) =>
    (JSON.parse(readFileSync(f, 'utf8')) as { id: string }[]).map((s) => s.id),
  ),
);

describe('content/btc-closes.json', () => {
  it.each(closes.map((c, i) => [c.month ?? `entry ${i + 1}`, c] as const))('%s is in the close shape (src/lib/content/dataSchemas.ts)', (_, c) => {
    const parsed = btcCloseEntry.safeParse(c);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('runs month by month from December 2024, with no gap or repeat', () => {
    expect(closes[0]!.month).toBe('2024-12');
    for (let i = 1; i < closes.length; i++) {
      const [y, m] = closes[i - 1]!.month.split('-').map(Number) as [number, number];
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      expect(closes[i]!.month, `after ${closes[i - 1]!.month}`).toBe(next);
    }
  });

  it('cites only sources in content/sources', () => {
    expect(closes.filter((c) => !sourceIds.has(c.source)).map((c) => `${c.month}: ${c.source}`)).toEqual([]);
  });
});
