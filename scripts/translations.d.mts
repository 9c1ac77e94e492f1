export interface TranslationStatus {
  file: string;
  english: string;
  translates: string | undefined;
  known: boolean;
  stale: boolean;
  changedSections: string[];
}
export function translationStatus(lang?: string, root?: string): TranslationStatus[];
