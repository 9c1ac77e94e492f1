/** The site's own words (pages, layouts, story components) in this build's language (see src/lib/i18n/index.ts). */
export * from './en';
