/** Site paths in this build's edition: pagePath('/sources/') is "/zh/sources/" in the Chinese build. */
import { LANG } from '../i18n';
import { pathIn } from './lang';

export const pagePath = (path: string): string => pathIn(LANG, path);
