'use client';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { buildDeck } from '@/lib/content/build-deck';
import { findBuiltInContent } from '@/lib/content/built-in';
import { installDeck, storedCardId, studyExamMistakes } from '@/lib/db';
import { attemptDuration, buildExam, deckOfFacts, examTitles, scoreAttempt, sharedResultOf, type ExamAttempt } from '@/lib/exam';
import { deviceTimeZone } from '@/lib/hooks/device-time-zone';
import { useExamAttempt } from '@/lib/hooks/use-exam-attempt';
import type { Question, QuizScore } from '@/lib/quiz';
import { examErrorMessage, formatDuration, givenAnswerLines, percentOf, referenceText, rightAnswerLines } from './exam-text';
import { ScoreBreakdown } from './score-breakdown';
import { SharePanel } from './share-panel';
import styles from './exam.module.css';
import { choiceStyles } from '@/components/ui/choice-group';

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className={styles.lines}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * "Study my mistakes": the cards behind each wrongly answered fact, rated Again now. The decks may not
 * be installed yet on this device (a shared test opened first), so they are installed (idempotent).
 */
async function sendMistakesToStudy(attempt: ExamAttempt, missed: readonly Question[], mistakes: QuizScore['mistakes']): Promise<number> {
  const now = Date.now();
  const deckOf = deckOfFacts(attempt.spec);
  const wrongFacts = new Set(mistakes.map((m) => `${m.questionId}:${m.factId}`));
  const cardIds = missed.flatMap((q) =>
    q.subjects
      .filter((s) => wrongFacts.has(`${q.id}:${s.factId}`))
      .flatMap((s) => s.cardIds.map((cardId) => storedCardId(deckOf.get(s.factId) ?? attempt.spec.deckIds[0] ?? '', cardId))),
  );
  for (const deckId of attempt.spec.deckIds) {
    const content = findBuiltInContent(deckId);
    if (content) await installDeck(buildDeck(content), now);
  }
  const result = await studyExamMistakes({ cardIds, now, timeZone: deviceTimeZone });
  return result.studied.length;
}

function Results({ attempt, onNewTest }: { attempt: ExamAttempt; onNewTest: () => void }) {
  const { t, lang } = usePreferences();
  const quiz = useMemo(() => buildExam(attempt.spec), [attempt.spec]);
  const score = useMemo(() => scoreAttempt(quiz.questions, attempt), [quiz, attempt]);
  const titles = useMemo(() => examTitles(attempt.spec.deckIds, lang), [attempt.spec.deckIds, lang]);
  const [studied, setStudied] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

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

  const studyMistakes = async () => {
    setBusy(true);
    setError(null);
    try {
      setStudied(await sendMistakesToStudy(attempt, missed, score.mistakes));
    } catch (cause) {
      setError(examErrorMessage(t, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.screen} aria-labelledby="exam-results-title">
      <div className="card">
        <h2 id="exam-results-title">{t('exam.results.title')}</h2>
        <p className={styles.score}>
          {t('exam.results.score', { points: score.total.points, available: score.total.available, percent: percentOf(score.total.points, score.total.available) })}
        </p>
        <p>{t('exam.results.time', { time: formatDuration(t, duration) })}</p>
        {attempt.endedBy === 'time-up' ? <p className={styles.notice}>{t('exam.results.timeUp')}</p> : null}
        <ScoreBreakdown byTopic={shared.byTopic} byKind={shared.byKind} topicTitles={titles.topics} />
      </div>

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

      <section className="card" aria-labelledby="exam-mistakes-title">
        <h2 id="exam-mistakes-title">{t('exam.results.mistakes')}</h2>
        {missed.length === 0 ? <p>{t('exam.results.noMistakes')}</p> : null}
        {missed.map((question) => {
          const index = quiz.questions.indexOf(question);
          const wrong = question.subjects.filter((s) => score.mistakes.some((m) => m.questionId === question.id && m.factId === s.factId));
          const refs = [...new Set(wrong.map((s) => referenceText(t, s.source, titles.sections)))];
          return (
            <article key={question.id} className={styles.mistake}>
              <h3>{t('exam.questionOf', { number: index + 1, total: quiz.questions.length })}</h3>
              <p>{question.type === 'true-false' ? question.statement : question.prompt}</p>
              <dl>
                <dt>{t('exam.results.yourAnswer')}</dt>
                <dd>
                  <Lines lines={givenAnswerLines(t, question, attempt.answers[question.id])} />
                </dd>
                <dt>{t('exam.results.rightAnswer')}</dt>
                <dd>
                  <Lines lines={rightAnswerLines(t, question)} />
                </dd>
                <dt>{t('exam.results.reference')}</dt>
                <dd>
                  <Lines lines={refs} />
                </dd>
              </dl>
            </article>
          );
        })}
        {missed.length > 0 ? (
          <div className={styles.actions}>
            <p className={choiceStyles.hint}>{t('exam.results.studyMistakes.hint')}</p>
            {studied === null ? (
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void studyMistakes()}>
                {t('exam.results.studyMistakes')}
              </button>
            ) : null}
            <p role="status" className={styles.success}>
              {studied !== null ? t('exam.results.studied', { count: studied }) : ''}
            </p>
            {studied !== null ? (
              <Link className="button" href="/study">
                {t('exam.results.goStudy')}
              </Link>
            ) : null}
            {error ? (
              <p className={styles.error} role="alert">
                {error}
              </p>
            ) : null}
          </div>
        ) : null}
      </section>

      <SharePanel kind="result" result={shared} />

      <div className={styles.actions}>
        <button type="button" className="button button-primary" onClick={onNewTest}>
          {t('exam.results.newTest')}
        </button>
      </div>
    </section>
  );
}

/** The results of a finished attempt, read from storage. */
export function ExamResults({ attemptId, onNewTest }: { attemptId: string; onNewTest: () => void }) {
  const { t } = usePreferences();
  const attempt = useExamAttempt(attemptId);
  if (!attempt || attempt.status !== 'finished') return <p role="status">{t('exam.loading')}</p>;
  return <Results attempt={attempt} onNewTest={onNewTest} />;
}
