'use client';
import type { MessageKey } from '@/lib/i18n/translate';
import { FeaturePending } from '@/components/ui/feature-pending';
import { PageHeader } from './page-header';

/** A route whose feature is still being built: its heading and an honest notice. */
export function PendingScreen({ title, lead, pending }: { title: MessageKey; lead: MessageKey; pending: MessageKey }) {
  return (
    <>
      <PageHeader title={title} lead={lead} />
      <FeaturePending message={pending} />
    </>
  );
}
