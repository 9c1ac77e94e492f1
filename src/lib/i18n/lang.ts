/**
 * The two editions: English at the site's root, Simplified Chinese under /zh/. What each page is
 * called, where its twin lives, and the tag its <html> carries.
 */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** <html lang> and hreflang: the script, not a country, since the edition is for every Chinese reader. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** The URL prefix of an edition: "" for English, "/zh" for Chinese. */
export const PREFIX: Record<Lang, string> = { en: '', zh: '/zh' };

/** A site path ("/sources/") in an edition ("/zh/sources/"). Query and hash are kept. */
export const pathIn = (lang: Lang, path: string): string => `${PREFIX[lang]}${path}`;

/** A path of either edition ("/zh/glossary/") as the site path it shows ("/glossary/"). */
export function sitePath(path: string): { lang: Lang; path: string } {
  const m = /^\/zh(\/.*|$)/.exec(path);
  return m ? { lang: 'zh', path: m[1] || '/' } : { lang: 'en', path };
}

/**
 * The language of a text kept as published (a source's title or publisher): Chinese if Chinese
 * characters outnumber Latin letters, else English ("Report on Hongbo's GPU rental business
 * (界面新闻)" is English with a Chinese name in it).
 */
export function textLang(text: string): string {
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return han * 3 > (text.match(/[A-Za-z]/g) ?? []).length ? HTML_LANG.zh : HTML_LANG.en;
}

/** Whether a text already ends its sentence ("Is $2 an hour a business?"), so takes no full stop after it. */
export const endsSentence = (text: string): boolean => /[.?!。？！]$/.test(text.trim());
