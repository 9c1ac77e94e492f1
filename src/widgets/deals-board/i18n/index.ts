/** The deals board's words in this build's language (see src/lib/i18n/index.ts). */
export * from './en';
