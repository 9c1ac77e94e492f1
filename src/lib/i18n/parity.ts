/**
 * Every dictionary folder `…/i18n/` has a zh.ts beside its en.ts, with the same keys all the way
 * down (a function in one is a function in the other, an array as long). The Chinese build stops
 * on a difference (src/lib/i18n/dictionaries.ts), so no English word stands in for a missing one;
 * test/lib/i18n.test.ts runs the same check.
 */
/**
 * Maps keyed by data, where English uses the data's own words (empty here) or where each language
 * sets its own number format: their keys may differ (their types still hold them to one shape).
 */
export const OPEN_MAPS: Record<string, readonly string[]> = {
  'src/lib/widget/beauty/i18n/zh.ts': ['beauty.experiments'],
  'src/widgets/deals-board/i18n/zh.ts': ['text.deals'],
  'src/widgets/miners-dilemma/i18n/zh.ts': ['text.schema.host.format'],
  'src/widgets/switching-bill/i18n/zh.ts': ['text.formats'],
};

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Where the Chinese dictionary's shape differs from the English one, as "file: key.path …". */
function differences(zhFile: string, en: unknown, zh: unknown, path: string): string[] {
  const where = `${zhFile}: ${path}`;
  if (kind(en) !== kind(zh)) return [`${where} is ${kind(zh)} in zh.ts but ${kind(en)} in en.ts`];
  if (kind(en) === 'array') {
    const a = en as unknown[];
    const b = zh as unknown[];
    if (a.length !== b.length) return [`${where} has ${b.length} items in zh.ts but ${a.length} in en.ts`];
    return a.flatMap((v, i) => differences(zhFile, v, b[i], `${path}[${i}]`));
  }
  if (kind(en) !== 'object' || OPEN_MAPS[zhFile]?.includes(path)) return [];
  const a = en as Record<string, unknown>;
  const b = zh as Record<string, unknown>;
  const join = (k: string) => (path ? `${path}.${k}` : k);
  return [
    ...Object.keys(a).filter((k) => !(k in b)).map((k) => `${zhFile}: ${join(k)} is missing (en.ts has it)`),
    ...Object.keys(b).filter((k) => !(k in a)).map((k) => `${zhFile}: ${join(k)} is not in en.ts`),
    ...Object.keys(a).filter((k) => k in b).flatMap((k) => differences(zhFile, a[k], b[k], join(k))),
  ];
}

/**
 * Every difference between the English and Chinese dictionaries, as "file: key.path …". Both maps
 * are keyed by file path from the project root ("src/lib/widget/i18n/en.ts").
 */
export function dictionaryProblems(en: Record<string, unknown>, zh: Record<string, unknown>): string[] {
  const zhOf = (f: string) => f.replace(/en\.ts$/, 'zh.ts');
  return [
    ...Object.keys(en).filter((f) => !(zhOf(f) in zh)).map((f) => `${zhOf(f)} is missing (${f} has no Chinese)`),
    ...Object.keys(zh).filter((f) => !(f.replace(/zh\.ts$/, 'en.ts') in en)).map((f) => `${f} has no en.ts beside it`),
    ...Object.keys(en).filter((f) => zhOf(f) in zh).flatMap((f) => differences(zhOf(f), en[f], zh[zhOf(f)], '')),
  ];
}
