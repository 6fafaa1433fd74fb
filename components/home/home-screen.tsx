'use client';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { FeaturePending } from '@/components/ui/feature-pending';

/** Today's study: what is due and how long it takes. */
export function HomeScreen() {
  const { t } = usePreferences();
  return (
    <>
      <PageHeader title="home.title" lead="home.lead" />
      <FeaturePending message="home.pending" />
      <p>{t('home.offlineReady')}</p>
    </>
  );
}
