import type { Catalog } from '../message';

/** Exam mode on any deck (issue #8): the builder's deck list, type availability, shared tests of user decks. */
export const examDecksPl = {
  'examDecks.loading': 'Wczytywanie talii…',
  'examDecks.yourDeck': '{title} (Twoja talia)',
  'examDecks.noDeck': 'Zaznacz co najmniej jedną talię.',
  'examDecks.unavailable': 'Niedostępne: {reason}',
  'examDecks.reason.needs-choices': 'talia potrzebuje karty wielokrotnego wyboru albo co najmniej 4 kart o różnych odpowiedziach.',
  'examDecks.reason.needs-two-answers': 'talia potrzebuje co najmniej 2 kart o różnych odpowiedziach.',
  'examDecks.reason.needs-typed': 'talia potrzebuje karty z krótką odpowiedzią, karty do wpisywania albo karty z lukami.',
  'examDecks.reason.needs-pairs': 'talia potrzebuje co najmniej 4 kart z tym samym tagiem albo tematem.',
  'examDecks.reason.needs-dates': 'talia potrzebuje co najmniej 3 kart, których odpowiedzi są datami.',
  'examDecks.reason.no-cards': 'talia nie ma jeszcze kart.',
  'examDecks.reason.no-deck': 'nie wybrano talii.',
  'examDecks.chooseAll': 'Zaznacz wszystkie poprawne odpowiedzi (punkt tylko za komplet).',
  'examDecks.proposedAnswer': 'Proponowana odpowiedź:',
  'examDecks.source': 'Źródło: {source}',
  'examDecks.error.deck-missing':
    'Ten test jest ułożony z talii „{title}” (wersja {version}), której nie ma na tym urządzeniu. Poproś nauczyciela o tę talię, dodaj ją i otwórz link jeszcze raz.',
  'examDecks.error.deck-outdated':
    'Ten test wymaga talii „{title}” w wersji {version}, a na tym urządzeniu jest wersja {installed}. Poproś nauczyciela o nowszą wersję talii i otwórz link jeszcze raz.',
  'examDecks.error.deckGone': 'Talii tego testu nie ma już na tym urządzeniu. Przywróć ją z kosza albo porzuć test.',
  'examDecks.shared.needs': 'Talia: {title}, wersja {version}',
} as const satisfies Catalog;
