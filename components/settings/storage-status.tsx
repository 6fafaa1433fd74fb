'use client';
import { usePreferences } from '@/components/layout/preferences-provider';
import { useStorageStatus } from '@/lib/hooks/use-storage-status';
import { formatBytes } from '@/lib/i18n/translate';

/** Whether the browser keeps the data for good, and how much space it takes. */
export function StorageStatusPanel() {
  const { t, lang } = usePreferences();
  const { status, askForPersistence } = useStorageStatus();

  return (
    <section className="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('settings.storage')}</h2>
      <p>{t('settings.storage.lead')}</p>
      {!status ? (
        <p>{t('common.loading')}</p>
      ) : !status.supported ? (
        <p>{t('settings.storage.unsupported')}</p>
      ) : (
        <>
          <p data-testid="storage-persisted" data-persisted={status.persisted}>
            {t(status.persisted ? 'settings.storage.persisted' : 'settings.storage.notPersisted')}
          </p>
          {status.usageBytes !== undefined && status.quotaBytes !== undefined ? (
            <p data-testid="storage-usage">
              {t('settings.storage.usage', {
                used: formatBytes(status.usageBytes, lang),
                quota: formatBytes(status.quotaBytes, lang),
              })}
            </p>
          ) : null}
          {!status.persisted ? (
            <button type="button" className="button" onClick={() => void askForPersistence()}>
              {t('settings.storage.ask')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
