/**
 * Elements in a built page's <body>, the count Lighthouse's DOM size audit reports (it flags
 * pages above 1,400). Read from the HTML as shipped, so it is exact and the same on any machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

// DOMParser builds the tree without running scripts or fetching anything.
const parser = new new Window().DOMParser();

export function bodyElements(distDir, pagePath) {
  const html = readFileSync(join(distDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath), 'utf8');
  const body = parser.parseFromString(html, 'text/html').body;
  // DOMParser parses as if scripting were off, so <noscript> content becomes elements; a browser
  // running the page's scripts (as Lighthouse does) keeps it as text: one element, not its insides.
  return body.querySelectorAll('*').length - body.querySelectorAll('noscript *').length;
}
