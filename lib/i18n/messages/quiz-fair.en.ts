import type { Message } from '../message';
import type { quizFairPl } from './quiz-fair.pl';

export const quizFairEn: Readonly<Record<keyof typeof quizFairPl, Message>> = {
  'quizFair.selfGrade.button': 'I was right',
  'quizFair.selfGrade.hint': 'This gap is long, so you check it yourself: compare your answer with the expected one. If it says the same in other words, count it.',
  'quizFair.selfGrade.done': 'Counted on your word.',
  'quizFair.selfGrade.title': 'Counted on your word',
  'quizFair.selfGrade.count': {
    one: 'Including {count} answer counted on your word (“I was right”).',
    other: 'Including {count} answers counted on your word (“I was right”).',
  },
  'quizFair.selfGrade.failed': 'Could not save your grading. Try again.',
};
