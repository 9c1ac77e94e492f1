/**
 * Every dictionary is a folder `…/i18n/` with index.ts (English: what tools and the English build
 * resolve) and zh.ts, with the same keys. In the Chinese build (and the Chinese Vitest project) an
 * import of the folder (`./i18n`, `@lib/i18n`) resolves to its zh.ts instead, so a page ships one
 * language's strings, never both. Used by astro.config.mjs and vitest.config.ts.
 */
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
