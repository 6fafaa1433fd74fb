'use client';
import { useRef, type KeyboardEvent } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { CardAction } from '@/lib/hooks/use-study-session';
import styles from './study.module.css';

/** Undo and the card menu: suspend, bury until tomorrow, reset, flag. */
export function CardMenu({
  flagged,
  canUndo,
  onAction,
  onUndo,
}: {
  flagged: boolean;
  canUndo: boolean;
  onAction: (action: CardAction) => void;
  onUndo: () => void;
}) {
  const { t } = usePreferences();
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const run = (action: CardAction) => {
    details.current?.removeAttribute('open');
    onAction(action);
  };
  // A menu closes with Escape and gives focus back to its button (issue #9), as menus do everywhere.
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !details.current?.open) return;
    event.preventDefault();
    event.stopPropagation();
    details.current.removeAttribute('open');
    summary.current?.focus();
  };
  return (
    <div className={styles.toolbar}>
      <button type="button" className="button" onClick={onUndo} disabled={!canUndo} title={t('study.undoHint')} aria-keyshortcuts="U Control+Z">
        {t('study.undo')}
      </button>
      <details ref={details} className={styles.menu} onKeyDown={onKeyDown}>
        <summary ref={summary} className="button">
          {t('study.menu')}
        </summary>
        <div className={styles.menuList}>
          <button type="button" className="button" onClick={() => run('bury')}>
            {t('study.bury')}
          </button>
          <button type="button" className="button" onClick={() => run('suspend')}>
            {t('study.suspend')}
          </button>
          <button type="button" className="button" onClick={() => run('flag')}>
            {t(flagged ? 'study.unflag' : 'study.flag')}
          </button>
          <button type="button" className="button" onClick={() => run('reset')}>
            {t('study.reset')}
          </button>
        </div>
      </details>
    </div>
  );
}
