'use client';
import { useMemo } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { checkLinkTopics, decodeExamResult, examTitles, type SharedResult } from '@/lib/exam';
import { useExamDecks } from '@/lib/hooks/use-exam-decks';
import { formatDuration, percentOf } from './exam-text';
import { ScoreBreakdown } from './score-breakdown';
import { useFragment } from './use-fragment';
import styles from './exam.module.css';
import { LinkProblem } from './link-problem';

function decode(fragment: string): { result: SharedResult } | { error: unknown } {
  try {
    return { result: decodeExamResult(fragment) };
  } catch (error) {
    return { error };
  }
}

/**
 * A student's result opened from a link (e.g. by the teacher). The link is not signed, and the page
 * says so; everything in it is shown as text.
 */
export function SharedResultScreen() {
  const { t, lang } = usePreferences();
  const fragment = useFragment();
  const read = useMemo(() => (fragment === null ? null : decode(fragment)), [fragment]);
  const examDecks = useExamDecks(read && 'result' in read ? read.result.deckIds : []);
  // Topic titles come from the decks; when every deck is on this device, a topic none of them has means
  // the link was edited. A user deck not installed here leaves its topics untitled.
  const checked = useMemo(() => {
    if (read === null || 'error' in read || examDecks === undefined) return read;
    const titles = examTitles(read.result.deckIds, lang, examDecks.decks);
    if (examDecks.missing.length > 0) return { ...read, titles };
    try {
      checkLinkTopics(read.result.byTopic.map((row) => row.topic), new Set(titles.topics.keys()));
      return { ...read, titles };
    } catch (error) {
      return { error };
    }
  }, [read, examDecks, lang]);

  let body;
  if (checked === null || 'error' in checked) body = <LinkProblem fragment={fragment} decoded={checked} missing="examFix.missing.result" />;
  else if (!('titles' in checked)) body = <LinkProblem fragment={fragment} decoded={null} />;
  else {
    const { result, titles } = checked;
    const finished = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(result.finishedAt);
    body = (
      <>
        <p className={styles.notice} role="note">
          {t('exam.sharedResult.unsigned')}
        </p>
        <section className="card" aria-labelledby="shared-result-score">
          <h2 id="shared-result-score">{t('exam.results.title')}</h2>
          <p className={styles.score}>
            {t('exam.results.score', { points: result.points, available: result.available, percent: percentOf(result.points, result.available) })}
          </p>
          <p>{t('exam.questions', { count: result.questionCount })}</p>
          <p>{t('exam.results.time', { time: formatDuration(t, result.durationMs) })}</p>
          <p>{t('exam.sharedResult.finished', { date: finished })}</p>
          {result.endedBy === 'time-up' ? <p>{t('exam.results.timeUp')}</p> : null}
          <ScoreBreakdown byTopic={result.byTopic} byKind={result.byKind} topicTitles={titles.topics} />
        </section>
      </>
    );
  }

  return (
    <>
      <PageHeader title="exam.sharedResult.title" />
      {body}
    </>
  );
}
