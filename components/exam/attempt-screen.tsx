'use client';
import { useSyncExternalStore } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { ExamResults } from './exam-results';
import styles from './exam.module.css';

const noSubscription = () => () => undefined;

/**
 * A finished test's own address, `/test/attempt?id=<id>`: its full results from this device's storage.
 * The static export serves one page for every id (the query is read here, on the client), so it works
 * after a reload, from the stats and offline.
 */
export function AttemptScreen() {
  const { t } = usePreferences();
  // Undefined before hydration (the page is prerendered without the query), then the id or null.
  const id = useSyncExternalStore(noSubscription, () => new URLSearchParams(window.location.search).get('id'), () => undefined);
  let body;
  if (id === undefined) body = <p role="status">{t('exam.loading')}</p>;
  else if (!id) {
    body = (
      <p className={styles.error} role="alert">
        {t('examFix.attempt.noId')}
      </p>
    );
  } else body = <ExamResults key={id} attemptId={id} />;
  return (
    <>
      <PageHeader title="examFix.attempt.title" lead="examFix.attempt.lead" />
      {body}
    </>
  );
}
