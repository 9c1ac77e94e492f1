/**
 * Number formatting for readouts, summaries and tables (en-US, Intl). Every helper returns an
 * en dash for NaN or ±Infinity, so a broken number never reaches the page as "NaN".
 * Negative values use a true minus sign (U+2212), which screen readers say as "minus".
 */
const formats = new Map<string, Intl.NumberFormat>();

/** One en-US formatter per set of options: building an Intl.NumberFormat costs far more than using one. */
export function nf(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat('en-US', options)));
  return f;
}

const MISSING = '–';
const minus = (s: string) => s.replace('-', '−');
const show = (n: number, options: Intl.NumberFormatOptions) => (Number.isFinite(n) ? minus(nf(options).format(n)) : MISSING);

/** "$1,234" or, with digits, "$1,234.56"; "−$12" for negatives. */
export const usd = (n: number, digits = 0) =>
  show(n, { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "$1,234.5" style with up to `digits` decimals, trailing zeros dropped ("$0.13", "$0.129"). */
export const usdUpTo = (n: number, digits = 3) =>
  show(n, { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: digits });

/** "1,234" or "1,234.5" with up to `digits` decimals. */
export const num = (n: number, digits = 0) => show(n, { maximumFractionDigits: digits });

/** A fraction as a percentage: pct(0.125) → "12.5%" with one digit by default. */
export const pct = (fraction: number, digits = 1) => show(fraction, { style: 'percent', maximumFractionDigits: digits });

/** A number rounded to a whole one, as an English ordinal: "1st", "22nd", "33rd", "11th". */
export function ordinal(n: number): string {
  if (!Number.isFinite(n)) return MISSING;
  const whole = Math.round(n);
  const last2 = Math.abs(whole) % 100;
  const tail = last2 >= 11 && last2 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][last2 % 10] ?? 'th');
  return `${minus(String(whole))}${tail}`;
}

/** A BTC amount to the satoshi at most, trailing zeros dropped: "3.125", "0.00000001". */
export const btc = (n: number) => show(n, { maximumFractionDigits: 8 });

/** A USD amount with an explicit sign: "+$12", "−$3". */
export const signedUsd = (n: number, digits = 0) =>
  show(n, { style: 'currency', currency: 'USD', signDisplay: 'exceptZero', minimumFractionDigits: digits, maximumFractionDigits: digits });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-04-20" → "April 2024"; `short` gives "Apr 2024". */
export function monthYear(dateIso: string, short = false): string {
  const m = /^(\d{4})-(\d{2})/.exec(dateIso);
  if (!m) return MISSING;
  const name = MONTHS[Number(m[2]) - 1];
  if (!name) return MISSING;
  return `${short ? name.slice(0, 3) : name} ${m[1]}`;
}

/** "2024-04-20" → a Date at 00:00 UTC. */
export const utcDate = (dateIso: string) => new Date(`${dateIso.slice(0, 10)}T00:00:00Z`);

/** Short USD for axis labels: "$50K", "−$12.5K", "$1.2M". */
export const usdCompact = (n: number) =>
  show(n, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

/**
 * Money at the scale of a site's year: "$31.6M", "$4.63B", "−$1.2M", "$0". (usdCompact prints
 * "$0.0" and "$4.0M" on Node's ICU, so this keeps its own rounding.)
 */
export function money(n: number): string {
  const a = Math.abs(n);
  if (Number.isFinite(n) && a >= 1e9) return `${n < 0 ? '−' : ''}${usdUpTo(a / 1e9, 2)}B`;
  if (Number.isFinite(n) && a >= 1e6) return `${n < 0 ? '−' : ''}${usdUpTo(a / 1e6, 1)}M`;
  return usd(n);
}

/** USD in millions with fixed digits, so a column of results lines up: "$4.35M", "−$0.40M". */
export const usdMillions = (n: number, digits = 2) =>
  Number.isFinite(n) ? `${usd(n / 1e6, digits)}M` : MISSING;

/** USD in words for sentences: "$4.9 billion", "$94 million", "$12,345"; `digits` after the point for millions and billions. */
export function usdWords(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return MISSING;
  const a = Math.abs(n);
  if (a >= 1e9) return `${usdUpTo(n / 1e9, digits)} billion`;
  if (a >= 1e6) return `${usdUpTo(n / 1e6, digits)} million`;
  return usd(n);
}

/** A large count in words: "200 trillion", "989 trillion" (three significant digits). */
export const numWords = (n: number) => show(n, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
