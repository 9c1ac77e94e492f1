/** The built site's pages, for the browser tests (test/support/builtSite.ts). */
export { builtPages, chapterPages, checkedPages, distDir, fileOf, htmlOf, isChapter, isEmbed, templateOf, widgetsInChapters } from '../support/builtSite';
