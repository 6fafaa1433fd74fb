'use client';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { DbError, discardExamAttempt, updateExamAttempt } from '@/lib/db';
import { useExamAttempt } from '@/lib/hooks/use-exam-attempt';
import { answeredCount, examReducer, scoreAttempt, timeLeft, type ExamAction, type ExamAttempt } from '@/lib/exam';
import type { Quiz, QuizAnswer } from '@/lib/quiz';
import { AbandonDialog } from './abandon-dialog';
import { examErrorMessage } from './exam-text';
import { ExamTimer } from './exam-timer';
import { QuestionView } from './question-views';
import styles from './exam.module.css';
import { choiceStyles } from '@/components/ui/choice-group';

type ActionInput = ExamAction extends infer A ? (A extends ExamAction ? Omit<A, 'now'> : never) : never;

/** A test in progress: one question at a time, progress, timer, navigator; every change is saved at once. */
export function ExamRunner({ initial, quiz, onFinished }: { initial: ExamAttempt; quiz: Quiz; onFinished: (id: string) => void }) {
  const { t } = usePreferences();
  const [attempt, dispatch] = useReducer(examReducer, initial);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  /** What this tab last saved or read: another tab's answers since then are merged, not overwritten. */
  const base = useRef(initial);
  const [leaving, setLeaving] = useState(false);
  const [replaced, setReplaced] = useState(false);
  const stored = useExamAttempt(initial.id);
  // The attempt gone from storage while this tab shows it: a test started in another tab replaced it.
  const gone = stored === null && !leaving;

  // A confirmation rather than an undo: the test is deleted for good, and an undo toast would have to
  // outlive leaving the screen; one more tap is cheap next to losing a half-done test.
  const [asking, setAsking] = useState(false);
  const settleAbandon = (sure: boolean) => {
    setAsking(false);
    if (sure) {
      setLeaving(true);
      discardExamAttempt(attempt.id).catch((cause: unknown) => setError(examErrorMessage(t, cause)));
    }
  };

  const act = useCallback((action: ActionInput) => dispatch({ ...action, now: Date.now() } as ExamAction), []);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (attempt.status === 'in-progress') return;
    }
    updateExamAttempt(attempt, base.current, (merged) => scoreAttempt(quiz.questions, merged).total)
      .then((saved) => {
        base.current = saved;
        if (saved.status === 'finished') onFinished(saved.id);
        else if (JSON.stringify(saved.answers) !== JSON.stringify(attempt.answers)) act({ type: 'synced', answers: saved.answers });
      })
      .catch((cause: unknown) => {
        if (cause instanceof DbError && cause.code === 'attempt-replaced') setReplaced(true);
        else setError(examErrorMessage(t, cause));
      });
  }, [attempt, quiz, onFinished, t, act]);

  const question = quiz.questions[attempt.current];
  const total = quiz.questions.length;
  const answered = answeredCount(attempt);

  const goTo = (index: number) => {
    act({ type: 'go-to', index });
    requestAnimationFrame(() => heading.current?.focus());
  };

  if (replaced || gone) {
    return (
      <section className={styles.screen}>
        <p className={styles.error} role="alert">
          {t('exam.replaced')}
        </p>
        <a className="button" href="/test">
          {t('exam.replaced.back')}
        </a>
      </section>
    );
  }
  if (!question) return null;
  const answer = attempt.answers[question.id];
  const unanswered = total - answered;

  return (
    <section className={styles.screen} aria-label={t('exam.questionOf', { number: attempt.current + 1, total })}>
      <div className={styles.toolbar}>
        <div className={styles.progress}>
          <label htmlFor="exam-progress">{t('exam.progress', { answered, total })}</label>
          <progress id="exam-progress" max={total} value={answered} />
        </div>
        {attempt.deadline !== undefined ? (
          <ExamTimer left={(now) => timeLeft(attempt, now) ?? 0} onTimeUp={() => act({ type: 'time-up' })} />
        ) : null}
        {/* Far from "Finish and check" (the end of the screen), and it asks first. */}
        <div className={styles.leave}>
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => setAsking(true)}>
            {t('exam.abandon')}
          </button>
        </div>
      </div>
      {asking ? <AbandonDialog onSettle={settleAbandon} /> : null}

      <article className={styles.question}>
        <h2 ref={heading} tabIndex={-1}>
          {t('exam.questionOf', { number: attempt.current + 1, total })}
        </h2>
        <QuestionView
          key={question.id}
          question={question}
          answer={answer}
          onAnswer={(next: QuizAnswer | null) => act({ type: 'answer', questionId: question.id, answer: next })}
          onSubmit={() => goTo(Math.min(attempt.current + 1, total - 1))}
        />
      </article>

      <div className={styles.actions}>
        <button type="button" className="button" disabled={attempt.current === 0} onClick={() => goTo(attempt.current - 1)}>
          {t('exam.previous')}
        </button>
        {answer === undefined ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              act({ type: 'skip' });
              requestAnimationFrame(() => heading.current?.focus());
            }}
          >
            {t('exam.skip')}
          </button>
        ) : null}
        <button type="button" className="button button-primary" disabled={attempt.current === total - 1} onClick={() => goTo(attempt.current + 1)}>
          {t('exam.next')}
        </button>
      </div>

      <nav aria-label={t('exam.navigator')}>
        {attempt.skipped.length > 0 ? <p className={choiceStyles.hint}>{t('exam.navigator.skippedList')}</p> : null}
        <ol className={styles.navigator}>
          {quiz.questions.map((q, index) => {
            const state = attempt.answers[q.id] !== undefined ? 'answered' : attempt.skipped.includes(q.id) ? 'skipped' : 'open';
            const className = state === 'answered' ? styles.navAnswered : state === 'skipped' ? styles.navSkipped : '';
            return (
              <li key={q.id}>
                <button
                  type="button"
                  className={`button ${styles.navButton} ${className}`}
                  aria-label={t(`exam.navigator.${state}`, { number: index + 1 })}
                  aria-current={index === attempt.current ? 'step' : undefined}
                  onClick={() => goTo(index)}
                >
                  {index + 1}
                  {state === 'skipped' ? '?' : state === 'answered' ? '✓' : ''}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <div className="card">
        {unanswered > 0 ? <p className={choiceStyles.hint}>{t('exam.unanswered', { count: unanswered })}</p> : null}
        <div className={styles.actions}>
          <button type="button" className="button button-primary" onClick={() => act({ type: 'finish' })}>
            {t('exam.finish')}
          </button>
        </div>
      </div>
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
