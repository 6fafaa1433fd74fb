import type { Catalog } from '../message';

/** Polish, the default language; its keys define the catalog every other language must match. */
export const pl = {
  'app.name': 'Dyplomacja',
  'app.tagline': 'Nauka o dyplomacji kanałów nieoficjalnych',
  'app.skipToContent': 'Przejdź do treści',

  'nav.label': 'Nawigacja główna',
  'nav.home': 'Dziś',
  'nav.decks': 'Talie',
  'nav.study': 'Nauka',
  'nav.test': 'Test',
  'nav.stats': 'Statystyki',
  'nav.reader': 'Artykuł',
  'nav.settings': 'Ustawienia',

  'common.cards': { one: '{count} karta', few: '{count} karty', many: '{count} kart', other: '{count} karty' },
  'common.loading': 'Wczytywanie…',
  'common.comingSoon': 'W przygotowaniu',

  'home.title': 'Dziś',
  'home.lead': 'Twoja codzienna powtórka z artykułu „Back Channel Diplomacy i dyplomacja drugiego kanału”.',
  'home.pending':
    'Codzienna kolejka powtórek (FSRS) nie jest jeszcze gotowa. Gdy będzie, zobaczysz tu, ile kart czeka na dziś i ile minut to zajmie.',
  'home.offlineReady': 'Aplikacja działa także bez internetu — po pierwszej wizycie wszystkie strony są zapisane na urządzeniu.',

  'decks.title': 'Talie',
  'decks.lead': 'Talie kart do nauki: wbudowana talia z artykułu, a później także talie nauczycieli.',
  'decks.pending':
    'Lista talii pojawi się, gdy karty z artykułu zostaną wygenerowane. Tworzenie i udostępnianie własnych talii przyjdzie później.',

  'study.title': 'Nauka',
  'study.lead': 'Powtórki rozłożone w czasie według algorytmu FSRS.',
  'study.pending': 'Ekran nauki (pokaż odpowiedź, oceń: Znowu / Trudne / Dobre / Łatwe) nie jest jeszcze gotowy.',

  'test.title': 'Test',
  'test.lead': 'Sprawdź się przed egzaminem: pytania zamknięte, prawda/fałsz, wpisywanie, dopasowywanie i oś czasu.',
  'test.pending': 'Tryb egzaminu nie jest jeszcze gotowy.',

  'stats.title': 'Statystyki',
  'stats.lead': 'Twoje postępy: powtórki, zapamiętywanie i wyniki testów.',
  'stats.pending': 'Statystyki pojawią się, gdy zaczniesz się uczyć i rozwiązywać testy.',

  'reader.title': 'Artykuł',
  'reader.lead': 'Zarys artykułu z faktami każdej części i kartami, które z nich powstają.',
  'reader.pending': 'Widok artykułu pojawi się razem z bazą faktów.',

  'settings.title': 'Ustawienia',
  'settings.language': 'Język',
  'settings.language.pl': 'Polski',
  'settings.language.en': 'English',
  'settings.theme': 'Motyw',
  'settings.theme.system': 'Systemowy',
  'settings.theme.light': 'Jasny',
  'settings.theme.dark': 'Ciemny',
  'settings.storage': 'Dane na tym urządzeniu',
  'settings.storage.lead': 'Wszystkie Twoje dane zostają na tym urządzeniu. Nie ma kont ani serwera.',
  'settings.storage.persisted': 'Przeglądarka obiecała nie usuwać danych, nawet gdy zabraknie miejsca.',
  'settings.storage.notPersisted':
    'Przeglądarka nie zagwarantowała trwałego przechowywania — przy braku miejsca dane mogą zostać usunięte.',
  'settings.storage.unsupported': 'Ta przeglądarka nie podaje informacji o miejscu na dane.',
  'settings.storage.usage': 'Zajęte: {used} z dostępnych {quota}',
  'settings.storage.ask': 'Poproś o trwałe przechowywanie',

  'update.available': 'Dostępna jest nowa wersja aplikacji.',
  'update.reload': 'Odśwież',
  'offline.notice': 'Jesteś offline — wszystko działa dalej.',
} as const satisfies Catalog;

export type MessageKey = keyof typeof pl;
