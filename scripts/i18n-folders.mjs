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
 * The core words its formulas (src/core/*.ts: `words`, `symbols`, `fn`) and its shared assumptions
 * (src/core/assumptions.ts: `label`, `unit`, `basis`) in English. In another edition the build writes
 * that edition's words in their place, from src/core/i18n/<lang>.json: `formulas` keyed by fn (or
 * "fn|symbols" where one function has several formulas), `assumptions` by English label. So a page
 * ships the core's words in its language only, and nothing looks them up at run time.
 * Words without an entry stay English; test/lib/i18n.test.ts catches that.
 */
export function coreWords(lang) {
  if (lang === 'en') return { name: 'core-words' };
  const { formulas, assumptions } = JSON.parse(readFileSync(new URL(`../src/core/i18n/${lang}.json`, import.meta.url), 'utf8'));
  const literal = String.raw`('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")`;
  const read = (source) => Function(`return ${source}`)();
  const formula = new RegExp(String.raw`words:\s*${literal},(\s*)symbols:\s*${literal},(\s*)fn:\s*'([^']+)'`, 'g');
  // An assumption is one `export const NAME: Assumption = { … };` block; its fields each hold one literal.
  const assumption = /: Assumption = \{[\s\S]*?\n\};/g;
  const field = (name) => new RegExp(String.raw`(\b${name}:\s*)${literal}`);
  return {
    name: 'core-words',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/core\/[^/]+\.ts$/.test(id)) return null;
      let out = code.replace(formula, (all, _words, gap1, symbols, gap2, fn) => {
        const words = formulas[`${fn}|${read(symbols)}`] ?? formulas[fn];
        return words === undefined ? all : `words: ${JSON.stringify(words)},${gap1}symbols: ${symbols},${gap2}fn: '${fn}'`;
      });
      if (id.endsWith('/src/core/assumptions.ts')) {
        out = out.replace(assumption, (block) => {
          const label = field('label').exec(block);
          const words = label && assumptions[read(label[2])];
          if (!words) return block;
          return ['label', 'unit', 'basis'].reduce((b, name) => b.replace(field(name), (_, key) => key + JSON.stringify(words[name])), block);
        });
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
