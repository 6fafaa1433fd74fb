'use client';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { useMediaFile } from '@/lib/hooks/use-media-file';
import styles from './rich-text.module.css';

/**
 * Where card text finds its media: a stored deck's files (study), or files not stored yet (the
 * import preview). Without a source, images show their alt text and sounds nothing.
 */
export type MediaSource = { deckId: string } | { files: ReadonlyMap<string, Blob> };

const MediaSourceContext = createContext<MediaSource | undefined>(undefined);

/** Gives the card text inside it a place to read media from. */
export function MediaProvider({ source, children }: { source: MediaSource | undefined; children: ReactNode }) {
  return <MediaSourceContext.Provider value={source}>{children}</MediaSourceContext.Provider>;
}

function useMediaBlob(name: string): Blob | null | undefined {
  const source = useContext(MediaSourceContext);
  const stored = useMediaFile(source && 'deckId' in source ? source.deckId : undefined, name);
  if (source === undefined) return null;
  if ('files' in source) return source.files.get(name) ?? null;
  return stored === undefined ? undefined : (stored?.blob ?? null);
}

// An object URL lives as long as the element showing it; media never load from anywhere else.
function useObjectUrl(blob: Blob | null | undefined): string | undefined {
  const [entry, setEntry] = useState<{ blob: Blob; url: string }>();
  useEffect(() => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    // The URL is an external resource made and revoked with the effect; it cannot be computed in render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEntry({ blob, url });
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return blob && entry?.blob === blob ? entry.url : undefined;
}

/** An image stored with the deck, by name; its alt text while it loads or when it is missing. */
export function MediaImage({ name, alt }: { name: string; alt: string }) {
  const blob = useMediaBlob(name);
  // Only raster types are stored (lib/cards/media-ref); an SVG would still be inert inside <img>.
  const url = useObjectUrl(blob && blob.type.startsWith('image/') ? blob : null);
  if (!url) return <>{alt}</>;
  // Object URLs of stored files: next/image cannot optimise them and must not fetch anything.
  // eslint-disable-next-line @next/next/no-img-element
  return <img className={styles.image} src={url} alt={alt} loading="lazy" decoding="async" />;
}

/** A sound stored with the deck: a play button (nothing when there is no such file). */
export function MediaSound({ name }: { name: string }) {
  const { t } = usePreferences();
  const blob = useMediaBlob(name);
  const url = useObjectUrl(blob && blob.type.startsWith('audio/') ? blob : null);
  if (!url) return null;
  return (
    <button
      type="button"
      className={styles.sound}
      aria-label={t('anki.media.play', { name })}
      onClick={() => {
        void new Audio(url).play().catch(() => undefined);
      }}
    >
      <span aria-hidden="true">▶</span>
    </button>
  );
}
