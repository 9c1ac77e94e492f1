/**
 * The built pages as files: valid HTML, internal links and anchors that resolve, the metadata a
 * search result or a social card needs, and the site-wide files a deploy serves.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileOf, htmlOf } from '../../support/builtSite';

const pages = builtPages();

// Configured in .htmlvalidate.json: roles kept on purpose (slider: our ARIA slider; list and
// listitem: lists inside inline popovers, where <ul> may not go; region: the labelled, focusable
// scroll box of a wide table). Astro itself writes one thing no rule can exempt: its island
// style element, placed before the first island wherever that is.
const astroOwn = (m: { ruleId: string; message: string; selector: string | null }) =>
  m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element') && /style$/.test(m.selector ?? '');

describe('built pages', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it.each(pages)('%s: html-validate finds no errors', async (path) => {
    const report = await validator.validateFile(fileOf(path));
    const problems = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2 && !astroOwn(m)).map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });

  it('every internal link and #anchor resolves', () => {
    const known = new Set(pages);
    const ids = new Map(pages.map((p) => [p, new Set([...htmlOf(p).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));
    const broken: string[] = [];
    for (const p of pages) {
      for (const [, href] of htmlOf(p).matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:)/.test(href!)) continue;
        // Astro writes & in attributes as &amp; or &#38;.
        const url = new URL(href!.replace(/&amp;|&#38;/g, '&'), `http://x${p}`);
        const target = url.pathname;
        if (!known.has(target) && !existsSync(join(distDir, target))) broken.push(`${p} → ${href}`);
        else if (url.hash && known.has(target) && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${p} → ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)('%s has a title, a description and social-card metadata', (path) => {
    const h = htmlOf(path);
    expect(h).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(h).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(h).toMatch(/<meta property="og:title"/);
    expect(h).toMatch(/<meta property="og:image"/);
  });

  it.each(['favicon.svg', 'sitemap.xml', '404.html', 'social-card.png', '_headers'])('the build has %s', (f) => {
    expect(existsSync(join(distDir, f))).toBe(true);
  });
});
