import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dealEntry } from '@lib/content/dataSchemas';

const deals = JSON.parse(readFileSync('content/deals.json', 'utf8')) as { id: string; sourceIds?: string[] }[];
const sourceIds = new Set(
  ['content/sources.json', ...readdirSync('content/sources').filter((f) => f.endsWith('.json')).map((f) => `content/sources/${f}`)].flatMap((f) =>
    (JSON.parse(readFileSync(f, 'utf8')) as { id: string }[]).map((s) => s.id),
  ),
);

describe('content/deals.json', () => {
  it('holds deals', () => expect(deals.length).toBeGreaterThan(0));

  it.each(deals.map((d, i) => [d.id ?? `entry ${i + 1}`, d] as const))('%s is in the deal shape (src/lib/content/dataSchemas.ts)', (_, d) => {
    const parsed = dealEntry.safeParse(d);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('gives each deal its own id', () => {
    const ids = deals.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('cites only sources in content/sources.json or content/sources/*.json', () => {
    const missing = deals.flatMap((d) => (d.sourceIds ?? []).filter((s) => !sourceIds.has(s)).map((s) => `${d.id}: ${s}`));
    expect(missing).toEqual([]);
  });

  it('rejects a deal whose IT load does not fit its basis, naming the field', () => {
    const good = dealEntry.parse(deals[0]);
    const bad = dealEntry.safeParse({ ...good, mwBasis: 'unknown', mwIt: 100 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['mwIt']);
    expect(dealEntry.safeParse({ ...good, valu: 1 }).success).toBe(false);
  });
});
