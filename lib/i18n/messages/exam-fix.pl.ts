import type { Catalog } from '../message';

/** Exam mode fixes (issue #9): saved results by address, abandon confirmation, study my mistakes, matching on a phone (Polish). */
export const examFixPl = {
  'examFix.quickStart': 'Rozpocznij szybki test',
  'examFix.attempt.title': 'Zakończony test',
  'examFix.attempt.lead': 'Zapisany na tym urządzeniu: wynik, błędy z poprawnymi odpowiedziami i co dalej.',
  'examFix.attempt.noId': 'Ten adres nie wskazuje żadnego testu. Otwórz wynik z listy ostatnich wyników albo ze statystyk.',
  'examFix.attempt.notFound': 'Nie ma takiego wyniku na tym urządzeniu. Wyniki testów są zapisane tylko tam, gdzie rozwiązano test.',
  'examFix.attempt.inProgress': 'Ten test jeszcze trwa.',
  'examFix.attempt.resume': 'Wróć do testu',
  'examFix.attempt.newTest': 'Ułóż nowy test',
  'examFix.last.title': 'Ostatnie wyniki',
  'examFix.last.item': '{date}: {points} z {available} pkt ({percent}%)',
  'examFix.last.all': 'Wszystkie wyniki w statystykach',
  'examFix.abandon.title': 'Porzucić ten test?',
  'examFix.abandon.body': 'Udzielone odpowiedzi zostaną usunięte, a test nie trafi do wyników. Tego nie da się cofnąć.',
  'examFix.abandon.confirm': 'Tak, porzuć test',
  'examFix.abandon.cancel': 'Wróć do testu',
  'examFix.study.hint':
    'Karty z błędnych pytań, które już znasz, wrócą od razu do nauki (ocena „Znowu”). Karty jeszcze nowe staną na początku kolejki nowych kart i wejdą w dzisiejszy limit nowych kart.',
  'examFix.study.studied': {
    one: '{count} karta wróciła do nauki — już teraz.',
    few: '{count} karty wróciły do nauki — już teraz.',
    many: '{count} kart wróciło do nauki — już teraz.',
    other: '{count} karty wróciło do nauki — już teraz.',
  },
  'examFix.study.queued': {
    one: '{count} nowa karta czeka na początku kolejki nowych kart, w ramach dzisiejszego limitu nowych kart.',
    few: '{count} nowe karty czekają na początku kolejki nowych kart, w ramach dzisiejszego limitu nowych kart.',
    many: '{count} nowych kart czeka na początku kolejki nowych kart, w ramach dzisiejszego limitu nowych kart.',
    other: '{count} nowej karty czeka na początku kolejki nowych kart, w ramach dzisiejszego limitu nowych kart.',
  },
  'examFix.study.none': 'Żadna karta nie trafiła do nauki: karty tych pytań są zawieszone albo nie ma ich w taliach.',
  'examFix.next.title': 'Co dalej',
  'examFix.retake': 'Powtórz test',
  'examFix.retakeMissed': 'Powtórz tylko błędne',
  'examFix.retake.hint': 'Ten sam test (te same pytania) jako nowe podejście; „Powtórz tylko błędne” zada jeszcze raz pytania, w których był błąd.',
  'examFix.missing.result': 'Ten adres nie zawiera wyniku testu. Otwórz cały otrzymany link, razem z częścią po znaku „#”.',
  'examFix.missing.print': 'Ten adres nie zawiera testu do wydruku. Otwórz cały link do testu, razem z częścią po znaku „#”.',
  'examFix.matching.instructions':
    'Wybierz element, a pod nim pojawi się lista odpowiedzi: wybierz pasującą. Na klawiaturze strzałki w górę i w dół przechodzą po liście, Enter wybiera, Escape zamyka listę.',
  'examFix.matching.options': 'Odpowiedzi dla: {item}',
  'examFix.matching.noPair': 'Bez pary',
  'examFix.matching.unpaired': 'bez pary',
  'examFix.matching.takenBy': 'teraz przy: {item}',
  'examFix.matching.selected': 'Wybrano: {item}. Wybierz odpowiedź z listy pod nim.',
} as const satisfies Catalog;
