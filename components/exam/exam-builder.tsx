'use client';
import { useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { BUILT_IN_DECK_ID } from '@/lib/content/built-in';
import { EXAM_COUNTS, EXAM_TIME_LIMITS_MIN, examDecks, quickTestSpec, type ExamCount, type ExamSpec } from '@/lib/exam';
import { QUESTION_TYPES, type QuestionType } from '@/lib/quiz';
import { SharePanel } from './share-panel';
import { newSeed } from './seed';
import styles from './exam.module.css';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function CheckboxGroup<T extends string>({
  legend,
  hint,
  items,
  checked,
  onChange,
}: {
  legend: string;
  hint?: string;
  items: readonly { value: T; label: string }[];
  checked: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {hint ? <p className={styles.hint}>{hint}</p> : null}
      <div className={styles.choices}>
        {items.map((item) => (
          <label key={item.value} className={styles.choice}>
            <input type="checkbox" checked={checked.includes(item.value)} onChange={() => onChange(toggle(checked, item.value))} />
            <span>{item.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function RadioGroup<T extends string | number>({
  name,
  legend,
  items,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  items: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.choices}>
        {items.map((item) => (
          <label key={String(item.value)} className={styles.choice}>
            <input type="radio" name={name} checked={value === item.value} onChange={() => onChange(item.value)} />
            <span>{item.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

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
        <p className={styles.hint}>{t('exam.quick.hint')}</p>
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
            items={decks.map((deck) => ({ value: deck.id, label: deck.title[lang] }))}
            checked={deckIds}
            onChange={setDeckIds}
          />
        ) : null}
        <CheckboxGroup legend={t('exam.topics')} hint={t('exam.topics.hint')} items={topicItems} checked={topics} onChange={setTopics} />
        <CheckboxGroup
          legend={t('exam.types')}
          items={QUESTION_TYPES.map((type) => ({ value: type, label: t(`exam.type.${type}`) }))}
          checked={types}
          onChange={setTypes}
        />
        {types.length === 0 ? (
          <p className={styles.error} role="alert">
            {t('exam.types.none')}
          </p>
        ) : null}
        <RadioGroup
          name="exam-count"
          legend={t('exam.count')}
          items={EXAM_COUNTS.map((value) => ({ value, label: value === 'all' ? t('exam.count.all') : String(value) }))}
          value={count}
          onChange={setCount}
        />
        <RadioGroup
          name="exam-time"
          legend={t('exam.timeLimit')}
          items={EXAM_TIME_LIMITS_MIN.map((value) => ({
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
