'use client';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { Grade } from '@/lib/study/session';
import type { IntervalLabel } from '@/lib/srs/preview';
import { formatInterval, type MessageKey } from '@/lib/i18n/translate';
import styles from './study.module.css';

const GRADES: readonly Grade[] = [1, 2, 3, 4];

/**
 * The bottom bar: "Show answer", then the four grades with the interval each would give. Both states
 * have the same height, so nothing jumps when the answer is revealed.
 */
export function AnswerBar({
  revealed,
  intervals,
  suggested = null,
  disabled,
  onReveal,
  onGrade,
}: {
  revealed: boolean;
  intervals: Record<Grade, IntervalLabel> | null;
  /** The grade a typed or picked answer suggests, marked on its button (the student still chooses). */
  suggested?: Grade | null;
  disabled: boolean;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
}) {
  const { t } = usePreferences();
  if (!revealed) {
    return (
      <div className={styles.bar}>
        <button type="button" className={`button button-primary ${styles.reveal}`} onClick={onReveal} disabled={disabled}>
          <span>{t('study.show')}</span>
          <span className={styles.hint} aria-hidden="true">{t('study.showHint')}</span>
        </button>
      </div>
    );
  }
  return (
    <div className={styles.bar} role="group" aria-label={t('study.back')}>
      {GRADES.map((grade) => {
        const name = t(`study.grade.${grade}` as MessageKey);
        const interval = intervals ? formatInterval(t, intervals[grade]) : '';
        const label = t('study.gradeLabel', { grade: name, interval, key: grade });
        return (
          <button
            key={grade}
            type="button"
            className={`button ${styles.grade} ${styles[`grade${grade}`] ?? ''} ${suggested === grade ? (styles.suggested ?? '') : ''}`}
            onClick={() => onGrade(grade)}
            disabled={disabled}
            aria-label={suggested === grade ? `${label} — ${t('cards.suggestedShort')}` : label}
            aria-keyshortcuts={String(grade)}
          >
            <span className={styles.gradeInterval}>{interval}</span>
            <span>{name}</span>
          </button>
        );
      })}
    </div>
  );
}
