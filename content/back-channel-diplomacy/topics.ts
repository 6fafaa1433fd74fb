/**
 * Topics of the deck, in the order new cards are introduced: the theory first
 * (definitions, advantages and drawbacks, Track II, the conclusion's lessons),
 * then the historical cases.
 */
export const TOPICS = [
  { id: 'theory', title: { pl: 'Definicje i pojęcia', en: 'Definitions and terms' } },
  { id: 'bcd-pros-cons', title: { pl: 'Zalety i wady BCD', en: 'Advantages and drawbacks of BCD' } },
  { id: 'track-two', title: { pl: 'Druga ścieżka: cele, uczestnicy, bariery', en: 'Track II: aims, participants, barriers' } },
  { id: 'conclusion', title: { pl: 'Wnioski: warunki powodzenia', en: 'Conclusions: conditions of success' } },
  { id: 'cuban-missile-crisis', title: { pl: 'Kryzys kubański', en: 'Cuban missile crisis' } },
  { id: 'oslo', title: { pl: 'Izrael i Palestyna', en: 'Israel and Palestine' } },
  { id: 'white-house', title: { pl: 'Tylne kanały Białego Domu', en: 'White House back channels' } },
  { id: 'iran-contra', title: { pl: 'Sprawa Iran-Contra', en: 'The Iran-Contra affair' } },
  { id: 'south-africa', title: { pl: 'RPA i uwolnienie Mandeli', en: 'South Africa and Mandela’s release' } },
  { id: 'diplomatic-history', title: { pl: 'Dawniejsze dzieje tajnej dyplomacji', en: 'Earlier history of secret diplomacy' } },
  { id: 'track-two-history', title: { pl: 'Historia drugiej ścieżki', en: 'History of Track II' } },
] as const;

/** Id of a topic of the back-channel diplomacy deck. */
export type TopicId = (typeof TOPICS)[number]['id'];
