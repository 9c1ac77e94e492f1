import type { APIRoute } from 'astro';
import { getChapters, chapterHref } from '@lib/content/chapters';
import { widgets } from '@widgets/registry';
import { HTML_LANG, LANGS, pathIn, sitePath } from '@lib/i18n/lang';

/**
 * A sitemap from the same lists the pages are built from: every page in both editions, each
 * naming its twin as an alternate. (Each build writes it; /sitemap.xml is the one robots.txt names.)
 */
export const GET: APIRoute = async ({ site }) => {
  const paths = ['/', '/sources/', '/glossary/', '/corrections/', ...(await getChapters()).map((c) => sitePath(chapterHref(c)).path), ...widgets.map((w) => `/embed/${w.id}/`), '/teach/', ...widgets.map((w) => `/teach/${w.id}/`)];
  const alternates = (p: string) => LANGS.map((l) => `    <xhtml:link rel="alternate" hreflang="${HTML_LANG[l]}" href="${new URL(pathIn(l, p), site)}"/>`).join('\n');
  const urls = paths.flatMap((p) => LANGS.map((l) => `  <url>\n    <loc>${new URL(pathIn(l, p), site)}</loc>\n${alternates(p)}\n  </url>`)).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
