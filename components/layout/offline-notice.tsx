'use client';
import { useSyncExternalStore } from 'react';
import { usePreferences } from './preferences-provider';
import styles from './app-shell.module.css';

function subscribe(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Tells the student, calmly, that being offline changes nothing. */
export function OfflineNotice() {
  const { t } = usePreferences();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
  if (online) return null;
  return (
    <p className={styles.offline} role="status">
      {t('offline.notice')}
    </p>
  );
}
