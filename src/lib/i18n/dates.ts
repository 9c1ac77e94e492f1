/**
 * Dates as Chinese writes them (2024年4月, 2024年4月20日), and as-of dates as data gives them
 * ("2024-08") in this build's language. Plain string work, no Intl: the citation popovers use it,
 * and they load on pages that carry no widget code.
 */
import { LANG } from '../i18n';

const parts = (iso: string) => /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);

/** "2024-04-20" → "2024年4月"; undefined for anything else. */
export function zhMonthYear(iso: string): string | undefined {
  const m = parts(iso);
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}年${Number(m[2])}月` : undefined;
}

/** "2024-04-20" → "2024年4月20日"; undefined for anything else. */
export function zhFullDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : undefined;
}

/**
 * An as-of date as data gives it ("2024-08", "2024-04-20", "2023"): English shows it as written,
 * Chinese as 2024年8月, 2024年4月20日, 2023年. Anything else is shown as it is.
 */
export function asOfDate(asOf: string): string {
  if (LANG === 'en') return asOf;
  if (/^\d{4}$/.test(asOf)) return `${asOf}年`;
  return (/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? zhFullDate(asOf) : /^\d{4}-\d{2}$/.test(asOf) ? zhMonthYear(asOf) : undefined) ?? asOf;
}
