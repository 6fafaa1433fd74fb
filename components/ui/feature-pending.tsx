'use client';
import type { MessageKey } from '@/lib/i18n/translate';
import { usePreferences } from '@/components/layout/preferences-provider';
import styles from './feature-pending.module.css';

/** Says plainly that a feature is not built yet, instead of pretending with fake data. */
export function FeaturePending({ message }: { message: MessageKey }) {
  const { t } = usePreferences();
  return (
    <section className={`card ${styles.pending}`} aria-labelledby="feature-pending-label">
      <h2 id="feature-pending-label" className={styles.label}>
        {t('common.comingSoon')}
      </h2>
      <p>{t(message)}</p>
    </section>
  );
}
