'use client';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { buildDeck } from '@/lib/content/build-deck';
import { findBuiltInContent } from '@/lib/content/built-in';
import { installDeck, mistakeCardIds, studyExamMistakes } from '@/lib/db';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import { attemptDuration, buildExam, deckOfFacts, examTitles, scoreAttempt, sharedResultOf, type ExamAttempt } from '@/lib/exam';
import { deviceTimeZone } from '@/lib/hooks/device-time-zone';
import { useExamAttempt } from '@/lib/hooks/use-exam-attempt';
import { useExamDecks } from '@/lib/hooks/use-exam-decks';
import type { Question, Quiz, QuizScore } from '@/lib/quiz';
import { examErrorMessage, formatDuration, givenAnswerLines, percentOf, rightAnswerLines, subjectReference } from './exam-text';
import { QuestionBlock, QuestionText } from './question-text';
import { ScoreBreakdown } from './score-breakdown';
import { SharePanel } from './share-panel';
import styles from './exam.module.css';
import { choiceStyles } from '@/components/ui/choice-group';

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
 * "Study my mistakes": the cards behind each wrongly answered fact, rated Again now. The decks may not
 * be installed yet on this device (a shared test opened first), so they are installed (idempotent).
 */
async function sendMistakesToStudy(attempt: ExamAttempt, missed: readonly Question[], mistakes: QuizScore['mistakes']): Promise<number> {
  const now = Date.now();
  const cardIds = mistakeCardIds({ questions: missed, mistakes, deckOfFacts: deckOfFacts(attempt.spec), fallbackDeckId: attempt.spec.deckIds[0] ?? '' });
  for (const deckId of attempt.spec.deckIds) {
    const content = findBuiltInContent(deckId);
    if (content) await installDeck(buildDeck(content), now);
  }
  const result = await studyExamMistakes({ cardIds, now, timeZone: deviceTimeZone });
  return result.studied.length;
}

function Results({ attempt, quiz, decks, onNewTest }: { attempt: ExamAttempt; quiz: Quiz; decks: readonly DeckFileV2[]; onNewTest: () => void }) {
  const { t, lang } = usePreferences();
  const score = useMemo(() => scoreAttempt(quiz.questions, attempt), [quiz, attempt]);
  const titles = useMemo(() => examTitles(attempt.spec.deckIds, lang, decks), [attempt.spec.deckIds, lang, decks]);
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
                <dt>{t('exam.results.yourAnswer')}</dt>
                <dd>
                  <Lines lines={givenAnswerLines(t, question, attempt.answers[question.id])} question={question} />
                </dd>
                <dt>{t('exam.results.rightAnswer')}</dt>
                <dd>
                  <Lines lines={rightAnswerLines(t, question)} question={question} />
                </dd>
                {refs.length > 0 ? (
                  <>
                    <dt>{t('exam.results.reference')}</dt>
                    <dd>
                      <Lines lines={refs} />
                    </dd>
                  </>
                ) : null}
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

/** The results of a finished attempt, read from storage with the notes of its user decks. */
export function ExamResults({ attemptId, onNewTest }: { attemptId: string; onNewTest: () => void }) {
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
  if (!finished || !built) return <p role="status">{t('exam.loading')}</p>;
  if ('error' in built) {
    return (
      <div className="card">
        <p className={styles.error} role="alert">
          {loaded && loaded.missing.length > 0 ? t('examDecks.error.deckGone') : examErrorMessage(t, built.error)}
        </p>
        <button type="button" className="button button-primary" onClick={onNewTest}>
          {t('exam.results.newTest')}
        </button>
      </div>
    );
  }
  return <Results attempt={finished} quiz={built.quiz} decks={loaded?.decks ?? []} onNewTest={onNewTest} />;
}
