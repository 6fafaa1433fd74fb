import type { Catalog } from '../message';

/** Anki packages (issue #12): media on cards, package errors and problems, review history in the preview. */
export const ankiPl = {
  'anki.media.play': 'Odtwórz nagranie {name}',
  'anki.media.missing': 'Brak pliku {name}',
  'anki.error.not-a-zip': 'To nie jest pakiet Anki (.apkg ani .colpkg): plik nie jest archiwum zip.',
  'anki.error.truncated': 'Pakiet Anki jest niekompletny lub uszkodzony (plik urywa się). Wyeksportuj go z Anki jeszcze raz.',
  'anki.error.too-large': 'Pakiet po rozpakowaniu przekracza limit 200 MB. Podziel talię w Anki na mniejsze.',
  'anki.error.unsupported-zip': 'Ten rodzaj archiwum zip (ZIP64 lub nietypowa kompresja) nie jest obsługiwany.',
  'anki.error.no-collection': 'W archiwum nie ma kolekcji Anki (collection.anki2, .anki21 ani .anki21b).',
  'anki.error.bad-collection': 'Kolekcji Anki w pakiecie nie da się odczytać (uszkodzona baza danych).',
  'anki.error.bad-compression': 'Części pakietu nie da się rozpakować (uszkodzone dane zstd).',
  'anki.problem.empty-front': 'Notatka ma pusty przód',
  'anki.problem.empty-back': 'Notatka ma pusty tył',
  'anki.problem.unknown-note-type': 'Nieznany typ notatki',
  'anki.problem.too-long': 'Tekst jest za długi (najwyżej 5000 znaków)',
  'anki.problem.invalid-note': 'Notatki nie da się zaimportować',
  'anki.problem.media-missing': 'Brak pliku multimediów w pakiecie',
  'anki.problem.media-type-refused': 'Ten rodzaj pliku nie jest przyjmowany (np. SVG)',
  'anki.problem.media-map-unreadable': 'Nie da się odczytać spisu multimediów',
  'anki.preview.media': { one: '{count} plik multimediów', few: '{count} pliki multimediów', many: '{count} plików multimediów', other: '{count} pliku multimediów' },
  'anki.preview.reviews': { one: '{count} powtórka z historii', few: '{count} powtórki z historii', many: '{count} powtórek z historii', other: '{count} powtórki z historii' },
  'anki.preview.suspended': { one: '{count} karta zawieszona', few: '{count} karty zawieszone', many: '{count} kart zawieszonych', other: '{count} karty zawieszonej' },
  'anki.export.apkg': 'Pakiet Anki (.apkg)',
} as const satisfies Catalog;
