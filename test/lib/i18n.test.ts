/**
 * The Chinese edition's words are complete. Every core formula (an exported object of src/core
 * with string fields fn, words and symbols) and every shared assumption has its Chinese in
 * src/core/i18n/zh.json and src/lib/widget/i18n/zhAssumptions.ts, and nothing there names a formula
 * or assumption that is gone.
 * And every dictionary folder `…/i18n/` has a zh.ts beside its en.ts with the same keys, all the
 * way down (a function in one is a function in the other).
 */
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '@core/assumptions';
import { assumptions } from '@lib/widget/i18n/zhAssumptions';
import formulas from '../../src/core/i18n/zh.json' with { type: 'json' };

const coreModules = import.meta.glob<Record<string, unknown>>('../../src/core/*.ts', { eager: true });
const enDicts = import.meta.glob<Record<string, unknown>>('../../src/**/i18n/en.ts', { eager: true });
const zhDicts = import.meta.glob<Record<string, unknown>>('../../src/**/i18n/zh.ts', { eager: true });

interface FormulaLike {
  fn: string;
  words: string;
  symbols: string;
}
const isFormula = (v: unknown): v is FormulaLike =>
  typeof v === 'object' && v !== null && ['fn', 'words', 'symbols'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string');

/** Every core formula, with where it is exported ("file: export"). */
const coreFormulas: (FormulaLike & { where: string })[] = [];
for (const [file, mod] of Object.entries(coreModules))
  for (const [name, value] of Object.entries(mod)) if (isFormula(value)) coreFormulas.push({ ...value, where: `${file.replace('../../', '')}: ${name}` });
/** A formula's key in src/core/i18n/zh.json: its fn, or "fn|symbols" where several formulas share the fn with different words (scripts/i18n-folders.mjs, coreWords). */
const keyOf = (f: FormulaLike) => (new Set(coreFormulas.filter((g) => g.fn === f.fn).map((g) => g.words)).size > 1 ? `${f.fn}|${f.symbols}` : f.fn);
const coreKeys = new Set(coreFormulas.map(keyOf));

const CJK = /\p{Script=Han}/u;
const file = (path: string) => path.replace('../../', '');

describe('the Chinese words of the core (src/core/i18n/zh.json, src/lib/widget/i18n/zhAssumptions.ts)', () => {
  it('finds the core formulas', () => expect(coreKeys.size).toBeGreaterThan(20));

  it('has Chinese words for every core formula, by its fn (or fn|symbols where a fn has several)', () => {
    const missing = coreFormulas.filter((f) => !CJK.test((formulas as Record<string, string>)[keyOf(f)]?.trim() ?? '')).map((f) => `formulas['${keyOf(f)}'] (${f.where})`);
    expect(missing, 'add these to src/core/i18n/zh.json').toEqual([]);
  });

  it('has no words for a formula the core no longer has', () => {
    const stale = Object.keys(formulas).filter((key) => !coreKeys.has(key)).map((key) => `formulas['${key}']`);
    expect(stale, 'no formula in src/core/*.ts has this fn: remove or rename the entry in src/core/i18n/zh.json').toEqual([]);
  });

  it('has a Chinese label, unit and basis for every shared assumption, by its English label', () => {
    const missing = Object.entries(ASSUMPTIONS).flatMap(([key, a]) => {
      const zh = assumptions[a.label];
      if (!zh) return [`assumptions["${a.label}"] (ASSUMPTIONS.${key})`];
      return (['label', 'unit', 'basis'] as const).filter((f) => !CJK.test(zh[f]?.trim() ?? '')).map((f) => `assumptions["${a.label}"].${f} (ASSUMPTIONS.${key})`);
    });
    expect(missing, 'add these to src/lib/widget/i18n/zhAssumptions.ts').toEqual([]);
  });

  it('has no words for an assumption the core no longer has', () => {
    const labels = new Set(Object.values(ASSUMPTIONS).map((a) => a.label));
    const stale = Object.keys(assumptions).filter((l) => !labels.has(l)).map((l) => `assumptions["${l}"]`);
    expect(stale, 'no entry of ASSUMPTIONS in src/core/assumptions.ts has this label: remove or rename the entry').toEqual([]);
  });
});

/** Maps whose keys English leaves empty (the core's own words are English): only their type is compared. */
/**
 * Maps keyed by data, where English uses the data's own words (empty here) or where each language
 * sets its own number format: their keys may differ (their types still hold them to one shape).
 */
const OPEN_MAPS: Record<string, readonly string[]> = {
  'src/lib/widget/i18n/zh.ts': ['ui.assumptions'],
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

describe('the dictionaries (src/**/i18n/)', () => {
  const folders = Object.keys(enDicts).map((en) => en.replace(/en\.ts$/, ''));

  it('finds the shared dictionaries', () => {
    for (const f of ['lib/i18n/', 'lib/client/i18n/', 'lib/widget/i18n/']) expect(folders).toContain(`../../src/${f}`);
  });

  it('has a zh.ts beside every en.ts', () => {
    const missing = folders.filter((f) => !zhDicts[`${f}zh.ts`]).map((f) => `${file(f)}zh.ts is missing (${file(f)}en.ts has no Chinese)`);
    expect(missing).toEqual([]);
  });

  it('has no zh.ts without an en.ts', () => {
    const orphans = Object.keys(zhDicts).filter((z) => !enDicts[z.replace(/zh\.ts$/, 'en.ts')]).map((z) => `${file(z)} has no en.ts beside it`);
    expect(orphans).toEqual([]);
  });

  it.each(folders.filter((f) => zhDicts[`${f}zh.ts`]).map((f) => [file(f), f] as const))('%s: zh.ts has the same keys as en.ts', (_, folder) => {
    const zhFile = `${file(folder)}zh.ts`;
    expect(differences(zhFile, enDicts[`${folder}en.ts`], zhDicts[`${folder}zh.ts`], '')).toEqual([]);
  });
});
