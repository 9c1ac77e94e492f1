/**
 * The Chinese build writes the core's formulas and shared assumptions in Chinese
 * (scripts/i18n-folders.mjs, coreWords): every formula a readout can cite reads in Chinese, its
 * symbols as written, and so does every assumption's label, unit and basis.
 */
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '@core/assumptions';

const core = import.meta.glob<Record<string, unknown>>('../../src/core/*.ts', { eager: true });
const formulas = Object.entries(core).flatMap(([file, m]) => Object.entries(m).flatMap(([name, v]) =>
  v && typeof v === 'object' && typeof (v as { words?: unknown }).words === 'string' && typeof (v as { fn?: unknown }).fn === 'string' ? [{ where: `${file}: ${name}`, words: (v as { words: string }).words }] : []));

/** Chinese, and no English phrase left in it (names and units such as "DGX H100" may stay). */
const chinese = (text: string) => /\p{Script=Han}/u.test(text) && !/[A-Za-z]{4,} [a-z]{3,}/.test(text);

describe('the core in the Chinese build', () => {
  it('finds the formulas', () => expect(formulas.length).toBeGreaterThan(40));
  it('words every formula in Chinese', () => {
    expect(formulas.filter((f) => !chinese(f.words)).map((f) => `${f.where}: ${f.words}`)).toEqual([]);
  });
  it('words every shared assumption in Chinese', () => {
    const fields = Object.entries(ASSUMPTIONS).flatMap(([name, a]) => (['label', 'unit', 'basis'] as const).map((f) => [`${name}.${f}`, a[f]] as const));
    expect(fields.length).toBeGreaterThanOrEqual(12);
    expect(fields.filter(([, text]) => !chinese(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });
});
