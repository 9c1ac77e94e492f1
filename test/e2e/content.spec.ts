import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages } from './site';

const fileOf = (path: string) => (path.endsWith('/') ? `dist${path}index.html` : `dist${path}`);

// Configured in .htmlvalidate.json: roles kept on purpose (slider: our ARIA slider; list and
// listitem: lists inside inline popovers, where <ul> may not go; region: the labelled, focusable
// scroll box of a wide table). Astro itself writes one thing no rule can exempt: its island
// style element, placed before the first island wherever that is.
const astroOwn = (m: { ruleId: string; message: string; selector: string | null }) =>
  m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element') && /style$/.test(m.selector ?? '');

test('html-validate finds no errors on any built page', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const path of builtPages()) {
    const report = await validator.validateFile(fileOf(path));
    for (const r of report.results) for (const m of r.messages) if (m.severity === 2 && !astroOwn(m)) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('every internal link and #anchor resolves', async () => {
  const pages = new Set(builtPages());
  const ids = new Map<string, Set<string>>();
  const html = (p: string) => readFileSync(fileOf(p), 'utf8');
  for (const p of pages) ids.set(p, new Set([...html(p).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  const broken: string[] = [];
  for (const p of pages) {
    for (const [, href] of html(p).matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
      if (/^(https?:|mailto:|data:)/.test(href!)) continue;
      // Astro writes & in attributes as &amp; or &#38;.
      const url = new URL(href!.replace(/&amp;|&#38;/g, '&'), `http://x${p}`);
      const target = url.pathname;
      const exists = pages.has(target) || existsSync(`dist${target}`);
      if (!exists) broken.push(`${p} → ${href}`);
      else if (url.hash && pages.has(target) && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${p} → ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test('every page has a title, a description and social-card metadata; favicon, sitemap and 404 exist', async () => {
  for (const path of builtPages()) {
    const h = readFileSync(fileOf(path), 'utf8');
    expect(h, path).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(h, path).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(h, path).toMatch(/<meta property="og:title"/);
    expect(h, path).toMatch(/<meta property="og:image"/);
  }
  for (const f of ['dist/favicon.svg', 'dist/sitemap.xml', 'dist/404.html', 'dist/social-card.png', 'dist/_headers']) expect(existsSync(f), f).toBe(true);
});
