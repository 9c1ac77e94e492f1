/**
 * The Chinese edition's words are complete. Every core formula (an exported object of src/core
 * with string fields fn, words and symbols) and every shared assumption has its Chinese in
 * src/core/i18n/zh.json (formulas by fn, assumptions by English label), and nothing there names a
 * formula or assumption that is gone.
 * And every dictionary folder `…/i18n/` has a zh.ts beside its en.ts with the same keys, all the
 * way down (a function in one is a function in the other).
 */
import { describe, expect, it } from 'vitest';
import { dictionaryProblems } from '@lib/i18n/parity';
import { ASSUMPTIONS } from '@core/assumptions';
import coreZh from '../../src/core/i18n/zh.json' with { type: 'json' };

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

const { formulas, assumptions } = coreZh as { formulas: Record<string, string>; assumptions: Record<string, { label: string; unit: string; basis: string }> };

describe('the Chinese words of the core (src/core/i18n/zh.json)', () => {
  it('finds the core formulas', () => expect(coreKeys.size).toBeGreaterThan(20));

  it('has Chinese words for every core formula, by its fn (or fn|symbols where a fn has several)', () => {
    const missing = coreFormulas.filter((f) => !CJK.test(formulas[keyOf(f)]?.trim() ?? '')).map((f) => `formulas['${keyOf(f)}'] (${f.where})`);
    expect(missing, 'add these to the formulas of src/core/i18n/zh.json').toEqual([]);
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
    expect(missing, 'add these to the assumptions of src/core/i18n/zh.json').toEqual([]);
  });

  it('has no words for an assumption the core no longer has', () => {
    const labels = new Set(Object.values(ASSUMPTIONS).map((a) => a.label));
    const stale = Object.keys(assumptions).filter((l) => !labels.has(l)).map((l) => `assumptions["${l}"]`);
    expect(stale, 'no entry of ASSUMPTIONS in src/core/assumptions.ts has this label: remove or rename the entry').toEqual([]);
  });
});

/** The dictionaries by path from the project root, as the build check names them. */
const named = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).map(([k, v]) => [file(k), v]));

describe('the dictionaries (src/**/i18n/)', () => {
  const folders = Object.keys(enDicts).map((en) => en.replace(/en\.ts$/, ''));

  it('finds the shared dictionaries', () => {
    for (const f of ['lib/i18n/', 'lib/client/i18n/', 'lib/widget/i18n/']) expect(folders).toContain(`../../src/${f}`);
  });

  it('has a zh.ts beside every en.ts', () => {
    expect(dictionaryProblems(named(enDicts), named(zhDicts)).filter((p) => p.includes('zh.ts is missing'))).toEqual([]);
  });

  it('has no zh.ts without an en.ts', () => {
    expect(dictionaryProblems(named(enDicts), named(zhDicts)).filter((p) => p.includes('no en.ts beside it'))).toEqual([]);
  });

  it.each(folders.filter((f) => zhDicts[`${f}zh.ts`]).map((f) => [file(f), f] as const))('%s: zh.ts has the same keys as en.ts', (_, folder) => {
    expect(dictionaryProblems({ [`${file(folder)}en.ts`]: enDicts[`${folder}en.ts`]! }, { [`${file(folder)}zh.ts`]: zhDicts[`${folder}zh.ts`]! })).toEqual([]);
  });
});

describe('dictionaryProblems, which also stops the build (src/lib/i18n/dictionaries.ts)', () => {
  it('names a missing key, an extra one, a missing zh.ts and a changed shape, by file and key', () => {
    const en = { 'src/a/i18n/en.ts': { text: { title: 'A', summary: (n: number) => `${n}`, list: ['x', 'y'] } }, 'src/b/i18n/en.ts': { text: {} } };
    const zh = { 'src/a/i18n/zh.ts': { text: { title: '甲', summary: '乙', list: ['x'], extra: '丙' } } };
    expect(dictionaryProblems(en, zh)).toEqual([
      'src/b/i18n/zh.ts is missing (src/b/i18n/en.ts has no Chinese)',
      'src/a/i18n/zh.ts: text.extra is not in en.ts',
      'src/a/i18n/zh.ts: text.summary is string in zh.ts but function in en.ts',
      'src/a/i18n/zh.ts: text.list has 1 items in zh.ts but 2 in en.ts',
    ]);
  });
});
