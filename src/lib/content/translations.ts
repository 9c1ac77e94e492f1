/**
 * The Chinese edition's view of its translations (scripts/translations.mjs): which chapters are
 * behind their English, read once per build. The build warns on each; the chapter says so to readers.
 */
import { LANG } from '../i18n';
import { translationStatus, type TranslationStatus } from '../../../scripts/translations.mjs';

let status: Map<string, TranslationStatus> | undefined;

/** The status of the translated chapter in `file` (content/zh/chapters/…), or undefined in English. */
export function translationOf(file: string): TranslationStatus | undefined {
  if (LANG === 'en') return undefined;
  if (!status) {
    status = new Map(translationStatus(LANG).map((s) => [s.file, s]));
    for (const s of status.values()) {
      if (s.stale) console.warn(`[translations] ${s.file} is behind ${s.english} (it translates ${s.translates}); English sections changed since: ${s.changedSections.join('; ')}. Run npm run translations.`);
      else if (!s.known) console.warn(`[translations] ${s.file}: cannot tell whether it is current (${s.translates ? `commit ${s.translates} is not in this copy's history` : 'no translates: field'}).`);
    }
  }
  return status.get(file);
}
