'use client';
import { useCallback, useState } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { saveExamAttempt } from '@/lib/db';
import { buildExam, startAttempt, type ExamSpec } from '@/lib/exam';
import { useExamInProgress } from '@/lib/hooks/use-exam-in-progress';
import { ExamBuilder } from './exam-builder';
import { ExamResults } from './exam-results';
import { ExamRunner } from './exam-runner';
import { examErrorMessage } from './exam-text';
import { newAttemptId } from './seed';

/** Starts a test from its spec and saves it as the test in progress; throws ExamError when it has no question. */
export async function startExam(spec: ExamSpec): Promise<void> {
  const quiz = buildExam(spec);
  const attempt = startAttempt({ id: newAttemptId(), spec, questionIds: quiz.questions.map((q) => q.id), now: Date.now() });
  await saveExamAttempt(attempt);
}

/** The test route: the builder, the test in progress (resumed after a reload), then its results. */
export function ExamScreen() {
  const { t } = usePreferences();
  const inProgress = useExamInProgress();
  const [finishedId, setFinishedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onFinished = useCallback((id: string) => setFinishedId(id), []);

  const start = (spec: ExamSpec) => {
    setError(null);
    startExam(spec).catch((cause: unknown) => setError(examErrorMessage(t, cause)));
  };

  let body;
  if (finishedId) body = <ExamResults attemptId={finishedId} onNewTest={() => setFinishedId(null)} />;
  else if (inProgress === undefined) body = <p role="status">{t('exam.loading')}</p>;
  else if (inProgress) body = <ExamRunner key={inProgress.id} initial={inProgress} onFinished={onFinished} />;
  else body = <ExamBuilder onStart={start} error={error} />;

  return (
    <>
      <PageHeader title="test.title" lead="test.lead" />
      {body}
    </>
  );
}
