'use client';
import { usePreferences } from '@/components/layout/preferences-provider';
import { examErrorMessage } from './exam-text';
import styles from './exam.module.css';

/**
 * What a shared-link screen shows until its fragment is decoded: loading, no fragment at all, or the
 * translated reason the link was refused (nothing from a refused link is shown or saved).
 */
export function LinkProblem({
  fragment,
  decoded,
  missing = 'exam.linkMissing',
}: {
  fragment: string | null;
  decoded: { error?: unknown } | null;
  /** What the page says when the link has no fragment at all: what is missing for this page. */
  missing?: 'exam.linkMissing' | 'examFix.missing.result' | 'examFix.missing.print';
}) {
  const { t } = usePreferences();
  if (decoded === null) return <p role="status">{t('exam.loading')}</p>;
  return (
    <p className={styles.error} role="alert">
      {fragment ? examErrorMessage(t, decoded.error) : t(missing)}
    </p>
  );
}
