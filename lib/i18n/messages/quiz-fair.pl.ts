import type { Catalog } from '../message';

/** Self-graded long gaps in test results (issue #11), Polish. */
export const quizFairPl = {
  'quizFair.selfGrade.button': 'Miałem rację',
  'quizFair.selfGrade.hint': 'Ta luka jest długa, więc sprawdzasz ją sam: porównaj swoją odpowiedź z oczekiwaną. Jeśli mówi to samo innymi słowami, zalicz ją.',
  'quizFair.selfGrade.done': 'Zaliczone na Twoje słowo.',
  'quizFair.selfGrade.title': 'Zaliczone na Twoje słowo',
  'quizFair.selfGrade.count': {
    one: 'W tym {count} odpowiedź zaliczona na Twoje słowo („Miałem rację”).',
    few: 'W tym {count} odpowiedzi zaliczone na Twoje słowo („Miałem rację”).',
    many: 'W tym {count} odpowiedzi zaliczonych na Twoje słowo („Miałem rację”).',
    other: 'W tym {count} odpowiedzi zaliczonej na Twoje słowo („Miałem rację”).',
  },
  'quizFair.selfGrade.failed': 'Nie udało się zapisać oceny. Spróbuj jeszcze raz.',
} as const satisfies Catalog;
