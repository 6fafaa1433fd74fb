'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readEditorDraft } from '@/lib/db';

/**
 * The editor's stored draft of a deck (`loaded` is false while reading; `value` is undefined when
 * there is none). The caller validates the value and takes it once: the form owns it from then on.
 */
export function useEditorDraft(deckId: string): { loaded: boolean; value: unknown } {
  const read = useLiveQuery(async () => ({ value: await readEditorDraft(deckId) }), [deckId]);
  return read ? { loaded: true, value: read.value } : { loaded: false, value: undefined };
}
