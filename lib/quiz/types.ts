import type { DateValue, SourceRef } from '@/lib/content/fact-schema';
import type { FactKind } from '@/lib/content/kinds';
import type { Lang } from '@/lib/content/lang';

/** The kinds of quiz question. */
export const QUESTION_TYPES = ['multiple-choice', 'true-false', 'typed', 'matching', 'timeline'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Most questions one quiz may ask (also bounds what a shared link may request). */
export const MAX_QUIZ_QUESTIONS = 500;

/**
 * A fact (or, for a user deck, a note) a question tests, with the cards behind it and its place in the
 * article. Notes of user decks may have no topic and no article reference.
 */
export type QuestionSubject = {
  /** The fact's id; for a user deck, the note's id. */
  factId: string;
  /**
   * The fact's cards (siblings): what to study after a mistake. Ids within the built-in deck; for a
   * user deck (`deckId` set), the stored card ids (`<deck id>/<card id>`).
   */
  cardIds: string[];
  topic?: string;
  source?: SourceRef;
  /** Set for notes of user decks: the deck the note belongs to. */
  deckId?: string;
  /** A note's free "source" text ("lecture 3"), shown with a mistake. */
  sourceNote?: string;
};

/** Fields every question shares. */
export type QuestionBase = {
  /** Position-based id within one quiz ("q1", "q2", …). */
  id: string;
  lang: Lang;
  /** Kind of every fact the question tests; absent for questions from user decks' notes. */
  kind?: FactKind;
  /** Topic of the (first) fact tested; absent when a note has none. */
  topic?: string;
  /** Article reference of the (first) fact tested; absent for notes. */
  source?: SourceRef;
  /** 'markdown': the texts come from a user deck and use the markdown subset of lib/cards/markdown. */
  format?: 'markdown';
  factIds: string[];
  cardIds: string[];
  /** Every fact tested, in order; matching and timeline questions test several. */
  subjects: QuestionSubject[];
  prompt: string;
};

export type MultipleChoiceVariant =
  | 'term-to-def'
  | 'def-to-term'
  | 'who'
  | 'what-did'
  | 'event-to-date'
  | 'date-to-event'
  | 'list-item'
  /** A multiple-choice note, as written. */
  | 'note'
  /** A note's front; its answer among other notes' answers. */
  | 'card-forward'
  /** A basic + reverse note asked back to front. */
  | 'card-reverse';

/**
 * Distinct options, exactly one right (four for generated questions). A multiple-choice note with
 * several right options keeps them: `answerIndexes` lists them all and the student ticks every one
 * ("choose all that apply").
 */
export type MultipleChoiceQuestion = QuestionBase & {
  type: 'multiple-choice';
  variant: MultipleChoiceVariant;
  options: string[];
  /** The right option (the first one when there are several). */
  answerIndex: number;
  /** Set when several options are right: all of them, ascending; only the exact set scores. */
  answerIndexes?: number[];
  /** Fact each option comes from; null for generated wrong dates. */
  optionFactIds: (string | null)[];
};

export type TrueFalseVariant =
  | 'definition'
  | 'actor-role'
  | 'date'
  | 'detail-swap'
  | 'list-item'
  /** A note's front (`prompt`) with an answer (`statement`): its own or another note's. */
  | 'card';

/** A statement that is true, or false because exactly one detail was swapped. */
export type TrueFalseQuestion = QuestionBase & {
  type: 'true-false';
  variant: TrueFalseVariant;
  statement: string;
  answer: boolean;
  /** For false statements: the detail shown, what the article says, the true statement. */
  falseDetail?: { shown: string; expected: string; fromFactId?: string; correction: string };
};

export type TypedVariant = 'who' | 'def-to-term' | 'event-to-date' | 'cloze' | 'card-forward' | 'card-reverse';

/** A question answered by typing; see `checkTypedAnswer`. */
export type TypedQuestion = QuestionBase & {
  type: 'typed';
  variant: TypedVariant;
  /** The answer to show. */
  answer: string;
  /** Every spelling accepted as right (typos within budget are accepted too). */
  accepted: string[];
  /** Known answers to other questions: an input nearer one of these is refused. */
  otherAnswers: string[];
  /** Dates are compared by their numbers, not by spelling. */
  match: 'text' | 'date';
  date?: DateValue;
  /**
   * Phrases that mean the same in the question's language (wojna nuklearna = wojna atomowa), from the
   * knowledge base: an answer using any of them counts, in any inflected form.
   */
  synonyms?: string[][];
  /**
   * A long gap no spelling rule can judge fairly: after a refused answer the student sees the expected
   * words and may mark the answer "I was right" (counted and shown as such in the results).
   */
  selfGrade?: true;
};

export type MatchingVariant = 'actor-deed' | 'term-definition' | 'card-pairs';

/** Pair each left item with one right item. */
export type MatchingQuestion = QuestionBase & {
  type: 'matching';
  variant: MatchingVariant;
  left: { id: string; text: string; factId: string }[];
  right: { id: string; text: string }[];
  pairs: { left: string; right: string }[];
};

/** Put 4–6 events (3–6 from a user deck) into chronological order. */
export type TimelineQuestion = QuestionBase & {
  type: 'timeline';
  /** Shown in shuffled order, without dates. */
  events: { id: string; text: string; factId: string; date: string }[];
  /** Event ids from the earliest to the latest. */
  order: string[];
};

/** Any quiz question, discriminated on `type`. */
export type Question = MultipleChoiceQuestion | TrueFalseQuestion | TypedQuestion | MatchingQuestion | TimelineQuestion;

/** A generated quiz; the same input and seed always give the same quiz. */
export type Quiz = { deckId?: string; lang: Lang; seed: number; questions: Question[] };
