'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { buildDeck } from '@/lib/content/build-deck';
import { findBuiltInContent } from '@/lib/content/built-in';
import { installDeck, mistakeCardIds, saveSelfGradedAnswer, studyExamMistakes, type StudyMistakesResult } from '@/lib/db';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import {
  attemptDuration,
  buildExam,
  canMarkSelfGraded,
  deckOfFacts,
  examTitles,
  markSelfGraded,
  missedOnlySpec,
  scoreAttempt,
  sharedResultOf,
  type ExamAttempt,
  type ExamSpec,
} from '@/lib/exam';
import { deviceTimeZone } from '@/lib/hooks/device-time-zone';
import { useExamAttempt } from '@/lib/hooks/use-exam-attempt';
import { useExamDecks } from '@/lib/hooks/use-exam-decks';
import type { Question, Quiz, QuizAnswer, QuizScore } from '@/lib/quiz';
import { examErrorMessage, formatDuration, givenAnswerLines, percentOf, rightAnswerLines, subjectReference } from './exam-text';
import { QuestionBlock, QuestionText } from './question-text';
import { ScoreBreakdown } from './score-breakdown';
import { deckNeeds } from './exam-builder';
import { startExam } from './start-exam';
import { SharePanel } from './share-panel';
import styles from './exam.module.css';
import { choiceStyles } from '@/components/ui/choice-group';

/** The student's answer and the right one, as two term/description pairs of a results list. */
function AnswerPair({ question, answer }: { question: Question; answer: QuizAnswer | undefined }) {
  const { t } = usePreferences();
  return (
    <>
      <dt>{t('exam.results.yourAnswer')}</dt>
      <dd>
        <Lines lines={givenAnswerLines(t, question, answer)} question={question} />
      </dd>
      <dt>{t('exam.results.rightAnswer')}</dt>
      <dd>
        <Lines lines={rightAnswerLines(t, question)} question={question} />
      </dd>
    </>
  );
}

function Lines({ lines, question }: { lines: string[]; question?: Pick<Question, 'format'> }) {
  const show = (line: string) => (question ? <QuestionText question={question} text={line} /> : line);
  if (lines.length === 1) return <>{show(lines[0] ?? '')}</>;
  return (
    <ul className={styles.lines}>
      {lines.map((line, i) => (
        <li key={i}>{show(line)}</li>
      ))}
    </ul>
  );
}

/**
 * "Study my mistakes": the cards behind each wrongly answered fact. The decks may not be installed yet
 * on this device (a shared test opened first), so they are installed (idempotent).
 */
async function sendMistakesToStudy(attempt: ExamAttempt, missed: readonly Question[], mistakes: QuizScore['mistakes']): Promise<StudyMistakesResult> {
  const now = Date.now();
  const cardIds = mistakeCardIds({ questions: missed, mistakes, deckOfFacts: deckOfFacts(attempt.spec), fallbackDeckId: attempt.spec.deckIds[0] ?? '' });
  for (const deckId of attempt.spec.deckIds) {
    const content = findBuiltInContent(deckId);
    if (content) await installDeck(buildDeck(content), now);
  }
  return studyExamMistakes({ cardIds, now, timeZone: deviceTimeZone });
}

/**
 * The "study my mistakes" button, next to the score. Once pressed it gives way to what happened (how
 * many cards went back to study, how many new ones wait in the day's new cards, and why), which takes
 * the focus so it never falls to the page.
 */
function StudyMistakes({ attempt, missed, mistakes }: { attempt: ExamAttempt; missed: readonly Question[]; mistakes: QuizScore['mistakes'] }) {
  const { t } = usePreferences();
  const [done, setDone] = useState<StudyMistakesResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const message = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (done) message.current?.focus();
  }, [done]);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setDone(await sendMistakesToStudy(attempt, missed, mistakes));
    } catch (cause) {
      setError(examErrorMessage(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const lines = done
    ? [
        ...(done.studied.length > 0 ? [t('examFix.study.studied', { count: done.studied.length })] : []),
        ...(done.queuedNew.length > 0 ? [t('examFix.study.queued', { count: done.queuedNew.length })] : []),
      ]
    : [];
  return (
    <div className={styles.studyBox}>
      {done === null ? (
        <>
          <button type="button" className="button button-primary" disabled={busy} aria-describedby="exam-study-hint" onClick={() => void run()}>
            {t('exam.results.studyMistakes')}
          </button>
          <p id="exam-study-hint" className={choiceStyles.hint}>
            {t('examFix.study.hint')}
          </p>
        </>
      ) : null}
      <div role="status">
        {done ? (
          <p ref={message} tabIndex={-1} className={styles.success} data-testid="study-mistakes-done">
            {lines.length > 0 ? lines.join(' ') : t('examFix.study.none')}
          </p>
        ) : null}
      </div>
      {done && lines.length > 0 ? (
        <Link prefetch={false} className="button" href="/study">
          {t('exam.results.goStudy')}
        </Link>
      ) : null}
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Retake the same test, retake only the missed questions, share this test (same spec and seed), or build a new one. */
function NextSteps({ attempt, decks, missedFacts }: { attempt: ExamAttempt; decks: readonly DeckFileV2[]; missedFacts: readonly string[] }) {
  const { t, lang } = usePreferences();
  const router = useRouter();
  const [sharing, setSharing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const missedSpec = missedOnlySpec(attempt.spec, missedFacts);
  const start = (spec: ExamSpec) => {
    setError(null);
    startExam(spec, decks)
      .then(() => router.push('/test'))
      .catch((cause: unknown) => setError(examErrorMessage(t, cause)));
  };
  return (
    <>
      <section className="card" aria-labelledby="exam-next-title">
        <h2 id="exam-next-title">{t('examFix.next.title')}</h2>
        <p className={choiceStyles.hint}>{t('examFix.retake.hint')}</p>
        <div className={styles.actions}>
          {missedSpec ? (
            <button type="button" className="button button-primary" onClick={() => start(missedSpec)}>
              {t('examFix.retakeMissed')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => start(attempt.spec)}>
            {t('examFix.retake')}
          </button>
          <button type="button" className="button" aria-expanded={sharing} onClick={() => setSharing(!sharing)}>
            {t('exam.shareTest')}
          </button>
          <Link prefetch={false} className="button" href="/test">
            {t('exam.results.newTest')}
          </Link>
        </div>
        {error ? (
          <p className={styles.error} role="alert">
            {error}
          </p>
        ) : null}
      </section>
      {sharing ? <SharePanel kind="test" spec={attempt.spec} needs={deckNeeds(decks.filter((deck) => attempt.spec.deckIds.includes(deck.id)), lang)} /> : null}
    </>
  );
}

/**
 * "I was right" under a refused answer to a long gap (as Quizlet does): the student compares the two
 * and may count the answer; it is then listed as counted on their word.
 */
function SelfGrade({ attempt, quiz, question, onGraded }: { attempt: ExamAttempt; quiz: Quiz; question: Question; onGraded: () => void }) {
  const { t } = usePreferences();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = `${question.id}-self-grade-hint`;
  const grade = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = markSelfGraded(attempt, question);
      const saved = await saveSelfGradedAnswer(attempt.id, question.id, scoreAttempt(quiz.questions, next).total);
      if (saved) onGraded();
      else setError(t('quizFair.selfGrade.failed'));
    } catch {
      setError(t('quizFair.selfGrade.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.selfGrade}>
      <p id={hintId}>{t('quizFair.selfGrade.hint')}</p>
      <button type="button" className="button" aria-describedby={hintId} disabled={busy} onClick={() => void grade()}>
        {t('quizFair.selfGrade.button')}
      </button>
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Results({ attempt, quiz, decks }: { attempt: ExamAttempt; quiz: Quiz; decks: readonly DeckFileV2[] }) {
  const { t, lang } = usePreferences();
  const score = useMemo(() => scoreAttempt(quiz.questions, attempt), [quiz, attempt]);
  const selfGradedHeading = useRef<HTMLHeadingElement>(null);
  const [graded, setGraded] = useState(0);
  // The answer just counted leaves the mistakes: take the focus to where it went, once it is listed.
  useEffect(() => {
    if (graded > 0) selfGradedHeading.current?.focus();
  }, [graded, score.selfGraded.length]);
  const titles = useMemo(() => examTitles(attempt.spec.deckIds, lang, decks), [attempt.spec.deckIds, lang, decks]);
  const heading = useRef<HTMLHeadingElement>(null);

  // The results replace the test (or open from a link): focus their heading, which reads the score.
  useEffect(() => {
    heading.current?.focus();
  }, [attempt.id]);

  const duration = attemptDuration(attempt);
  const shared = sharedResultOf({
    score,
    spec: attempt.spec,
    questionCount: quiz.questions.length,
    durationMs: duration,
    finishedAt: attempt.finishedAt ?? attempt.startedAt,
    endedBy: attempt.endedBy ?? 'submitted',
  });
  const missed = quiz.questions.filter((q) => score.mistakes.some((m) => m.questionId === q.id));
  const finished = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(attempt.finishedAt ?? attempt.startedAt);

  return (
    <section className={styles.screen} aria-labelledby="exam-results-title">
      <div className="card">
        <h2 id="exam-results-title" ref={heading} tabIndex={-1} className={styles.resultsHeading}>
          <span>{t('exam.results.title')}</span>{' '}
          <span className={styles.score}>
            {t('exam.results.score', { points: score.total.points, available: score.total.available, percent: percentOf(score.total.points, score.total.available) })}
          </span>
        </h2>
        <p>
          {t('exam.sharedResult.finished', { date: finished })} · {t('exam.results.time', { time: formatDuration(t, duration) })}
        </p>
        {score.selfGraded.length > 0 ? <p>{t('quizFair.selfGrade.count', { count: score.selfGraded.length })}</p> : null}
        {attempt.endedBy === 'time-up' ? <p className={styles.notice}>{t('exam.results.timeUp')}</p> : null}
        {missed.length > 0 ? <StudyMistakes attempt={attempt} missed={missed} mistakes={score.mistakes} /> : null}
        <ScoreBreakdown byTopic={shared.byTopic} byKind={shared.byKind} topicTitles={titles.topics} />
      </div>

      <NextSteps attempt={attempt} decks={decks} missedFacts={score.mistakes.map((m) => m.factId)} />

      {score.spelling.length > 0 ? (
        <section className="card" aria-labelledby="exam-spelling-title">
          <h2 id="exam-spelling-title">{t('exam.results.spellingTitle')}</h2>
          <ul className={styles.lines}>
            {score.spelling.map((note) => (
              <li key={note.questionId}>
                „{note.given}” — {t('exam.results.spelling', { answer: note.correct })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {score.selfGraded.length > 0 ? (
        <section className="card" aria-labelledby="exam-self-graded-title">
          <h2 id="exam-self-graded-title" ref={selfGradedHeading} tabIndex={-1}>
            {t('quizFair.selfGrade.title')}
          </h2>
          {quiz.questions
            .filter((q) => score.selfGraded.includes(q.id))
            .map((question) => (
              <article key={question.id} className={styles.mistake}>
                <h3>{t('exam.questionOf', { number: quiz.questions.indexOf(question) + 1, total: quiz.questions.length })}</h3>
                <QuestionBlock question={question} text={question.prompt} />
                <dl>
                  <AnswerPair question={question} answer={attempt.answers[question.id]} />
                </dl>
                <p>{t('quizFair.selfGrade.done')}</p>
              </article>
            ))}
        </section>
      ) : null}

      <section className="card" aria-labelledby="exam-mistakes-title">
        <h2 id="exam-mistakes-title">{t('exam.results.mistakes')}</h2>
        {missed.length === 0 ? <p>{t('exam.results.noMistakes')}</p> : null}
        {missed.map((question) => {
          const index = quiz.questions.indexOf(question);
          const wrong = question.subjects.filter((s) => score.mistakes.some((m) => m.questionId === question.id && m.factId === s.factId));
          const refs = [...new Set(wrong.flatMap((s) => subjectReference(t, s, titles.sections) ?? []))];
          return (
            <article key={question.id} className={styles.mistake}>
              <h3>{t('exam.questionOf', { number: index + 1, total: quiz.questions.length })}</h3>
              {question.type === 'true-false' && question.variant === 'card' ? (
                <>
                  <QuestionBlock question={question} text={question.prompt} />
                  <p>{t('examDecks.proposedAnswer')}</p>
                  <QuestionBlock question={question} text={question.statement} />
                </>
              ) : (
                <QuestionBlock question={question} text={question.type === 'true-false' ? question.statement : question.prompt} />
              )}
              <dl>
                <AnswerPair question={question} answer={attempt.answers[question.id]} />
                {refs.length > 0 ? (
                  <>
                    <dt>{t('exam.results.reference')}</dt>
                    <dd>
                      <Lines lines={refs} />
                    </dd>
                  </>
                ) : null}
              </dl>
              {canMarkSelfGraded(attempt, question) ? (
                <SelfGrade attempt={attempt} quiz={quiz} question={question} onGraded={() => setGraded((n) => n + 1)} />
              ) : null}
            </article>
          );
        })}
      </section>

      <SharePanel kind="result" result={shared} />
    </section>
  );
}

/**
 * The results of a finished attempt, read from storage with the notes of its user decks: what the
 * test's own address (/test/attempt?id=…) shows, after a reload and offline too.
 */
export function ExamResults({ attemptId }: { attemptId: string }) {
  const { t } = usePreferences();
  const attempt = useExamAttempt(attemptId);
  const finished = attempt && attempt.status === 'finished' ? attempt : null;
  const loaded = useExamDecks(finished?.spec.deckIds ?? []);
  const built = useMemo(() => {
    if (!finished || !loaded) return null;
    try {
      return { quiz: buildExam(finished.spec, loaded.decks) };
    } catch (error) {
      return { error };
    }
  }, [finished, loaded]);
  if (attempt === null || attempt?.status === 'in-progress') {
    return (
      <div className="card">
        <p className={styles.error} role="alert">
          {attempt === null ? t('examFix.attempt.notFound') : t('examFix.attempt.inProgress')}
        </p>
        <Link prefetch={false} className="button button-primary" href="/test">
          {attempt === null ? t('examFix.attempt.newTest') : t('examFix.attempt.resume')}
        </Link>
      </div>
    );
  }
  if (!finished || !built) return <p role="status">{t('exam.loading')}</p>;
  if ('error' in built) {
    return (
      <div className="card">
        <p className={styles.error} role="alert">
          {loaded && loaded.missing.length > 0 ? t('examDecks.error.deckGone') : examErrorMessage(t, built.error)}
        </p>
        <Link prefetch={false} className="button button-primary" href="/test">
          {t('exam.results.newTest')}
        </Link>
      </div>
    );
  }
  return <Results attempt={finished} quiz={built.quiz} decks={loaded?.decks ?? []} />;
}
