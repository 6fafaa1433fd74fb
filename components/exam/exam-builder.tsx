'use client';
import { useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { BUILT_IN_DECK_ID } from '@/lib/content/built-in';
import { EXAM_COUNTS, EXAM_TIME_LIMITS_MIN, examDecks, quickTestSpec, type ExamCount, type ExamSpec } from '@/lib/exam';
import { QUESTION_TYPES, type QuestionType } from '@/lib/quiz';
import { CheckboxGroup, ChoiceGroup, choiceStyles } from '@/components/ui/choice-group';
import { SharePanel } from './share-panel';
import { newSeed } from './seed';
import styles from './exam.module.css';

/** The test builder: decks, topics, types, count and time limit; or a quick test; or a shared link. */
export function ExamBuilder({ onStart, error }: { onStart: (spec: ExamSpec) => void; error?: string | null }) {
  const { t, lang } = usePreferences();
  const decks = examDecks();
  const [deckIds, setDeckIds] = useState<string[]>([BUILT_IN_DECK_ID]);
  const [topics, setTopics] = useState<string[]>([]);
  const [types, setTypes] = useState<QuestionType[]>([...QUESTION_TYPES]);
  const [count, setCount] = useState<ExamCount>(10);
  const [minutes, setMinutes] = useState<number>(0);
  const [shared, setShared] = useState<ExamSpec | null>(null);

  const chosenDecks = decks.filter((deck) => deckIds.includes(deck.id));
  const topicItems = chosenDecks.flatMap((deck) => deck.topics.map((topic) => ({ value: topic.id, label: topic.title[lang] })));
  const valid = types.length > 0 && deckIds.length > 0;

  const specWith = (seed: number): ExamSpec => ({
    deckIds,
    topics: topics.filter((id) => topicItems.some((item) => item.value === id)),
    types: QUESTION_TYPES.filter((type) => types.includes(type)),
    count,
    seed,
    ...(minutes > 0 ? { timeLimitMs: minutes * 60_000 } : {}),
    lang,
  });

  return (
    <section className={styles.screen} aria-labelledby="exam-builder-title">
      <div className="card">
        <h2>{t('exam.quick')}</h2>
        <p className={choiceStyles.hint}>{t('exam.quick.hint')}</p>
        <button type="button" className="button button-primary" onClick={() => onStart(quickTestSpec(newSeed(), lang))}>
          {t('exam.quick')}
        </button>
      </div>

      <form
        className="card"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onStart(specWith(newSeed()));
        }}
      >
        <h2 id="exam-builder-title">{t('exam.builder.title')}</h2>
        {decks.length > 1 ? (
          <CheckboxGroup
            legend={t('exam.decks')}
            choices={decks.map((deck) => ({ value: deck.id, label: deck.title[lang] }))}
            checked={deckIds}
            onChange={setDeckIds}
          />
        ) : null}
        <CheckboxGroup legend={t('exam.topics')} hint={t('exam.topics.hint')} choices={topicItems} checked={topics} onChange={setTopics} />
        <CheckboxGroup
          legend={t('exam.types')}
          choices={QUESTION_TYPES.map((type) => ({ value: type, label: t(`exam.type.${type}`) }))}
          checked={types}
          onChange={setTypes}
        />
        {types.length === 0 ? (
          <p className={styles.error} role="alert">
            {t('exam.types.none')}
          </p>
        ) : null}
        <ChoiceGroup
          name="exam-count"
          legend={t('exam.count')}
          choices={EXAM_COUNTS.map((value) => ({ value, label: value === 'all' ? t('exam.count.all') : String(value) }))}
          value={count}
          onChange={setCount}
        />
        <ChoiceGroup
          name="exam-time"
          legend={t('exam.timeLimit')}
          choices={EXAM_TIME_LIMITS_MIN.map((value) => ({
            value,
            label: value === 0 ? t('exam.timeLimit.none') : t('exam.timeLimit.minutes', { count: value }),
          }))}
          value={minutes}
          onChange={setMinutes}
        />
        {error ? (
          <p className={styles.error} role="alert">
            {error}
          </p>
        ) : null}
        <div className={styles.actions}>
          <button type="submit" className="button button-primary" disabled={!valid}>
            {t('exam.start')}
          </button>
          <button type="button" className="button" disabled={!valid} onClick={() => setShared(specWith(newSeed()))}>
            {t('exam.shareTest')}
          </button>
        </div>
      </form>

      {shared ? <SharePanel kind="test" spec={shared} /> : null}
    </section>
  );
}
