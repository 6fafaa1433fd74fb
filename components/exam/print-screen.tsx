'use client';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { examTitles } from '@/lib/exam';
import type { Question } from '@/lib/quiz';
import { letter, rightAnswerLines, subjectReference } from './exam-text';
import { useFragment } from './use-fragment';
import styles from './exam.module.css';
import { LinkProblem } from './link-problem';
import { QuestionBlock, QuestionText } from './question-text';
import { useSharedTest } from './use-shared-test';
import { choiceStyles } from '@/components/ui/choice-group';

function PaperQuestion({ question }: { question: Question }) {
  const { t } = usePreferences();
  switch (question.type) {
    case 'multiple-choice':
      return (
        <>
          <QuestionBlock question={question} text={question.prompt} />
          <ol type="A">
            {question.options.map((option, i) => (
              <li key={i}>
                <QuestionText question={question} text={option} />
              </li>
            ))}
          </ol>
        </>
      );
    case 'true-false':
      return (
        <>
          {question.variant === 'card' ? (
            <>
              <QuestionBlock question={question} text={question.prompt} />
              <p>{t('examDecks.proposedAnswer')}</p>
            </>
          ) : null}
          <QuestionBlock question={question} text={question.statement} />
          <p>{t('exam.print.trueFalse')}</p>
        </>
      );
    case 'typed':
      return (
        <>
          <QuestionBlock question={question} text={question.prompt} />
          <p>
            {t('exam.print.typed')} <span className={styles.blank} />
          </p>
        </>
      );
    case 'matching':
      return (
        <>
          <p>{question.prompt}</p>
          <p className={choiceStyles.hint}>{t('exam.print.matching')}</p>
          <div className={styles.columns}>
            <ol>
              {question.left.map((left) => (
                <li key={left.id}>
                  <QuestionText question={question} text={left.text} /> <span className={styles.blank} style={{ minWidth: '3rem' }} />
                </li>
              ))}
            </ol>
            <ol type="A">
              {question.right.map((right) => (
                <li key={right.id}>
                  <QuestionText question={question} text={right.text} />
                </li>
              ))}
            </ol>
          </div>
        </>
      );
    case 'timeline':
      return (
        <>
          <p>{question.prompt}</p>
          <p className={choiceStyles.hint}>{t('exam.print.timeline')}</p>
          <ul>
            {question.events.map((event) => (
              <li key={event.id}>
                <span className={styles.blank} style={{ minWidth: '2rem' }} /> <QuestionText question={question} text={event.text} />
              </li>
            ))}
          </ul>
        </>
      );
  }
}

/** The key's line for a question: the letter or text of the right answer. */
function keyLines(t: ReturnType<typeof usePreferences>['t'], question: Question): string[] {
  if (question.type === 'multiple-choice') return (question.answerIndexes ?? [question.answerIndex]).map((i) => `${letter(i)}. ${question.options[i] ?? ''}`);
  if (question.type === 'matching') {
    return question.pairs.map((pair) => {
      const left = question.left.find((l) => l.id === pair.left)?.text ?? '';
      const index = question.right.findIndex((r) => r.id === pair.right);
      return `${left} → ${letter(index)}`;
    });
  }
  return rightAnswerLines(t, question);
}

/** The paper version of a test from a link: the questions, then the answer key on a new page. */
export function PrintScreen() {
  const { t, lang } = usePreferences();
  const fragment = useFragment();
  const decoded = useSharedTest(fragment);

  let body;
  if (decoded === null || 'error' in decoded) body = <LinkProblem fragment={fragment} decoded={decoded} missing="examFix.missing.print" />;
  else {
    const { quiz } = decoded;
    const titles = examTitles(decoded.spec.deckIds, lang, decoded.decks);
    body = (
      <div className={styles.print}>
        <p className={styles.noPrint}>
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t('exam.print.button')}
          </button>
        </p>
        <section aria-labelledby="print-test-title">
          <h2 id="print-test-title">{t('exam.print.test')}</h2>
          <p>
            {t('exam.print.name')}: <span className={styles.blank} />
          </p>
          <ol>
            {quiz.questions.map((question) => (
              <li key={question.id} className={styles.printQuestion}>
                <PaperQuestion question={question} />
              </li>
            ))}
          </ol>
        </section>
        <section className={styles.answerKey} aria-labelledby="print-key-title">
          <h2 id="print-key-title">{t('exam.print.answerKey')}</h2>
          <ol>
            {quiz.questions.map((question) => (
              <li key={question.id} className={styles.printQuestion}>
                <ul className={styles.keyLines}>
                  {keyLines(t, question).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
                {question.subjects[0] && subjectReference(t, question.subjects[0], titles.sections) ? (
                  <p className={choiceStyles.hint}>
                    {t('exam.results.reference')}: {subjectReference(t, question.subjects[0], titles.sections)}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    );
  }

  return (
    <div className={styles.printPage}>
      <PageHeader title="exam.print.title" />
      {body}
    </div>
  );
}
