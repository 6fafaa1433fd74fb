import type { Message } from '../message';
import type { examFixPl } from './exam-fix.pl';

export const examFixEn: Readonly<Record<keyof typeof examFixPl, Message>> = {
  'examFix.quickStart': 'Start a quick test',
  'examFix.attempt.title': 'Finished test',
  'examFix.attempt.lead': 'Saved on this device: the score, the mistakes with the right answers, and what next.',
  'examFix.attempt.noId': 'This address does not point to any test. Open a result from the latest results or from the statistics.',
  'examFix.attempt.notFound': 'There is no such result on this device. Test results are kept only where the test was taken.',
  'examFix.attempt.inProgress': 'This test is still in progress.',
  'examFix.attempt.resume': 'Back to the test',
  'examFix.attempt.newTest': 'Build a new test',
  'examFix.last.title': 'Latest results',
  'examFix.last.item': '{date}: {points} of {available} pts ({percent}%)',
  'examFix.last.all': 'All results in the statistics',
  'examFix.abandon.title': 'Abandon this test?',
  'examFix.abandon.body': 'Your answers will be deleted and the test will not count among your results. This cannot be undone.',
  'examFix.abandon.confirm': 'Yes, abandon the test',
  'examFix.abandon.cancel': 'Back to the test',
  'examFix.study.hint':
    'Cards of the missed questions that you already know go straight back to study (rated “Again”). Cards still new move to the front of the new cards and count against today’s new-card limit.',
  'examFix.study.studied': { one: '{count} card is back in study — right now.', other: '{count} cards are back in study — right now.' },
  'examFix.study.queued': {
    one: '{count} new card waits at the front of the new cards, within today’s new-card limit.',
    other: '{count} new cards wait at the front of the new cards, within today’s new-card limit.',
  },
  'examFix.study.none': 'No card went to study: the cards of these questions are suspended or no longer in the decks.',
  'examFix.next.title': 'What next',
  'examFix.retake': 'Retake the test',
  'examFix.retakeMissed': 'Retake only the missed ones',
  'examFix.retake.hint': 'The same test (the same questions) as a new attempt; “Retake only the missed ones” asks again the questions you got wrong.',
  'examFix.missing.result': 'This address holds no test result. Open the whole link you received, including the part after “#”.',
  'examFix.missing.print': 'This address holds no test to print. Open the whole test link, including the part after “#”.',
  'examFix.matching.instructions':
    'Choose an item and a list of answers opens under it: pick the matching one. On a keyboard, the up and down arrows move through a list, Enter chooses, Escape closes the list.',
  'examFix.matching.options': 'Answers for: {item}',
  'examFix.matching.noPair': 'No match',
  'examFix.matching.unpaired': 'not matched',
  'examFix.matching.takenBy': 'now with: {item}',
  'examFix.matching.selected': 'Selected: {item}. Choose an answer from the list under it.',
} as const;
