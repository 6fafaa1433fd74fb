'use client';
import Link from 'next/link';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import styles from './decks.module.css';

/** How long an "Undo" stays offered after a deck went to the trash. */
const UNDO_MS = 10_000;

export interface Announcement {
  text: string;
  tone?: 'info' | 'error';
  /** Offered for a few seconds, then withdrawn (the trash still has the deck). */
  undo?: { label: string; run: () => void };
  link?: { href: string; label: string };
  /** Move focus to the message (after an action whose trigger is gone). */
  focus?: boolean;
}

interface Shown extends Announcement {
  id: number;
}

const StatusContext = createContext<(announcement: Announcement) => void>(() => {});

/** Tells the library's status line what just happened. */
export function useAnnounce() {
  return useContext(StatusContext);
}

/** The library's one status line (a live region) with the context that writes to it. */
export function LibraryStatus({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [undoOpen, setUndoOpen] = useState(false);
  const counter = useRef(0);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const regionRef = useRef<HTMLDivElement>(null);

  const announce = useCallback((announcement: Announcement) => {
    counter.current += 1;
    setShown({ ...announcement, id: counter.current });
    setUndoOpen(Boolean(announcement.undo));
  }, []);

  useEffect(() => {
    if (shown?.focus) messageRef.current?.focus();
  }, [shown]);

  useEffect(() => {
    if (!undoOpen) return;
    const timer = window.setTimeout(() => {
      // The Undo button goes away: keep the keyboard user's place on the message it belonged to.
      const hadFocus = regionRef.current?.contains(document.activeElement) ?? false;
      setUndoOpen(false);
      if (hadFocus) messageRef.current?.focus();
    }, UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [undoOpen, shown]);

  const value = useMemo(() => announce, [announce]);
  return (
    <StatusContext.Provider value={value}>
      <div ref={regionRef} role="status" aria-live="polite" className={styles.statusRegion}>
        {shown ? (
          <div key={shown.id} className={shown.tone === 'error' ? `${styles.status} ${styles.statusError}` : styles.status}>
            <p ref={messageRef} tabIndex={-1}>
              {shown.text}
            </p>
            <div className={styles.statusActions}>
              {shown.undo && undoOpen ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setUndoOpen(false);
                    shown.undo?.run();
                  }}
                >
                  {shown.undo.label}
                </button>
              ) : null}
              {shown.link ? (
                <Link prefetch={false} className="button" href={shown.link.href}>
                  {shown.link.label}
                </Link>
              ) : null}
            </div>
          </div>
        ) : null}
      </div>
      {children}
    </StatusContext.Provider>
  );
}
