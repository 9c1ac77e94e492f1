/**
 * Stops the build when a Chinese dictionary lacks a key its English one has (or has one it does
 * not), naming file and key: a missing word is a build error, never an English word on a Chinese
 * page. Base.astro calls it, so every page of either edition is built only after it passes.
 */
import { dictionaryProblems } from './parity';

const en = import.meta.glob<Record<string, unknown>>('/src/**/i18n/en.ts', { eager: true });
const zh = import.meta.glob<Record<string, unknown>>('/src/**/i18n/zh.ts', { eager: true });
const root = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k.slice(1), v]));
const problems = dictionaryProblems(root(en), root(zh));

export function assertDictionariesOk(): void {
  if (problems.length) throw new Error(`The Chinese dictionaries differ from the English ones:\n${problems.map((p) => `• ${p}`).join('\n')}\nFix: give zh.ts the same keys as en.ts (EDITING.md, "Add a UI string").`);
}
