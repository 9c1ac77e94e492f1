import type { APIRoute } from 'astro';
import { getChapters, chapterHref } from '@lib/content/chapters';
import { widgets } from '@widgets/registry';

/** A sitemap from the same lists the pages are built from. */
export const GET: APIRoute = async ({ site }) => {
  const paths = ['/', '/sources/', '/glossary/', '/corrections/', ...(await getChapters()).map(chapterHref), ...widgets.map((w) => `/embed/${w.id}/`), '/teach/', ...widgets.map((w) => `/teach/${w.id}/`)];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site)}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
