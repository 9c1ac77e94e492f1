/**
 * Every dictionary is a folder `…/i18n/` with index.ts (English: what tools and the English build
 * resolve) and zh.ts, with the same keys. In the Chinese build (and the Chinese Vitest project) an
 * import of the folder (`./i18n`, `@lib/i18n`) resolves to its zh.ts instead, so a page ships one
 * language's strings, never both. Used by astro.config.mjs and vitest.config.ts.
 */
import { readFileSync } from 'node:fs';

export function i18nFolders(lang) {
  return {
    name: 'i18n-folders',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (lang === 'en' || !/(^|\/)i18n$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !/\/i18n\/index\.ts$/.test(resolved.id)) return null;
      return resolved.id.replace(/index\.ts$/, `${lang}.ts`);
    },
  };
}

/** The edition a build or test run makes: SITE_LANG=zh for Chinese, else English. */
export const siteLang = () => (process.env.SITE_LANG === 'zh' ? 'zh' : 'en');

/**
 * The core's formulas carry their words in English (src/core/*.ts: `words`, `symbols`, `fn`). In
 * another edition the build writes that edition's words in their place, from
 * src/core/i18n/<lang>.json (keyed by fn, or "fn|symbols" where one function has several
 * formulas), so a page ships the words of the formulas its widgets use, in its language only.
 * A formula without an entry keeps its English; the Chinese tests catch that.
 */
export function coreWords(lang) {
  if (lang === 'en') return { name: 'core-words' };
  const table = JSON.parse(readFileSync(new URL(`../src/core/i18n/${lang}.json`, import.meta.url), 'utf8'));
  const literal = String.raw`('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")`;
  const formula = new RegExp(String.raw`words:\s*${literal},(\s*)symbols:\s*${literal},(\s*)fn:\s*'([^']+)'`, 'g');
  return {
    name: 'core-words',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/core\/[^/]+\.ts$/.test(id)) return null;
      const out = code.replace(formula, (all, _words, gap1, symbols, gap2, fn) => {
        const words = table[`${fn}|${Function(`return ${symbols}`)()}`] ?? table[fn];
        return words === undefined ? all : `words: ${JSON.stringify(words)},${gap1}symbols: ${symbols},${gap2}fn: '${fn}'`;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
