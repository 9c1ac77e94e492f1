/** The words of "Energy per question" in this build's language (see src/lib/i18n/index.ts). */
export * from './en';
