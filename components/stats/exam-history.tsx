'use client';
import Link from 'next/link';
import { usePreferences } from '@/components/layout/preferences-provider';
import { attemptHref } from '@/components/exam/start-exam';
import { formatDuration, percentOf } from '@/components/exam/exam-text';
import { useExamResults } from '@/lib/hooks/use-exam-results';
import type { ExamResultSummary } from '@/lib/db';
import styles from '@/components/exam/exam.module.css';
import own from './stats.module.css';

const WIDTH = 240;
const HEIGHT = 60;

/** A small line of the scores over time; decorative, the table below carries the same data. */
function Sparkline({ percents }: { percents: number[] }) {
  if (percents.length < 2) return null;
  const step = WIDTH / (percents.length - 1);
  const points = percents.map((p, i) => `${(i * step).toFixed(1)},${(HEIGHT - (p / 100) * HEIGHT).toFixed(1)}`).join(' ');
  return (
    <svg className={styles.sparkline} viewBox={`-4 -4 ${WIDTH + 8} ${HEIGHT + 8}`} aria-hidden="true" focusable="false" preserveAspectRatio="none">
      <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="currentColor" strokeOpacity="0.3" />
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
      {percents.map((p, i) => (
        <circle key={i} cx={i * step} cy={HEIGHT - (p / 100) * HEIGHT} r="3" fill="currentColor" />
      ))}
    </svg>
  );
}

/** Past test scores over time: a summary sentence, a sparkline, and the table of every result. */
export function ExamHistory() {
  const { t, lang } = usePreferences();
  const results = useExamResults();
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

  if (results === undefined) return <p role="status">{t('common.loading')}</p>;
  const percents = results.map((r: ExamResultSummary) => percentOf(r.points, r.available));

  return (
    <section className="card" aria-labelledby="stats-exams-title">
      <h2 id="stats-exams-title">{t('stats.exams.title')}</h2>
      {results.length === 0 ? (
        <p>{t('stats.exams.empty')}</p>
      ) : (
        <>
          <p>
            {t('stats.exams.chart', { first: percents[0] ?? 0, last: percents[percents.length - 1] ?? 0, best: Math.max(...percents) })}
          </p>
          <Sparkline percents={percents} />
          {/* Scrolls on its own when wider than a phone; focusable so the keyboard can scroll it too. */}
          <p id="stats-exams-table" className={own.tableLabel}>
            {t('screens.stats.table')}
          </p>
          <div className={own.tableScroll} role="region" aria-labelledby="stats-exams-table" tabIndex={0}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('stats.exams.date')}</th>
                <th scope="col" className={styles.number}>
                  {t('stats.exams.score')}
                </th>
                <th scope="col" className={styles.number}>
                  {t('stats.exams.points')}
                </th>
                <th scope="col" className={styles.number}>
                  {t('stats.exams.questions')}
                </th>
                <th scope="col" className={styles.number}>
                  {t('stats.exams.duration')}
                </th>
              </tr>
            </thead>
            <tbody>
              {results.map((r, i) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link prefetch={false} className={styles.rowLink} href={attemptHref(r.id)}>
                      {dateFormat.format(r.finishedAt)}
                    </Link>
                  </th>
                  <td className={styles.number}>{percents[i]}%</td>
                  <td className={styles.number}>
                    {r.points} / {r.available}
                  </td>
                  <td className={styles.number}>{r.questionCount}</td>
                  <td className={styles.number}>
                    {formatDuration(t, r.finishedAt - r.startedAt)}
                    {r.endedBy === 'time-up' ? ` (${t('stats.exams.timeUp')})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      )}
    </section>
  );
}
