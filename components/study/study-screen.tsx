'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { BuiltInDecksProblem, useBuiltInDecksStatus } from '@/components/layout/built-in-decks';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { cardFaces } from '@/lib/cards/faces';
import { checkTypedNoteAnswer, suggestedChoiceGrade, suggestedGrade } from '@/lib/cards/typed-answer';
import { deckEntries, titleIn } from '@/lib/decks/outline';
import { useDecks } from '@/lib/hooks/use-decks';
import { useNow } from '@/lib/hooks/use-now';
import { useStudySession, type StudySessionItem } from '@/lib/hooks/use-study-session';
import { previewIntervals } from '@/lib/srs/preview';
import { LEARN_AHEAD_MS, sessionCounts, sessionPhase, sessionSummary, type Grade } from '@/lib/study/session';
import { AnswerBar } from './answer-bar';
import { CardMenu } from './card-menu';
import { MediaProvider } from '@/components/ui/media-view';
import { CardBack, CardFront, type CardOutcome, type CardResponse } from './study-card';
import { StudySummary } from './study-summary';
import styles from './study.module.css';

const QUEUE_CLASS = { new: styles.countNew, learning: styles.countLearning, review: styles.countReview } as const;

function isChoice(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox');
}

function isTyping(target: EventTarget | null): boolean {
  if (isChoice(target)) return false;
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const NO_RESPONSE: CardResponse = { input: '', picked: [] };

/** The review screen: front → reveal → back with its source → grade; keyboard first, thumb friendly. */
export function StudyScreen() {
  const { t, lang } = usePreferences();
  const params = useSearchParams();
  const deckId = params.get('deck') ?? undefined;
  const topic = params.get('topic') ?? undefined;
  const section = params.get('section') ?? undefined;
  const decksStatus = useBuiltInDecksStatus();
  const decks = useDecks();

  const { session, status, error, lastEvent, reveal, answer, undo, act, settings, canUndo } = useStudySession({
    deckIds: deckId ? [deckId] : undefined,
    filter: topic || section ? { topic, section } : undefined,
    enabled: decksStatus !== 'checking',
  });
  const current = session.current;
  // Undefined for a moment only if the student outpaces the content read after the first cards.
  const card = current?.card;
  const phase = sessionPhase(session);
  // Learning cards due within the learn-ahead window count as on the home screen; recounted each minute.
  const counts = sessionCounts(session, useNow());
  const faces = useMemo(() => (card ? cardFaces(card, lang) : null), [card, lang]);

  // What the student typed or picked on this showing of the card (an undo shows it afresh).
  const showing = current ? `${current.cardId}:${session.history.length}` : '';
  const [response, setResponse] = useState<{ showing: string; value: CardResponse }>({ showing: '', value: NO_RESPONSE });
  const responseValue = response.showing === showing ? response.value : NO_RESPONSE;
  const setResponseValue = useCallback((value: CardResponse) => setResponse({ showing, value }), [showing]);
  const outcome = useMemo((): CardOutcome => {
    if (!session.revealed || !faces) return null;
    const asked = faces.response;
    if (asked.kind === 'typed') {
      const check = checkTypedNoteAnswer(asked.answer, asked.variants, responseValue.input);
      return { kind: 'typed', check, input: responseValue.input, answer: asked.answer, suggested: suggestedGrade(check.verdict) };
    }
    if (asked.kind === 'choice') {
      const suggested = suggestedChoiceGrade(responseValue.picked, asked.correct);
      return { kind: 'choice', picked: responseValue.picked, right: suggested === 3, suggested };
    }
    return null;
  }, [session.revealed, faces, responseValue]);

  const shownAt = useRef(0);
  const answerStartedAt = useRef<number | null>(null);
  const firstCardMeasured = useRef(false);
  const frontRef = useRef<HTMLElement>(null);
  const backRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // Timings for `npm run bench`: first card after load, and answer → next card painted.
  useLayoutEffect(() => {
    if (!current) return;
    shownAt.current = Date.now();
    const started = answerStartedAt.current;
    answerStartedAt.current = null;
    const afterPaint = (measure: () => void) => requestAnimationFrame(() => setTimeout(measure, 0));
    if (!firstCardMeasured.current) {
      firstCardMeasured.current = true;
      afterPaint(() => performance.measure('dyplomacja:first-card', { start: 0, end: performance.now() }));
    } else if (started !== null) {
      afterPaint(() => performance.measure('dyplomacja:answer', { start: started, end: performance.now() }));
    }
  }, [current]);

  // Screen readers: the new question, then the revealed answer, get focus and are read out.
  // A typed-answer card: the answer field instead, so one can type at once.
  const typedCard = faces?.response.kind === 'typed';
  useEffect(() => {
    if (!current || session.revealed) return;
    if (typedCard) inputRef.current?.focus();
    else if (session.history.length > 0) frontRef.current?.focus();
  }, [current, session.revealed, session.history.length, typedCard]);
  useEffect(() => {
    if (session.revealed) backRef.current?.focus();
  }, [session.revealed]);

  const intervals = useMemo(() => {
    if (!current || !session.revealed) return null;
    const deckSettings = settings[current.deckId];
    if (!deckSettings) return null;
    const preview = previewIntervals(current.state, session.revealedAt, deckSettings);
    return { 1: preview[1].label, 2: preview[2].label, 3: preview[3].label, 4: preview[4].label };
  }, [current, session.revealed, session.revealedAt, settings]);

  const grade = useCallback(
    (value: Grade, startedAt: number) => {
      answerStartedAt.current = startedAt;
      void answer(value, shownAt.current);
    },
    [answer],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || event.altKey || event.metaKey) return;
      const key = event.key.toLowerCase();
      if ((key === 'z' && event.ctrlKey) || (key === 'u' && !event.ctrlKey)) {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey || !card) return;
      const onButton = event.target instanceof HTMLElement && event.target.closest('button, a, summary');
      // Space picks an option; Enter on an option reveals.
      if (key === ' ' && isChoice(event.target)) return;
      if ((key === ' ' || key === 'enter') && !session.revealed && !onButton) {
        event.preventDefault();
        reveal();
      } else if (session.revealed && ['1', '2', '3', '4'].includes(key)) {
        event.preventDefault();
        grade(Number(key) as Grade, event.timeStamp);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [card, session.revealed, reveal, grade, undo]);

  const deckOf = (item: StudySessionItem) => decks?.find((deck) => deck.id === item.deckId);
  const filterDeck = decks?.find((deck) => deck.id === deckId);
  const filterName = topic
    ? titleIn(deckEntries(filterDeck?.meta, 'topics').find((entry) => entry.id === topic) ?? { id: topic, title: {} }, lang)
    : section
      ? titleIn(deckEntries(filterDeck?.meta, 'sections').find((entry) => entry.id === section) ?? { id: section, title: {} }, lang)
      : null;

  return (
    <div className={styles.screen}>
      <PageHeader title="study.title" />
      <BuiltInDecksProblem />
      {filterName ? (
        <p className={styles.notice}>
          {t('study.filtered', { name: filterName })} · <Link prefetch={false} href="/study">{t('study.clearFilter')}</Link>
        </p>
      ) : null}
      {status === 'loading' || (status === 'ready' && current && !card) ? <p role="status">{t('study.loading')}</p> : null}
      {status === 'error' || error ? (
        <p role="alert" className={styles.notice}>
          {error?.kind === 'storage-full' ? t('study.storageFull') : t('study.error', { message: error?.message ?? '' })}
        </p>
      ) : null}
      <StudyNotices event={lastEvent} />
      {status === 'ready' && current && card ? (
        <>
          <div className={styles.toolbar}>
            <p className={styles.counts} data-testid="study-counts">
              <span className="visually-hidden">{t('study.counts', { ...counts })}</span>
              {(['new', 'learning', 'review'] as const).map((queue) => (
                <span key={queue} aria-hidden="true" className={`${styles.count} ${current.queue === queue ? styles.countCurrent : ''}`}>
                  <span className={styles.countName}>{t(`study.count.${queue}`)}</span>
                  {'\u00a0'}
                  <span className={QUEUE_CLASS[queue]} data-queue={queue}>
                    {counts[queue]}
                  </span>
                </span>
              ))}
            </p>
            <CardMenu flagged={current.state.flag > 0} canUndo={canUndo} onAction={(action) => void act(action)} onUndo={() => void undo()} />
          </div>
          <MediaProvider source={{ deckId: current.deckId }}>
          <CardFront
            ref={frontRef}
            inputRef={inputRef}
            card={card}
            response={faces?.response ?? { kind: 'reveal' }}
            revealed={session.revealed}
            value={responseValue}
            onChange={setResponseValue}
            onCheck={reveal}
          />
          {session.revealed ? <CardBack ref={backRef} card={card} meta={deckOf(current)?.meta} outcome={outcome} /> : null}
          </MediaProvider>
          <AnswerBar
            revealed={session.revealed}
            intervals={intervals}
            suggested={outcome?.suggested ?? null}
            disabled={false}
            onReveal={reveal}
            onGrade={(value) => grade(value, performance.now())}
          />
        </>
      ) : null}
      {status === 'ready' && !current ? (
        <StudySummary
          summary={sessionSummary(session)}
          waitingUntil={phase === 'waiting' && session.ahead[0] ? session.ahead[0].due - LEARN_AHEAD_MS : null}
          canUndo={canUndo}
          onUndo={() => void undo()}
        />
      ) : null}
    </div>
  );
}

function StudyNotices({ event }: { event: { kind: string; at: number } | null }) {
  const { t } = usePreferences();
  if (!event) return null;
  const message =
    event.kind === 'leech'
      ? t('study.leech')
      : event.kind === 'undone'
        ? t('study.undone')
        : event.kind === 'suspend'
          ? t('study.suspended')
          : event.kind === 'bury'
            ? t('study.buried')
            : event.kind === 'reset'
              ? t('study.resetDone')
              : event.kind === 'answered-elsewhere'
                ? t('study.answeredElsewhere')
                : null;
  if (!message) return null;
  return (
    <p role="status" className={styles.notice} key={event.at}>
      {message}
    </p>
  );
}
