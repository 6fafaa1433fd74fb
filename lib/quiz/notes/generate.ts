/**
 * Quizzes from the notes of user decks (format 2), with the same question types as the built-in deck's
 * facts, so the runner, checking, results, sharing and print work unchanged:
 *
 * - multiple choice: a multiple-choice note as written (several right options stay several: "choose
 *   all that apply", all or nothing); a basic, basic + reverse or typed note's answer among 3 alike
 *   answers of other notes of the deck;
 * - true/false: a note's front with its own answer or with the most alike other answer;
 * - typed: basic (short answers), basic + reverse (either way), typed (variants accepted) and cloze
 *   notes (the text with one number's blanks; answer = the hidden words);
 * - matching: 4–6 front/answer pairs of one topic or tag;
 * - timeline: 3–6 notes whose answers are dates.
 *
 * Each note is tested at most once per quiz; the same decks, options and seed give the same quiz.
 */
import type { Lang } from '@/lib/content/lang';
import type { DeckFileV2, NoteOf } from '@/lib/decks/format-v2';
import { QuizError } from '../errors';
import { mulberry32, shuffle, type Rng } from '../prng';
import { takeInTurn } from '../mix';
import { MAX_QUIZ_QUESTIONS, QUESTION_TYPES, type Question, type QuestionType, type Quiz } from '../types';
import { createNotePool, type NoteItem, type NotePool } from './pool';
import {
  buildCardChoice,
  buildCardMatching,
  buildCardTimeline,
  buildCardTrueFalse,
  buildCardTyped,
  buildClozeTyped,
  buildNoteChoice,
} from './questions';

/** Options of `generateNoteQuiz`; the same options always give the same quiz. */
export type GenerateNoteQuizOptions = {
  decks: readonly DeckFileV2[];
  lang: Lang;
  seed: number;
  count: number;
  types?: readonly QuestionType[];
  /** Only test notes of these topics (wrong options may still come from elsewhere in the deck). */
  topics?: readonly string[];
};

type Slot = { key: string; build: (rng: Rng) => Question | null };

function singleSlots(pool: NotePool, tested: (key: string) => boolean, type: QuestionType): Slot[] {
  const itemSlot = (item: NoteItem, build: (rng: Rng) => Question | null): Slot => ({ key: item.key, build });
  const items = pool.items.filter((item) => tested(item.key));
  switch (type) {
    case 'multiple-choice':
      return [
        ...pool.notes
          .filter((entry) => entry.note.type === 'multiple-choice' && tested(entry.key))
          .map((entry): Slot => ({ key: entry.key, build: () => buildNoteChoice(pool, { ...entry, note: entry.note as NoteOf<'multiple-choice'> }) })),
        ...items.map((item) => itemSlot(item, (rng) => buildCardChoice(pool, item, rng))),
      ];
    case 'true-false':
      return items.map((item) => itemSlot(item, (rng) => buildCardTrueFalse(pool, item, rng)));
    case 'typed':
      return [
        ...items.map((item) => itemSlot(item, () => buildCardTyped(pool, item))),
        ...pool.notes
          .filter((entry) => entry.note.type === 'cloze' && tested(entry.key))
          .map((entry): Slot => ({ key: entry.key, build: (rng) => buildClozeTyped({ ...entry, note: entry.note as NoteOf<'cloze'> }, rng) })),
      ];
    default:
      return [];
  }
}

/** Generates a quiz from user decks' notes, deterministically from the seed (types mixed round-robin). */
export function generateNoteQuiz(options: GenerateNoteQuizOptions): Quiz {
  const { lang, seed, count } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_QUIZ_QUESTIONS) {
    throw new QuizError('invalid-count', `count must be an integer from 1 to ${MAX_QUIZ_QUESTIONS}, got ${count}`);
  }
  if (!Number.isSafeInteger(seed)) throw new QuizError('invalid-seed', `seed must be an integer, got ${seed}`);
  const pool = createNotePool(options.decks, lang);
  const topics = options.topics;
  const testedKeys = new Set(pool.notes.filter((entry) => !topics || (entry.note.topic !== undefined && topics.includes(entry.note.topic))).map((e) => e.key));
  if (testedKeys.size === 0) throw new QuizError('no-facts', `no notes match the topics ${topics?.join(', ') ?? ''}`);
  const rng = mulberry32(seed);
  const used = new Set<string>();
  const tested = (key: string) => testedKeys.has(key);
  const open = (item: NoteItem) => testedKeys.has(item.key) && !used.has(item.key);
  const types = options.types ?? QUESTION_TYPES;
  const slots = new Map(types.map((type) => [type, singleSlots(pool, tested, type)]));

  const buildOne = (type: QuestionType): { question: Question; keys: string[] } | null => {
    if (type === 'matching' || type === 'timeline') {
      const question = type === 'matching' ? buildCardMatching(pool, open, rng) : buildCardTimeline(pool, open, rng);
      return question ? { question, keys: question.subjects.map((s) => `${s.deckId ?? ''}/${s.factId}`) } : null;
    }
    for (const slot of shuffle(rng, (slots.get(type) ?? []).filter((s) => !used.has(s.key)))) {
      const question = slot.build(rng);
      if (question) return { question, keys: [slot.key] };
    }
    return null;
  };

  // Timelines and matching need several open notes at once: they go first in each round, so a small
  // deck still feeds them before single-note questions use its notes up.
  const grouped: QuestionType[] = ['timeline', 'matching'];
  const distinct = [...new Set(types)];
  const order = [...grouped.filter((t) => distinct.includes(t)), ...shuffle(rng, distinct.filter((t) => !grouped.includes(t)))];
  const questions: Question[] = takeInTurn(order, count, (type) => {
    const built = buildOne(type);
    built?.keys.forEach((key) => used.add(key));
    return built ? built.question : null;
  });
  const only = options.decks.length === 1 ? options.decks[0] : undefined;
  return {
    ...(only ? { deckId: only.id } : {}),
    lang,
    seed,
    questions: questions.map((q, i) => ({ ...q, id: `q${i + 1}` })),
  };
}

/** Why a deck cannot feed a question type (each code has a translated sentence in the builder). */
export type NoteCapabilityReason = 'needs-choices' | 'needs-two-answers' | 'needs-typed' | 'needs-pairs' | 'needs-dates' | 'no-cards';

/** Whether a deck can feed a question type, and if not, why. */
export type NoteCapability = { type: QuestionType; available: true } | { type: QuestionType; available: false; reason: NoteCapabilityReason };

const REASONS: Record<QuestionType, NoteCapabilityReason> = {
  'multiple-choice': 'needs-choices',
  'true-false': 'needs-two-answers',
  typed: 'needs-typed',
  matching: 'needs-pairs',
  timeline: 'needs-dates',
};

/**
 * The question types a user deck can feed, in QUESTION_TYPES order: a type is available when the
 * generator itself can make at least one question of it from the deck (so the builder never offers
 * a type that then yields nothing), else it carries the reason.
 */
export function noteDeckCapabilities(deck: DeckFileV2, lang: Lang): NoteCapability[] {
  return QUESTION_TYPES.map((type): NoteCapability => {
    if (deck.notes.length === 0) return { type, available: false, reason: 'no-cards' };
    try {
      const quiz = generateNoteQuiz({ decks: [deck], lang, seed: 0, count: 1, types: [type] });
      if (quiz.questions.length > 0) return { type, available: true };
    } catch (error) {
      if (!(error instanceof QuizError)) throw error;
    }
    return { type, available: false, reason: REASONS[type] };
  });
}
