/**
 * The Chinese build writes the core's formulas in Chinese (scripts/i18n-folders.mjs, coreWords):
 * every formula a readout can cite reads in Chinese, its symbols as written.
 */
import { describe, expect, it } from 'vitest';

const core = import.meta.glob<Record<string, unknown>>('../../src/core/*.ts', { eager: true });
const formulas = Object.entries(core).flatMap(([file, m]) => Object.entries(m).flatMap(([name, v]) =>
  v && typeof v === 'object' && typeof (v as { words?: unknown }).words === 'string' && typeof (v as { fn?: unknown }).fn === 'string' ? [{ where: `${file}: ${name}`, words: (v as { words: string }).words }] : []));

describe('the core in the Chinese build', () => {
  it('finds the formulas', () => expect(formulas.length).toBeGreaterThan(40));
  it('words every formula in Chinese', () => {
    expect(formulas.filter((f) => !/\p{Script=Han}/u.test(f.words) || /[A-Za-z]{4,} [a-z]{3,}/.test(f.words)).map((f) => `${f.where}: ${f.words}`)).toEqual([]);
  });
});
