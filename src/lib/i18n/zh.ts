import type { Lang } from './lang';

/** The site's language facts for the Chinese edition (see ./index.ts). */
export const LANG: Lang = 'zh';
export const OTHER_LANG: Lang = 'en';
