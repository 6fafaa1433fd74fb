'use client';
import Link from 'next/link';
import { useEffect, type ReactNode } from 'react';
import { requestPersistentStorage } from '@/lib/db';
import { MainNav, SecondaryNav } from './main-nav';
import { OfflineNotice } from './offline-notice';
import { usePreferences } from './preferences-provider';
import { ServiceWorkerUpdates } from './service-worker-updates';
import styles from './app-shell.module.css';

/** The frame around every route: header, navigation, notices and the page itself. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = usePreferences();

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <Link prefetch={false} href="/" className={styles.brand}>
          <svg aria-hidden="true" viewBox="0 0 64 64" width="28" height="28">
            <rect width="64" height="64" rx="14" fill="var(--brand)" />
            <path d="M14 24h26M32 16l8 8-8 8M50 40H24M32 32l-8 8 8 8" fill="none" stroke="var(--brand-contrast)"
              strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>{t('app.name')}</span>
        </Link>
        <SecondaryNav />
      </header>
      <MainNav />
      <main id="main" className={styles.main} tabIndex={-1}>
        <OfflineNotice />
        {children}
      </main>
      <ServiceWorkerUpdates />
    </div>
  );
}
