/** The words of the controls only some widgets use, in this build's language (see src/lib/i18n/index.ts). */
export * from './en';
