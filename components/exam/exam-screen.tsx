'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { discardExamAttempt } from '@/lib/db';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import { buildExam, type ExamAttempt, type ExamSpec } from '@/lib/exam';
import { useExamDecks } from '@/lib/hooks/use-exam-decks';
import { useExamInProgress } from '@/lib/hooks/use-exam-in-progress';
import { ExamBuilder } from './exam-builder';
import { ExamRunner } from './exam-runner';
import { examErrorMessage } from './exam-text';
import { attemptHref, startExam } from './start-exam';
import styles from './exam.module.css';

/**
 * The test route: the builder (with the latest results), or the test in progress (resumed after a
 * reload). A finished test goes to its own address, where its results stay.
 */
export function ExamScreen() {
  const { t } = usePreferences();
  const router = useRouter();
  const inProgress = useExamInProgress();
  const [finishedId, setFinishedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onFinished = useCallback(
    (id: string) => {
      setFinishedId(id);
      router.push(attemptHref(id));
    },
    [router],
  );

  const start = (spec: ExamSpec, decks: DeckFileV2[]) => {
    setError(null);
    startExam(spec, decks).catch((cause: unknown) => setError(examErrorMessage(t, cause)));
  };

  let body;
  if (finishedId || inProgress === undefined) body = <p role="status">{t('exam.loading')}</p>;
  else if (inProgress) body = <ExamInProgress key={inProgress.id} attempt={inProgress} onFinished={onFinished} />;
  else body = <ExamBuilder onStart={start} error={error} />;

  return (
    <>
      <PageHeader title="test.title" lead="test.lead" />
      {body}
    </>
  );
}

/**
 * The test in progress once its user decks are read: their questions are generated again from the spec.
 * A deck deleted meanwhile (or changed so that no question can be made) is said plainly, with a way out.
 */
function ExamInProgress({ attempt, onFinished }: { attempt: ExamAttempt; onFinished: (id: string) => void }) {
  const { t } = usePreferences();
  const loaded = useExamDecks(attempt.spec.deckIds);
  const built = useMemo(() => {
    if (!loaded || loaded.missing.length > 0) return null;
    try {
      return { quiz: buildExam(attempt.spec, loaded.decks) };
    } catch (error) {
      return { error };
    }
  }, [attempt.spec, loaded]);
  if (loaded === undefined) return <p role="status">{t('exam.loading')}</p>;
  if (built === null || 'error' in built) {
    return (
      <div className="card">
        <p className={styles.error} role="alert">
          {built === null ? t('examDecks.error.deckGone') : examErrorMessage(t, built.error)}
        </p>
        <button type="button" className="button" onClick={() => void discardExamAttempt(attempt.id)}>
          {t('exam.abandon')}
        </button>
      </div>
    );
  }
  return <ExamRunner initial={attempt} quiz={built.quiz} onFinished={onFinished} />;
}
