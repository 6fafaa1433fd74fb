'use client';
import { useEffect, useRef } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import styles from './exam.module.css';

/**
 * "Abandon this test?" as a modal `<dialog>`: focus starts on the safe choice (Enter on an unread
 * dialog keeps the test), Escape cancels, and focus returns to where it was.
 */
export function AbandonDialog({ onSettle }: { onSettle: (confirmed: boolean) => void }) {
  const { t } = usePreferences();
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first button (the destructive one); move to the safe one.
    cancel.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby="exam-abandon-title"
      aria-describedby="exam-abandon-body"
      onCancel={(event) => {
        event.preventDefault();
        onSettle(false);
      }}
    >
      <h2 id="exam-abandon-title">{t('examFix.abandon.title')}</h2>
      <p id="exam-abandon-body">{t('examFix.abandon.body')}</p>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={() => onSettle(true)}>
          {t('examFix.abandon.confirm')}
        </button>
        <button ref={cancel} type="button" className="button button-primary" onClick={() => onSettle(false)}>
          {t('examFix.abandon.cancel')}
        </button>
      </div>
    </dialog>
  );
}
