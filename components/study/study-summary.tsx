'use client';
import Link from 'next/link';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { SessionSummary } from '@/lib/study/session';
import styles from './study.module.css';

/** End of the session: what was done, or when the next learning card is ready; undo stays possible. */
export function StudySummary({
  summary,
  waitingUntil,
  canUndo,
  onUndo,
}: {
  summary: SessionSummary;
  waitingUntil: number | null;
  canUndo: boolean;
  onUndo: () => void;
}) {
  const { t, lang } = usePreferences();
  const minutes = Math.max(1, Math.round(summary.studiedMs / 60_000));
  return (
    <section className={`card ${styles.summary}`} aria-labelledby="study-summary-heading">
      <h2 id="study-summary-heading">{summary.answered > 0 ? t('study.finished') : t('study.nothingDue')}</h2>
      {summary.answered > 0 ? <p>{t('study.summary', { count: summary.answered, minutes })}</p> : null}
      {waitingUntil !== null ? (
        <p>{t('study.waiting', { time: new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(waitingUntil) })}</p>
      ) : null}
      <p className={styles.toolbar}>
        {canUndo ? (
          <button type="button" className="button" onClick={onUndo} aria-keyshortcuts="U Control+Z">
            {t('study.undo')}
          </button>
        ) : null}
        <Link prefetch={false} href="/" className="button">
          {t('nav.home')}
        </Link>
      </p>
    </section>
  );
}
