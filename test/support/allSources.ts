/** Every source entry in content/ (sources.json and sources/*.json), by id, as the widget islands get them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { SourceRef } from '@lib/widget/provenance';

export const allSources: Record<string, SourceRef> = Object.fromEntries(
  ['content/sources.json', ...(existsSync('content/sources') ? readdirSync('content/sources').map((f) => `content/sources/${f}`) : [])]
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as SourceRef[])
    .map((s) => [s.id, s]),
);
