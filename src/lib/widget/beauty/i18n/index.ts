/** The comparison table's words in this build's language (see src/lib/i18n/index.ts). */
export * from './en';
