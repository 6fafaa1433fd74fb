'use client';
import Link from 'next/link';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { BUILT_IN_DECK_ID } from '@/lib/content/built-in';
import type { Lang } from '@/lib/content/lang';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import {
  EXAM_COUNTS,
  EXAM_TIME_LIMITS_MIN,
  examDecks,
  examTypeAvailability,
  isBuiltInExamDeck,
  quickTestSpec,
  type DeckNeed,
  type ExamCount,
  type ExamSpec,
} from '@/lib/exam';
import { useDecks } from '@/lib/hooks/use-decks';
import { useExamDecks } from '@/lib/hooks/use-exam-decks';
import { useExamResults } from '@/lib/hooks/use-exam-results';
import { QUESTION_TYPES, type QuestionType } from '@/lib/quiz';
import { CheckboxGroup, ChoiceGroup, choiceStyles } from '@/components/ui/choice-group';
import { percentOf } from './exam-text';
import { SharePanel } from './share-panel';
import { attemptHref } from './start-exam';
import { newSeed } from './seed';
import styles from './exam.module.css';

const noSubscription = () => () => undefined;

function titleIn(title: Partial<Record<Lang, string>>, lang: Lang): string {
  return title[lang] ?? Object.values(title).find((value) => value !== undefined) ?? '';
}

/** What a shared test of user decks tells the receiver it needs: each deck's id, title and version. */
export function deckNeeds(decks: readonly DeckFileV2[], lang: Lang): DeckNeed[] {
  return decks.map((deck) => ({ id: deck.id, title: titleIn(deck.title, lang), version: deck.version }));
}

/** The last few finished tests, newest first, each a link to its results; nothing before the first. */
function LatestResults() {
  const { t, lang } = usePreferences();
  const results = useExamResults();
  if (!results || results.length === 0) return null;
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="exam-latest-title">
      <h2 id="exam-latest-title">{t('examFix.last.title')}</h2>
      <ul className={styles.latest}>
        {results
          .slice(-3)
          .reverse()
          .map((r) => (
            <li key={r.id}>
              <Link prefetch={false} href={attemptHref(r.id)}>
                {t('examFix.last.item', { date: dateFormat.format(r.finishedAt), points: r.points, available: r.available, percent: percentOf(r.points, r.available) })}
              </Link>
            </li>
          ))}
      </ul>
      {results.length > 3 ? (
        <p className={styles.latest}>
          <Link prefetch={false} href="/stats">{t('examFix.last.all')}</Link>
        </p>
      ) : null}
    </section>
  );
}

/**
 * The test builder: decks (built-in and the user's own, `?deck=<id>` preselects one), topics, the
 * question types the chosen decks can feed (the others disabled with the reason), count and time
 * limit; or a quick test; or a shared link.
 */
export function ExamBuilder({ onStart, error }: { onStart: (spec: ExamSpec, decks: DeckFileV2[]) => void; error?: string | null }) {
  const { t, lang } = usePreferences();
  const builtIn = examDecks();
  const stored = useDecks();
  const userDecks = useMemo(() => (stored ?? []).filter((deck) => deck.formatVersion === 2), [stored]);
  const preselected = useSyncExternalStore(noSubscription, () => new URLSearchParams(window.location.search).get('deck'), () => null);
  const [picked, setPicked] = useState<string[] | null>(null);
  const known = new Set([...builtIn.map((deck) => deck.id), ...userDecks.map((deck) => deck.id)]);
  const deckIds = (picked ?? (preselected !== null && known.has(preselected) ? [preselected] : [BUILT_IN_DECK_ID])).filter((id) => known.has(id));
  const loaded = useExamDecks(deckIds);
  const decks = useMemo(() => loaded?.decks ?? [], [loaded]);
  const [topics, setTopics] = useState<string[]>([]);
  const [types, setTypes] = useState<QuestionType[]>([...QUESTION_TYPES]);
  const [count, setCount] = useState<ExamCount>(10);
  const [minutes, setMinutes] = useState<number>(0);
  const [shared, setShared] = useState<ExamSpec | null>(null);

  const deckKey = deckIds.join('\n');
  // Capability runs the generator once per type and deck: only again when the decks or language change.
  const availability = useMemo(() => examTypeAvailability(deckKey === '' ? [] : deckKey.split('\n'), decks, lang), [deckKey, decks, lang]);
  const usable = QUESTION_TYPES.filter((type) => types.includes(type) && availability.some((a) => a.type === type && a.available));
  const topicItems = [
    ...builtIn.filter((deck) => deckIds.includes(deck.id)).flatMap((deck) => deck.topics.map((topic) => ({ value: topic.id, label: topic.title[lang] }))),
    ...decks.flatMap((deck) => deck.topics.map((topic) => ({ value: topic.id, label: titleIn(topic.title, lang) }))),
  ].filter((item, i, all) => all.findIndex((other) => other.value === item.value) === i);
  const ready = loaded !== undefined && (deckIds.every((id) => isBuiltInExamDeck(id)) || decks.length > 0);
  const valid = ready && usable.length > 0 && deckIds.length > 0;

  const specWith = (seed: number): ExamSpec => ({
    deckIds,
    topics: topics.filter((id) => topicItems.some((item) => item.value === id)),
    types: usable,
    count,
    seed,
    ...(minutes > 0 ? { timeLimitMs: minutes * 60_000 } : {}),
    lang,
  });

  const deckChoices = [
    ...builtIn.map((deck) => ({ value: deck.id, label: deck.title[lang] })),
    ...userDecks.map((deck) => ({ value: deck.id, label: t('examDecks.yourDeck', { title: titleIn(deck.title, lang) }) })),
  ];

  return (
    <section className={styles.screen} aria-labelledby="exam-builder-title">
      <LatestResults />
      <div className="card">
        <h2>{t('exam.quick')}</h2>
        <p className={choiceStyles.hint}>{t('exam.quick.hint')}</p>
        <button type="button" className="button button-primary" onClick={() => onStart(quickTestSpec(newSeed(), lang), [])}>
          {t('examFix.quickStart')}
        </button>
      </div>

      <form
        className="card"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onStart(specWith(newSeed()), decks);
        }}
      >
        <h2 id="exam-builder-title">{t('exam.builder.title')}</h2>
        {deckChoices.length > 1 ? (
          <CheckboxGroup legend={t('exam.decks')} choices={deckChoices} checked={deckIds} onChange={(next) => setPicked(next)} />
        ) : null}
        {deckIds.length === 0 ? (
          <p className={styles.error} role="alert">
            {t('examDecks.noDeck')}
          </p>
        ) : null}
        {topicItems.length > 0 ? (
          <CheckboxGroup legend={t('exam.topics')} hint={t('exam.topics.hint')} choices={topicItems} checked={topics} onChange={setTopics} />
        ) : null}
        <fieldset className={choiceStyles.group} aria-busy={!ready}>
          <legend className={choiceStyles.legend}>{t('exam.types')}</legend>
          {!ready && deckIds.length > 0 ? (
            <p className={choiceStyles.hint} role="status">
              {t('examDecks.loading')}
            </p>
          ) : null}
          <div className={choiceStyles.choicesColumn}>
            {availability.map((entry) => {
              const reasonId = `exam-type-${entry.type}-reason`;
              return (
                <div key={entry.type}>
                  <label className={choiceStyles.choice}>
                    <input
                      type="checkbox"
                      name="exam-type"
                      value={entry.type}
                      checked={entry.available && types.includes(entry.type)}
                      disabled={!entry.available}
                      aria-describedby={entry.available ? undefined : reasonId}
                      onChange={() => setTypes(types.includes(entry.type) ? types.filter((x) => x !== entry.type) : [...types, entry.type])}
                    />
                    <span>{t(`exam.type.${entry.type}`)}</span>
                  </label>
                  {!entry.available && ready ? (
                    <p id={reasonId} className={choiceStyles.hint} style={{ margin: '0.25rem 0 0' }}>
                      {t('examDecks.unavailable', { reason: t(`examDecks.reason.${entry.reason}`) })}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
        </fieldset>
        {ready && deckIds.length > 0 && usable.length === 0 ? (
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

      {shared ? <SharePanel kind="test" spec={shared} needs={deckNeeds(decks.filter((deck) => shared.deckIds.includes(deck.id)), lang)} /> : null}
    </section>
  );
}
