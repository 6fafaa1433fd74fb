'use client';
import { useMemo } from 'react';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import { buildExam, checkDeckNeeds, checkLinkTopics, decodeSharedTest, examTitles, type DeckNeed, type ExamSpec } from '@/lib/exam';
import { useDecks } from '@/lib/hooks/use-decks';
import { useExamDecks } from '@/lib/hooks/use-exam-decks';
import type { Quiz } from '@/lib/quiz';

/** A shared test ready to take, or why it cannot be: a bad link, or a user deck missing or older here. */
export type SharedTest = { spec: ExamSpec; needs: DeckNeed[]; decks: DeckFileV2[]; quiz: Quiz } | { error: unknown };

/**
 * A test from a link's fragment, checked against the decks on this device: null while the fragment or
 * the decks are read. A test from a user deck this device lacks (or has in an older version) is refused
 * with an ExamError naming the deck, never built from whatever else is there.
 */
export function useSharedTest(fragment: string | null): SharedTest | null {
  const decoded = useMemo(() => {
    if (fragment === null) return null;
    try {
      return decodeSharedTest(fragment);
    } catch (error) {
      return { error };
    }
  }, [fragment]);
  const installed = useDecks();
  const loaded = useExamDecks(decoded && 'spec' in decoded ? decoded.spec.deckIds : []);
  return useMemo(() => {
    if (decoded === null) return null;
    if ('error' in decoded) return decoded;
    if (installed === undefined || loaded === undefined) return null;
    try {
      checkDeckNeeds(decoded.needs, installed.map((deck) => ({ id: deck.id, version: deck.version })));
      checkLinkTopics(decoded.spec.topics, new Set(examTitles(decoded.spec.deckIds, decoded.spec.lang, loaded.decks).topics.keys()));
      return { ...decoded, decks: loaded.decks, quiz: buildExam(decoded.spec, loaded.decks) };
    } catch (error) {
      return { error };
    }
  }, [decoded, installed, loaded]);
}
