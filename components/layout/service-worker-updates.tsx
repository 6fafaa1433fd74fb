'use client';
import { useEffect, useRef, useState } from 'react';
import { usePreferences } from './preferences-provider';
import styles from './app-shell.module.css';

const CHECK_FOR_UPDATES_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and, when a new deployment has been downloaded, offers a reload.
 * The new worker waits (no skipWaiting) so one page never mixes files of two versions; when it takes
 * over (from any tab's banner), every open tab reloads into the new version.
 */
export function ServiceWorkerUpdates() {
  const { t } = usePreferences();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const reloadRequested = useRef(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || process.env.NODE_ENV !== 'production') return;
    const container = navigator.serviceWorker;
    let registration: ServiceWorkerRegistration | undefined;

    const offerWhenInstalled = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const check = () => {
        if (worker.state === 'installed' && container.controller) setWaiting(worker);
      };
      check();
      worker.addEventListener('statechange', check);
    };

    // A page that was already controlled when it loaded runs the old version's JavaScript: once any
    // tab lets the new worker take over, this page must reload too, or its next lazily loaded file
    // would come from the new version (and the old files are cleaned from the cache). The very first
    // worker taking control (a first visit) changes nothing the page runs, so no reload then.
    const loadedUnderWorker = container.controller !== null;
    const onControllerChange = () => {
      if (loadedUnderWorker || reloadRequested.current) window.location.reload();
    };
    const checkForUpdate = () => {
      if (document.visibilityState === 'visible') void registration?.update().catch(() => undefined);
    };

    container.addEventListener('controllerchange', onControllerChange);
    document.addEventListener('visibilitychange', checkForUpdate);
    const timer = window.setInterval(checkForUpdate, CHECK_FOR_UPDATES_EVERY_MS);

    container
      .register('/sw.js', { scope: '/' })
      .then((registered) => {
        registration = registered;
        if (registered.waiting && container.controller) setWaiting(registered.waiting);
        registered.addEventListener('updatefound', () => offerWhenInstalled(registered.installing));
      })
      .catch(() => undefined);

    return () => {
      container.removeEventListener('controllerchange', onControllerChange);
      document.removeEventListener('visibilitychange', checkForUpdate);
      window.clearInterval(timer);
    };
  }, []);

  if (!waiting) return null;

  const reload = () => {
    reloadRequested.current = true;
    // Another tab may have activated this worker already: then only this page is left to reload.
    if (waiting.state === 'installed') waiting.postMessage({ type: 'SKIP_WAITING' });
    else window.location.reload();
  };

  return (
    <div className={styles.banner} role="status">
      <span>{t('update.available')}</span>
      <button type="button" className="button button-primary" onClick={reload}>
        {t('update.reload')}
      </button>
    </div>
  );
}
