/** Sections of the article, in reading order. */
export const SECTIONS = [
  { id: 'abstract', title: { pl: 'Streszczenie', en: 'Abstract' } },
  { id: 'introduction', title: { pl: 'Wstęp', en: 'Introduction' } },
  { id: 'advantages-drawbacks', title: { pl: 'Wady i zalety', en: 'Advantages and drawbacks' } },
  { id: 'history', title: { pl: 'Historia', en: 'History' } },
  { id: 'conclusion', title: { pl: 'Zakończenie', en: 'Conclusion' } },
] as const;

/** Id of a section of the article. */
export type SectionId = (typeof SECTIONS)[number]['id'];
