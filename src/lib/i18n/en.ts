/** The site's language facts for the English edition. zh.ts mirrors it. */
import type { Lang } from './lang';

export const LANG: Lang = 'en';
/** The other edition, for the language switch. */
export const OTHER_LANG: Lang = 'zh';
