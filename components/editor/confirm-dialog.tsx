'use client';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import styles from './editor.module.css';

export interface ConfirmRequest {
  title: string;
  lines: readonly string[];
  confirmLabel: string;
  cancelLabel: string;
}

interface Pending extends ConfirmRequest {
  resolve: (confirmed: boolean) => void;
}

/**
 * An accessible "are you sure?" as a modal `<dialog>` (focus kept inside, Esc cancels, focus returns
 * to where it was): `ask` resolves true when confirmed. Render `dialog` once in the screen.
 */
export function useConfirm(): { ask: (request: ConfirmRequest) => Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback(
    (request: ConfirmRequest) =>
      new Promise<boolean>((resolve) => {
        setPending({ ...request, resolve });
      }),
    [],
  );
  const settle = useCallback(
    (confirmed: boolean) => {
      pending?.resolve(confirmed);
      setPending(null);
    },
    [pending],
  );
  return { ask, dialog: pending ? <ConfirmDialog request={pending} onSettle={settle} /> : null };
}

function ConfirmDialog({ request, onSettle }: { request: ConfirmRequest; onSettle: (confirmed: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onSettle(false);
      }}
    >
      <h2 id={titleId}>{request.title}</h2>
      <div id={bodyId}>
        {request.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div className={styles.actions}>
        <button type="button" className="button button-primary" onClick={() => onSettle(true)}>
          {request.confirmLabel}
        </button>
        {/* The safe choice has focus first: Enter on an unread dialog does not destroy anything. */}
        <button type="button" className="button" autoFocus onClick={() => onSettle(false)}>
          {request.cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
