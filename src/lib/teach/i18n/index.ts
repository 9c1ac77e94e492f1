/** The lesson notes' words in the build's language (see src/lib/i18n/index.ts). */
export * from './en';
