/**
 * Number formatting for readouts, summaries, tables and facts, in the build's language
 * (`@lib/i18n`): en-US, or Chinese as a Chinese writer sets figures (97亿美元, 3,160万美元,
 * 2024年4月). `formatsFor(lang)` gives either set, for tests and for the other edition's numbers.
 * Every helper returns an en dash for NaN or ±Infinity, so a broken number never reaches the page
 * as "NaN". Negative values use a true minus sign (U+2212), which screen readers say as "minus",
 * joined to the number (MINUS).
 */
import { LANG } from '@lib/i18n';
import type { Lang } from '@lib/i18n/lang';
import { zhFullDate, zhMonthYear } from '@lib/i18n/dates';

const formats = new Map<string, Intl.NumberFormat>();
const LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

/** One formatter per locale and set of options: building an Intl.NumberFormat costs far more than using one. */
function intl(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  return f;
}

const MISSING = '–';
/**
 * The minus sign, held to the number after it by a word joiner (U+2060, unseen and unspoken):
 * Chromium breaks a line after U+2212, which left "−" alone over "$39.4M" in narrow cells.
 */
export const MINUS = '−\u2060';
const minus = (s: string) => s.replace('-', MINUS);
/** English month names (exported for the test that keeps them off Chinese pages). */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Chinese names a currency after the number: 4.70美元, 30元. */
const CURRENCY_ZH: Record<string, string> = { USD: '美元', CNY: '元', EUR: '欧元' };

/**
 * Significant digits a formatted number shows: "$4.35M" 3, "$4,350,000" 3, "$0.40M" 2, "$4.70" 3.
 * Trailing zeros count only after a decimal point.
 */
export function significantDigits(text: string): number {
  const m = /\d[\d,]*(\.\d+)?/.exec(text);
  if (!m) return 1;
  const digits = m[0].replace(/,/g, '');
  const [whole = '', frac = ''] = digits.split('.');
  const all = (whole + frac).replace(/^0+/, '');
  return Math.max(1, (frac ? all : all.replace(/0+$/, '')).length);
}

type Formats = ReturnType<typeof makeFormats>;
const sets = new Map<Lang, Formats>();
/** The formatters of an edition. */
export const formatsFor = (lang: Lang): Formats => sets.get(lang) ?? (sets.set(lang, makeFormats(lang)), sets.get(lang)!);

function makeFormats(lang: Lang) {
  const zh = lang === 'zh';
  // Chinese keeps the precision English shows, so both editions carry the same numbers.
  const en = zh ? formatsFor('en') : undefined!;
  // A value that rounds to zero shows no sign ("$0", not "−$0"), unless the options ask for one.
  const show = (n: number, options: Intl.NumberFormatOptions) => (Number.isFinite(n) ? minus(intl(lang, { signDisplay: 'negative', ...options }).format(n)) : MISSING);

  /**
   * Any Intl options, as this edition writes them (facts, slider values). In Chinese a currency
   * goes after the number (4.70美元) and round amounts count in 万 and 亿 (`exact` keeps every digit of a
   * plain number, for names like block heights).
   */
  function formatOptions(n: number, options: Intl.NumberFormatOptions, { exact = false } = {}): string {
    if (!zh || options.style === 'percent' || (exact && options.style !== 'currency')) return show(n, options);
    const { style, currency = 'USD', currencyDisplay: _d, notation, compactDisplay: _c, ...rest } = options;
    const unit = style === 'currency' ? (CURRENCY_ZH[currency] ?? ` ${currency}`) : '';
    if (!Number.isFinite(n)) return MISSING;
    // A round amount of 10^5 or more counts in 万 or 亿, to the precision the English shows; a
    // compact one (an axis label) from 10^4, as English writes $50K: 5万美元, not 50,000美元.
    if (Math.abs(n) >= (notation === 'compact' ? 1e4 : 1e5)) {
      const sig = significantDigits(intl('en', { ...rest, notation, maximumFractionDigits: rest.maximumFractionDigits }).format(n));
      if (notation === 'compact' || sig <= 4) return `${large(n, sig)}${unit}`;
    }
    return `${show(n, rest)}${unit}`;
  }

  /** n in 万 (≥ 10^5) or 亿 (≥ 10^8) with `sig` significant digits: "1.35亿", "3,160万", "80万". */
  function large(n: number, sig: number): string {
    const scale = Math.abs(n) >= 1e8 ? 1e8 : 1e4;
    return `${show(n / scale, { maximumSignificantDigits: Math.max(1, sig) })}${scale === 1e8 ? '亿' : '万'}`;
  }

  /** "$1,234" or, with digits, "$1,234.56"; "−$12" for negatives. Chinese: "1,234美元". */
  const usd = (n: number, digits = 0) =>
    formatOptions(n, { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits });

  /** "$1,234.5" style with up to `digits` decimals, trailing zeros dropped ("$0.13", "$0.129"). */
  const usdUpTo = (n: number, digits = 3) =>
    formatOptions(n, { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: digits });

  /** A Chinese amount at the precision of the English `english` text ("$4.35M" → "435万美元"); undefined below 10^5. */
  const usdZhLike = (n: number, english: string) => (Math.abs(n) >= 1e5 ? `${large(n, significantDigits(english))}美元` : undefined);

  /** "1,234" or "1,234.5" with up to `digits` decimals. */
  const num = (n: number, digits = 0) => show(n, { maximumFractionDigits: digits });

  /** A fraction as a percentage: pct(0.125) → "12.5%" with one digit by default. */
  const pct = (fraction: number, digits = 1) => show(fraction, { style: 'percent', maximumFractionDigits: digits });

  /** A number rounded to a whole one, as an ordinal: "1st", "22nd", "33rd", "11th"; Chinese "第33". */
  function ordinal(n: number): string {
    if (!Number.isFinite(n)) return MISSING;
    const whole = Math.round(n);
    if (zh) return `第${minus(String(whole))}`;
    const last2 = Math.abs(whole) % 100;
    const tail = last2 >= 11 && last2 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][last2 % 10] ?? 'th');
    return `${minus(String(whole))}${tail}`;
  }

  /** A BTC amount to the satoshi at most, trailing zeros dropped: "3.125", "0.00000001". */
  const btc = (n: number) => show(n, { maximumFractionDigits: 8 });

  /** Short USD for axis labels: "$50K", "−$12.5K", "$1.2M"; Chinese "5万美元", "1.2亿美元". */
  const usdCompact = (n: number) =>
    zh ? formatOptions(n, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 })
      : show(n, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

  /**
   * Money at the scale of a site's year: "$31.6M", "$4.63B", "−$1.2M", "$0"; Chinese "3,160万美元",
   * "46.3亿美元". (usdCompact prints "$0.0" and "$4.0M" on Node's ICU, so this keeps its own rounding.)
   */
  function money(n: number): string {
    const a = Math.abs(n);
    if (!Number.isFinite(n)) return MISSING;
    if (zh) return usdZhLike(n, en.money(n)) ?? usd(n);
    if (a >= 1e9) return `${n < 0 ? MINUS : ''}${usdUpTo(a / 1e9, 2)}B`;
    if (a >= 1e6) return `${n < 0 ? MINUS : ''}${usdUpTo(a / 1e6, 1)}M`;
    return usd(n);
  }

  /** USD in millions with fixed digits, so a column of results lines up: "$4.35M", "−$0.40M"; Chinese "435万美元". */
  function usdMillions(n: number, digits = 2): string {
    if (!Number.isFinite(n)) return MISSING;
    // In 万 throughout, so a column of results lines up as the English one does in M.
    if (zh) return `${show(n / 1e4, { minimumFractionDigits: Math.max(0, digits - 2), maximumFractionDigits: Math.max(0, digits - 2) })}万美元`;
    return `${usd(n / 1e6, digits)}M`;
  }

  /** USD in words for sentences: "$4.9 billion", "$94 million", "$12,345"; Chinese "49亿美元", "9,400万美元". */
  function usdWords(n: number, digits = 1): string {
    if (!Number.isFinite(n)) return MISSING;
    if (zh) return usdZhLike(n, en.usdWords(n, digits)) ?? usd(n);
    const a = Math.abs(n);
    if (a >= 1e9) return `${usdUpTo(n / 1e9, digits)} billion`;
    if (a >= 1e6) return `${usdUpTo(n / 1e6, digits)} million`;
    return usd(n);
  }

  /** A large count in words: "200 trillion", "989 trillion"; Chinese "200万亿" (three significant digits). */
  const numWords = (n: number) => show(n, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });

  return { formatOptions, usd, usdUpTo, num, pct, ordinal, btc, usdCompact, money, usdMillions, usdWords, numWords };
}

/** The plain formatter for these options, in this build's language (no currency placement: use formatOptions for that). */
export const nf = (options: Intl.NumberFormatOptions): Intl.NumberFormat => intl(LANG, options);

export const {
  formatOptions, usd, usdUpTo, num, pct, ordinal, btc, usdCompact, money, usdMillions, usdWords, numWords,
} = formatsFor(LANG);

// Dates in the build's language only (LANG is a constant of the build), so the English month
// names never load on a Chinese page.

/** "2024-04-20" → "April 2024" ("Apr 2024" when `short`); Chinese "2024年4月". */
export function monthYear(dateIso: string, short = false): string {
  if (LANG === 'zh') return zhMonthYear(dateIso) ?? MISSING;
  const m = /^(\d{4})-(\d{2})/.exec(dateIso);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${short ? name.slice(0, 3) : name} ${m[1]}` : MISSING;
}

/** "2024-04-20" → "April 20, 2024" (as en-US writes it); Chinese "2024年4月20日". */
export function fullDate(dateIso: string): string {
  if (LANG === 'zh') return zhFullDate(dateIso) ?? MISSING;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateIso);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${Number(m[3])}, ${m[1]}` : MISSING;
}

/** "2024-04-20" → a Date at 00:00 UTC. */
export const utcDate = (dateIso: string) => new Date(`${dateIso.slice(0, 10)}T00:00:00Z`);
