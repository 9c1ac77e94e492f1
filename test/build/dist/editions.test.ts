/**
 * The two editions, from the build (English in dist/, Chinese in dist/zh/):
 * - every page exists in both, with <html lang>, hreflang alternates both ways and a language
 *   switch to its twin; the sitemap lists both;
 * - no English leaks onto a Chinese page: no sentence from an English dictionary (src/**\/i18n/en.ts)
 *   appears in its visible text outside names, source titles and code, nor in its JavaScript, which
 *   carries no English month name either;
 * - Chinese makes up the bulk of each Chinese chapter's text (CHINESE_SHARE_MIN).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { builtPages, distDir, htmlOf, isChapter } from '../../support/builtSite';
import { pageScripts } from '../../../scripts/bytes.mjs';
import { MONTHS } from '@lib/widget/format';
import { sitePath } from '@lib/i18n/lang';

/**
 * Least share of Chinese characters among the letters of a Chinese chapter's visible text (see
 * chinese()). Measured December 2026: 79.7 to 91.7% per chapter page, 82.6 to 95.7% in the prose
 * alone; the rest is names (Core Scientific, CoreWeave, TeraWulf), units (TH/s, MW) and acronyms
 * (AI, GPU, IT) that Chinese writers also write in Latin letters.
 */
export const CHINESE_SHARE_MIN = 0.75;

const pages = builtPages();
const zhPages = pages.filter((p) => p.startsWith('/zh/'));
const enPages = pages.filter((p) => !p.startsWith('/zh/'));
const parser = new new Window().DOMParser();
const doc = (path: string) => parser.parseFromString(htmlOf(path), 'text/html');

/** Static sentences of every English dictionary (two words or more), found by walking their objects. */
const dictionaries = import.meta.glob<Record<string, unknown>>('../../../src/**/i18n/en.ts', { eager: true });
function sentences(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    const text = value.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    // Two words or more, one of them a lowercase word ("AI GPU" is two names, not a sentence).
    if (/[A-Za-z]{2,} [A-Za-z]{2,}/.test(text) && /\b[a-z]{3,}\b/.test(text)) out.add(text);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) sentences(v, out);
  return out;
}
const ENGLISH = [...Object.values(dictionaries).reduce((out, m) => sentences(m, out), new Set<string>())];

/** What a reader of the page sees as text: no code, no source titles (kept as published), no element marked lang="en". */
function visibleText(path: string): string {
  const d = doc(path);
  for (const el of d.querySelectorAll('script, style, template, code, pre, [lang="en"]')) el.remove();
  // What readers without JavaScript see is visible too.
  for (const n of d.querySelectorAll('noscript')) n.replaceWith(...parser.parseFromString(n.innerHTML, 'text/html').body.childNodes);
  return (d.body.textContent ?? '').replace(/\s+/g, ' ');
}

/** Share of Chinese characters among the letters (Chinese characters and Latin letters) of a text. */
export function chinese(text: string): number {
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han / Math.max(1, han + latin);
}

describe('both editions', () => {
  it('have the same pages', () => {
    expect(zhPages.length).toBeGreaterThan(30);
    expect(zhPages.map((p) => sitePath(p).path)).toEqual(enPages);
  });

  it.each(pages.filter((p) => !p.endsWith('.html')))('%s names its language, its twin as an alternate and links it', (path) => {
    const { lang, path: site } = sitePath(path);
    const d = doc(path);
    expect(d.documentElement.getAttribute('lang')).toBe(lang === 'zh' ? 'zh-Hans' : 'en');
    const alternates = Object.fromEntries([...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    expect(alternates).toEqual({ en: site, 'zh-Hans': `/zh${site}`, 'x-default': site });
    expect(d.querySelector('[data-lang-switch]')?.getAttribute('href')).toBe(lang === 'zh' ? site : `/zh${site}`);
  });

  it('are both in the sitemap', () => {
    const locs = [...readFileSync(join(distDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const expected = pages.filter((p) => !p.endsWith('.html'));
    expect(new Set(locs)).toEqual(new Set(expected));
  });
});

describe('a Chinese page', () => {
  it.each(zhPages)('%s shows no sentence of the English dictionaries', (path) => {
    const text = visibleText(path);
    expect(ENGLISH.filter((s) => text.includes(s))).toEqual([]);
  });

  // A Chinese page loads one language's words: an English sentence or month name in its scripts is
  // dead weight (the month names once loaded on every Chinese page with a widget, 0.1 KB gzip).
  // Sentences of three words or more: the core's error messages for developers ("a stated IT load
  // makes the basis known") contain short labels.
  const englishInScripts = [...ENGLISH.filter((s) => s.split(' ').length >= 3), ...MONTHS];
  const scripts = zhPages.map((path) => [path, pageScripts(distDir, path)] as const).filter(([, urls]) => urls.length);
  it.each(scripts)('%s loads no English dictionary sentence or month name', (_, urls) => {
    const code = urls.map((url) => readFileSync(join(distDir, url), 'utf8')).join('\n');
    expect(englishInScripts.filter((s) => code.includes(s))).toEqual([]);
  });

  // Words the components write around the editors' own (labels built from a count, say), which
  // no dictionary sentence covers.
  it.each(zhPages.filter((p) => htmlOf(p).includes('data-scrolly-status')))('%s counts its scrolly steps in Chinese', (path) => {
    const d = doc(path);
    const words = [...d.querySelectorAll('[data-scrolly-status]')].map((e) => e.textContent ?? '');
    words.push(...[...d.querySelectorAll('.scrolly-snapshot')].map((e) => e.getAttribute('aria-label') ?? ''));
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => /step/i.test(w) || !/第 \d+ 步，共 \d+ 步/.test(w))).toEqual([]);
  });

  it.each(zhPages.filter(isChapter))(`%s is at least ${CHINESE_SHARE_MIN * 100}% Chinese characters`, (path) => {
    const share = chinese(visibleText(path));
    expect(share, `${path}: ${(share * 100).toFixed(1)}% Chinese`).toBeGreaterThanOrEqual(CHINESE_SHARE_MIN);
  });
});
