'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import styles from './decks.module.css';

/**
 * A modal dialog on the native `<dialog>`: the browser keeps focus inside and closes it on Escape.
 * Mounted means open; on closing, focus goes back to what opened it (when that is still on screen).
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: (titleId: string) => ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const closed = () => onCloseRef.current();
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children(titleId)}
    </dialog>
  );
}

/** A yes/no question before something that cannot be undone. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      {() => (
        <>
          <p>{body}</p>
          <p className={styles.dialogActions}>
            {/* The safe choice comes first and takes focus: Enter by habit deletes nothing. */}
            <button type="button" className="button" autoFocus onClick={onClose}>
              {cancelLabel}
            </button>
            <button type="button" className={`button ${styles.danger}`} onClick={onConfirm}>
              {confirmLabel}
            </button>
          </p>
        </>
      )}
    </Dialog>
  );
}
