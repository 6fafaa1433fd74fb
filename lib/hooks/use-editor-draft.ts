'use client';
import { useEffect, useState } from 'react';
import { readEditorDraft } from '@/lib/db';

/**
 * The editor's stored draft of a deck as it was when the editor opened (read once: the editor owns
 * it from then on); `loaded` is false while reading. The caller validates the value.
 */
export function useEditorDraft(deckId: string): { loaded: boolean; value: unknown } {
  const [state, setState] = useState<{ deckId: string; value: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    readEditorDraft(deckId).then(
      (value) => live && setState({ deckId, value }),
      () => live && setState({ deckId, value: undefined }),
    );
    return () => {
      live = false;
    };
  }, [deckId]);
  return state?.deckId === deckId ? { loaded: true, value: state.value } : { loaded: false, value: undefined };
}
