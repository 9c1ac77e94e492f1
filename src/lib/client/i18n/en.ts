/** Words of the citation and glossary popovers (src/lib/client/popContent.ts). zh.ts has the same keys. */
export const pop = {
  asOf: (date: string) => `, as of ${date}.`,
  source: (n: string | undefined) => `Source${n ? ` ${n}` : ''}`,
  openSource: 'Open the source',
  chapterSources: 'In this chapter’s sources',
  allSources: 'All sources',
  glossary: (term: string) => `Glossary: ${term}`,
  glossaryEntry: 'Glossary entry',
  howCalculated: (label: string) => `How ${label} was calculated`,
};

export type PopText = typeof pop;
