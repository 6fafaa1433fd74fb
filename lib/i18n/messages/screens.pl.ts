import type { Catalog } from '../message';

/** Screen fixes from issue #9: the 404 page, the reader's search and sections, a deck's inherited settings. */
export const screensPl = {
  'screens.notFound.title': 'Nie ma takiej strony',
  'screens.notFound.text': 'Ten adres nie prowadzi do żadnej strony aplikacji. Może link jest niepełny?',
  'screens.notFound.home': 'Wróć do strony głównej',
  'screens.reader.search': 'Szukaj w artykule',
  'screens.reader.searchHint': 'Wpisz słowo lub nazwisko — wielkość liter i polskie znaki nie mają znaczenia.',
  'screens.reader.results': {
    one: 'Znaleziono {count} fakt.',
    few: 'Znaleziono {count} fakty.',
    many: 'Znaleziono {count} faktów.',
    other: 'Znaleziono {count} faktu.',
  },
  'screens.reader.noResults': 'Nic nie znaleziono. Spróbuj innego słowa.',
  'screens.reader.show': 'Pokaż fakty',
  'screens.reader.hide': 'Ukryj fakty',
  'screens.stats.table': 'Wszystkie wyniki (tabelę można przesuwać w bok)',
  'screens.settings.inherited': 'Puste: {value} z ustawień ogólnych',
  'screens.settings.loadBalancing.inherit': 'Jak w ustawieniach ogólnych ({value})',
  'screens.settings.loadBalancing.on': 'Włączone',
  'screens.settings.loadBalancing.off': 'Wyłączone',
} as const satisfies Catalog;
