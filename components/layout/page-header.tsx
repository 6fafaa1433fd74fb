'use client';
import type { MessageKey } from '@/lib/i18n/translate';
import { usePreferences } from './preferences-provider';

/** The page's heading and lead, and the document title in the interface language. */
export function PageHeader({ title, lead }: { title: MessageKey; lead?: MessageKey }) {
  const { t } = usePreferences();
  const heading = t(title);
  const appName = t('app.name');

  return (
    <header>
      {/* React hoists the title into <head>; rendered here it follows the interface language. */}
      <title>{`${heading} · ${appName}`}</title>
      <h1>{heading}</h1>
      {lead ? <p className="lead">{t(lead)}</p> : null}
    </header>
  );
}
