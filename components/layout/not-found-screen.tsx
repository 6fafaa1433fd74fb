'use client';
import Link from 'next/link';
import { PageHeader } from './page-header';
import { usePreferences } from './preferences-provider';

/** An address the app does not have: heading, text and title in the interface language. */
export function NotFoundScreen() {
  const { t } = usePreferences();
  return (
    <>
      <PageHeader title="screens.notFound.title" lead="screens.notFound.text" />
      <p>
        <Link prefetch={false} href="/" className="button button-primary">
          {t('screens.notFound.home')}
        </Link>
      </p>
    </>
  );
}
