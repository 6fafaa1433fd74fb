'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { examTitles } from '@/lib/exam';
import { useExamInProgress } from '@/lib/hooks/use-exam-in-progress';
import { startExam } from './start-exam';
import { examErrorMessage } from './exam-text';
import { useFragment } from './use-fragment';
import styles from './exam.module.css';
import { LinkProblem } from './link-problem';
import { useSharedTest } from './use-shared-test';

/** A teacher's test opened from a link: what it contains, and a button to start it. */
export function SharedTestScreen() {
  const { t, lang } = usePreferences();
  const router = useRouter();
  const fragment = useFragment();
  const inProgress = useExamInProgress();
  const decoded = useSharedTest(fragment);
  const [error, setError] = useState<string | null>(null);

  let body;
  if (decoded === null || 'error' in decoded) body = <LinkProblem fragment={fragment} decoded={decoded} />;
  else {
    const { spec, needs, decks, quiz } = decoded;
    const questionCount = quiz.questions.length;
    const titles = examTitles(spec.deckIds, lang, decks);
    const start = () => {
      startExam(spec, decks)
        .then(() => router.push('/test'))
        .catch((cause: unknown) => setError(examErrorMessage(t, cause)));
    };
    body = (
      <section className="card" aria-labelledby="shared-test-summary">
        <h2 id="shared-test-summary">{t('exam.questions', { count: questionCount })}</h2>
        <ul className={styles.lines}>
          {needs.map((need) => (
            <li key={need.id}>{t('examDecks.shared.needs', { title: need.title, version: need.version })}</li>
          ))}
          <li>
            {t('exam.topics')}: {spec.topics.length === 0 ? t('exam.shared.allTopics') : spec.topics.map((id) => titles.topics.get(id) ?? id).join(', ')}
          </li>
          <li>
            {t('exam.types')}: {spec.types.map((type) => t(`exam.type.${type}`)).join(', ')}
          </li>
          <li>
            {t('exam.timeLimit')}: {spec.timeLimitMs ? t('exam.timeLimit.minutes', { count: Math.round(spec.timeLimitMs / 60_000) }) : t('exam.timeLimit.none')}
          </li>
          <li>{t('exam.shared.language', { lang: t(`settings.language.${spec.lang}`) })}</li>
        </ul>
        {inProgress ? <p className={styles.notice}>{t('exam.shared.replaces')}</p> : null}
        <div className={styles.actions}>
          <button type="button" className="button button-primary" onClick={start}>
            {t('exam.shared.start')}
          </button>
          <a className="button" href={`/test/print#${fragment ?? ''}`}>
            {t('exam.printTest')}
          </a>
        </div>
        {error ? (
          <p className={styles.error} role="alert">
            {error}
          </p>
        ) : null}
      </section>
    );
  }

  return (
    <>
      <PageHeader title="exam.shared.title" lead="exam.shared.lead" />
      {body}
    </>
  );
}
