/**
 * This build's language. Import a dictionary through its folder (`./i18n`, `@lib/i18n`): the
 * English build and every tool (Vitest, svelte-check) resolve the folder to this index, which is
 * English; the Chinese build (SITE_LANG=zh) resolves it to the folder's zh.ts instead
 * (astro.config.mjs, `i18nFolders`). So each page ships one language's strings, never both.
 */
export * from './en';
