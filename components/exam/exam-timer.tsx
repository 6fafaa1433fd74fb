'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import styles from './exam.module.css';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(listener: () => void) {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** Minutes at which the time left is announced to screen readers. */
const ANNOUNCE_AT_MINUTES = [5, 1];

/**
 * The time left (role="timer"). Ticks every second; with reduced motion it shows whole minutes only,
 * so nothing on screen changes every second. Calls onTimeUp when the time has run out.
 */
export function ExamTimer({ left, onTimeUp }: { left: (now: number) => number; onTimeUp: () => void }) {
  const { t } = usePreferences();
  const [now, setNow] = useState(() => Date.now());
  const reduced = useSyncExternalStore(subscribeReducedMotion, () => window.matchMedia(REDUCED_MOTION).matches, () => false);
  const ms = left(now);
  const minutesLeft = Math.ceil(ms / 60_000);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    if (ms <= 0) onTimeUp();
  }, [ms, onTimeUp]);

  const seconds = Math.ceil(ms / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const words = ms < 60_000 ? t('exam.timer.lessThanMinute') : t('exam.timer.minutes', { count: minutesLeft });
  const announce = ANNOUNCE_AT_MINUTES.includes(minutesLeft) ? words : '';

  return (
    <div>
      <span className="visually-hidden">{t('exam.timer.label')}: </span>
      <span role="timer" aria-label={`${t('exam.timer.label')}: ${words}`} className={`${styles.timer} ${ms < 60_000 ? styles.timerLow : ''}`}>
        {reduced ? words : clock}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {announce}
      </span>
    </div>
  );
}
