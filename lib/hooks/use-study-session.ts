'use client';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  DbError,
  buryCard,
  canUndoSince,
  loadCardContent,
  loadStudyQueue,
  recordAnswer,
  resetCard,
  setCardFlag,
  suspendCard,
  undoLastAnswer,
  type StudyEntry,
  type StudyFilter,
} from '@/lib/db';
import type { StudyCardContent } from '@/lib/decks/notes';
import type { CardStateRecord } from '@/lib/db';
import type { StudyDay, StudySettings } from '@/lib/srs';
import { emptySession, LEARN_AHEAD_MS, sessionReducer, type Grade, type SessionItem, type SessionQueue } from '@/lib/study/session';
import { studyFailure, type StudyFailure } from '@/lib/study/failure';
import { deviceTimeZone } from './device-time-zone';
import { currentTabId, openStudyChannel } from './study-channel';

/** A card in a study session: what the reducer needs plus what the screen shows. */
export interface StudySessionItem extends SessionItem {
  deckId: string;
  /** Absent until read: the queue reads the content of the next cards only (CONTENT_BATCH). */
  card?: StudyCardContent;
  state: CardStateRecord;
}

/**
 * Cards whose content the queue read includes; the rest is read right after the first card shows.
 * Reading content by key costs far more than the queue's index reads when many cards are due.
 */
const CONTENT_BATCH = 20;

function sessionQueueOf(state: CardStateRecord): SessionQueue {
  return state.queue === 'new' || state.queue === 'learning' ? state.queue : 'review';
}

function toSessionItem(item: StudyEntry & { card?: StudyCardContent }): StudySessionItem {
  return { ...item, factId: item.state.factId, queue: sessionQueueOf(item.state), due: item.state.due };
}

interface QueueFacts {
  day: StudyDay | null;
  settings: Record<string, StudySettings>;
  undoable: boolean;
}

export type CardAction = 'suspend' | 'bury' | 'reset' | 'flag';

export interface StudySessionOptions {
  deckIds?: string[];
  filter?: StudyFilter;
  /** False until the decks shipped with the app are installed; the queue waits for them. */
  enabled: boolean;
}

/**
 * A study session over the day's queue: reads the queue, records answers (one transaction each),
 * undoes, and applies card actions. The queue is read again only on load, undo and card actions —
 * never on the answer path, which stays one small transaction and one render.
 */
export function useStudySession({ deckIds, filter, enabled }: StudySessionOptions) {
  const [session, dispatch] = useReducer(sessionReducer<StudySessionItem>, undefined, emptySession<StudySessionItem>);
  const { current, revealed, pending, ahead } = session;
  const answeredInSession = session.history.length;
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<StudyFailure | null>(null);
  const [lastEvent, setLastEvent] = useState<{ kind: 'leech' | 'undone' | 'answered-elsewhere' | CardAction; at: number } | null>(null);
  /** What the last queue read said about the day: its bounds, each deck's settings, and whether an
   * answer from earlier today (before a reload) can still be undone. */
  const [read, setRead] = useState<QueueFacts>({ day: null, settings: {}, undoable: false });
  const { day, settings } = read;
  const canUndo = answeredInSession > 0 || read.undoable;
  const busy = useRef(false);
  /** Content read so far, so a queue read again (undo, card actions) has it for every card already seen. */
  const contents = useRef(new Map<string, StudyCardContent>());
  const loadingContent = useRef(false);

  const deckKey = deckIds?.join(',') ?? '';
  const filterKey = `${filter?.topic ?? ''}|${filter?.section ?? ''}`;
  const options = useMemo(
    () => ({ deckIds: deckKey ? deckKey.split(',') : undefined, filter: filterKey === '|' ? undefined : filter }),
    // The keys stand for the arrays and objects, which are new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [deckKey, filterKey],
  );

  const readQueue = useCallback(async () => {
    performance.mark('dyplomacja:queue-start');
    const result = await loadStudyQueue({ ...options, now: Date.now(), timeZone: deviceTimeZone, contentLimit: CONTENT_BATCH });
    performance.measure('dyplomacja:queue', 'dyplomacja:queue-start');
    for (const item of [...result.items, ...result.aheadItems]) contents.current.set(item.cardId, item.card);
    const withKnownContent = (entry: StudyEntry) => toSessionItem({ ...entry, card: contents.current.get(entry.cardId) });
    return {
      items: [...result.items.map(toSessionItem), ...result.laterItems.map(withKnownContent)],
      ahead: [...result.aheadItems.map(toSessionItem), ...result.laterAhead.map(withKnownContent)],
      facts: { day: result.day, settings: result.settings, undoable: await canUndoSince(result.day.start, currentTabId()) },
    };
  }, [options]);

  const reload = useCallback(async () => {
    const { items, ahead, facts } = await readQueue();
    setRead(facts);
    dispatch({ type: 'loaded', items, ahead, now: Date.now() });
  }, [readQueue]);

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    readQueue()
      .then(({ items, ahead, facts }) => {
        if (!active) return;
        setRead(facts);
        dispatch({ type: 'loaded', items, ahead, now: Date.now() });
        setStatus('ready');
      })
      .catch((cause: unknown) => {
        if (!active) return;
        setError(studyFailure(cause));
        setStatus('error');
      });
    return () => {
      active = false;
    };
  }, [enabled, readQueue]);

  // A screen left open past the day's roll-over (04:00 by default) shows the new day's queue.
  useEffect(() => {
    if (!day) return;
    const timer = window.setTimeout(() => void reload(), Math.max(0, day.end - Date.now()) + 1000);
    return () => window.clearTimeout(timer);
  }, [day, reload]);

  // The content of the rest of the queue, read after the first card is shown (and again for cards a
  // new queue read brought in). Off the answer path: it touches only the cards table.
  useEffect(() => {
    if (loadingContent.current) return;
    const missing = [current, ...pending, ...ahead].flatMap((item) => (item && !item.card ? [item.cardId] : []));
    if (missing.length === 0) return;
    loadingContent.current = true;
    loadCardContent(missing)
      .then((found) => {
        const patch = new Map<string, Partial<StudySessionItem> | null>();
        for (const [cardId, card] of found) {
          if (card) contents.current.set(cardId, card);
          patch.set(cardId, card ? { card } : null);
        }
        loadingContent.current = false;
        dispatch({ type: 'patched', patch, now: Date.now() });
      })
      .catch((cause: unknown) => {
        loadingContent.current = false;
        setError(studyFailure(cause));
      });
  }, [current, pending, ahead]);

  // Another tab's answers: the card (and the siblings it buried) leaves this queue at once.
  const channel = useRef<ReturnType<typeof openStudyChannel> | null>(null);
  const shownCard = useRef<string | null>(null);
  useEffect(() => {
    shownCard.current = current?.cardId ?? null;
  }, [current]);
  useEffect(() => {
    const opened = openStudyChannel(({ cardId, factId }) => {
      // The student is told only when the card in front of them goes.
      if (shownCard.current === cardId) setLastEvent({ kind: 'answered-elsewhere', at: Date.now() });
      dispatch({ type: 'answered-elsewhere', cardId, factId, now: Date.now() });
    });
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  // A learning card due later today: wake up when it may be shown (or when the study day ends).
  const nextAhead = ahead[0];
  useEffect(() => {
    if (current || !nextAhead) return;
    const wait = Math.max(0, nextAhead.due - LEARN_AHEAD_MS - Date.now());
    const timer = window.setTimeout(() => dispatch({ type: 'tick', now: Date.now() }), wait);
    return () => window.clearTimeout(timer);
  }, [current, nextAhead]);

  const answer = useCallback(
    async (grade: Grade, shownAt: number) => {
      if (!current || !revealed || busy.current) return;
      busy.current = true;
      try {
        const now = Date.now();
        const durationMs = Math.min(now - shownAt, 5 * 60_000);
        const shown = { reps: current.state.reps, lastReview: current.state.lastReview };
        const result = await recordAnswer({ cardId: current.cardId, rating: grade, now, timeZone: deviceTimeZone, durationMs, shown, tabId: currentTabId() });
        channel.current?.announceAnswer(current.cardId, current.factId);
        if (result.becameLeech) setLastEvent({ kind: 'leech', at: now });
        if (day && now >= day.end) {
          // The study day rolled over during the session: today's queue is a new one.
          await reload();
          return;
        }
        const updated: StudySessionItem = { ...current, state: result.state, queue: sessionQueueOf(result.state), due: result.state.due };
        dispatch({ type: 'answered', updated, grade, now, dayEnd: day?.end ?? now, durationMs });
        setError(null);
      } catch (cause) {
        if (cause instanceof DbError && cause.code === 'card-changed') {
          // Answered in another tab meanwhile: nothing was saved; show the queue as it is now.
          await reload();
          setLastEvent({ kind: 'answered-elsewhere', at: Date.now() });
          return;
        }
        setError(studyFailure(cause));
      } finally {
        busy.current = false;
      }
    },
    [current, revealed, day, reload],
  );

  const undo = useCallback(async () => {
    if (busy.current || !canUndo) return;
    busy.current = true;
    try {
      const undone = await undoLastAnswer(Date.now(), currentTabId());
      if (!undone) return;
      const latest = await readQueue();
      setRead(latest.facts);
      dispatch({ type: 'undone', cardId: undone.cardId, items: latest.items, ahead: latest.ahead, now: Date.now() });
      setLastEvent({ kind: 'undone', at: Date.now() });
    } catch (cause) {
      setError(studyFailure(cause));
    } finally {
      busy.current = false;
    }
  }, [canUndo, readQueue]);

  const act = useCallback(
    async (action: CardAction) => {
      if (!current || busy.current) return;
      busy.current = true;
      try {
        const now = Date.now();
        if (action === 'flag') {
          const state = await setCardFlag(current.cardId, current.state.flag ? 0 : 1);
          dispatch({ type: 'loaded', items: [{ ...current, state }, ...pending], ahead, now });
        } else {
          if (action === 'suspend') await suspendCard(current.cardId);
          if (action === 'bury') await buryCard(current.cardId, now, deviceTimeZone);
          if (action === 'reset') await resetCard(current.cardId, now);
          await reload();
        }
        setLastEvent({ kind: action, at: now });
      } catch (cause) {
        setError(studyFailure(cause));
      } finally {
        busy.current = false;
      }
    },
    [current, pending, ahead, reload],
  );

  const reveal = useCallback(() => dispatch({ type: 'reveal', now: Date.now() }), []);
  return { session, status, error, lastEvent, reveal, answer, undo, act, settings, canUndo };
}
