/**
 * A test's specification: everything that decides its questions. The same spec (and the same content of
 * the user decks it names) always gives the same questions in the same order (lib/quiz is seeded), which
 * is what makes a test shareable.
 */
import { BUILT_IN_DECK_ID, builtInContents, findBuiltInContent } from '@/lib/content/built-in';
import type { DeckContent } from '@/lib/content/content-schema';
import type { Lang } from '@/lib/content/lang';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import { generateQuiz, MAX_QUIZ_QUESTIONS, QUESTION_TYPES, QuizError, type Question, type QuestionType, type Quiz } from '@/lib/quiz';
import { generateNoteQuiz, noteDeckCapabilities, type NoteCapabilityReason } from '@/lib/quiz/notes';
import { MAX_ONLY, type ExamSpec } from './spec-schema';

export { EXAM_COUNTS, EXAM_TIME_LIMITS_MIN, MAX_ONLY, MAX_TIME_LIMIT_MS, examSpecSchema, type ExamCount, type ExamSpec } from './spec-schema';
import { ExamError } from './errors';

/** The builder's "quick test": every topic and type of the built-in deck, 10 questions, no time limit. */
export function quickTestSpec(seed: number, lang: Lang): ExamSpec {
  return { deckIds: [BUILT_IN_DECK_ID], topics: [], types: [...QUESTION_TYPES], count: 10, seed: seed >>> 0, lang };
}

/** The built-in decks a test can be built from (user decks come from storage). */
export function examDecks(): readonly DeckContent[] {
  return builtInContents();
}

/** True when the deck id is a built-in deck (its questions come from the knowledge base's facts). */
export function isBuiltInExamDeck(deckId: string): boolean {
  return findBuiltInContent(deckId) !== undefined;
}

/** The spec's decks: built-in contents and user decks, each in the spec's order. Throws for an unknown id. */
function sourcesOf(spec: ExamSpec, decks: readonly DeckFileV2[]): { contents: DeckContent[]; userDecks: DeckFileV2[] } {
  const contents: DeckContent[] = [];
  const userDecks: DeckFileV2[] = [];
  for (const id of spec.deckIds) {
    const content = findBuiltInContent(id);
    const userDeck = content ? undefined : decks.find((deck) => deck.id === id);
    if (content) contents.push(content);
    else if (userDeck) userDecks.push(userDeck);
    else throw new ExamError('unknown-deck', `no facts or notes are known for deck "${id}"`);
  }
  return { contents, userDecks };
}

function builtInQuiz(contents: DeckContent[], spec: ExamSpec, count: number, topics: string[] | undefined): Quiz {
  const only = contents[0];
  return contents.length === 1 && only
    ? generateQuiz({ content: only, lang: spec.lang, seed: spec.seed, count, types: spec.types, ...(topics ? { topics } : {}) })
    : generateQuiz({
        facts: contents.flatMap((c) => c.facts),
        topicTitles: contents.flatMap((c) => c.topics),
        lang: spec.lang,
        seed: spec.seed,
        count,
        types: spec.types,
        ...(topics ? { topics } : {}),
      });
}

/** Questions of one source, or none when its facts or notes do not match the topics. */
function orNone(make: () => Quiz): Question[] {
  try {
    return make().questions;
  } catch (error) {
    if (error instanceof QuizError && error.code === 'no-facts') return [];
    throw error;
  }
}

/** Takes questions from each list in turn (a, b, a, b, …) until `count`, renumbered q1, q2, … */
function interleave(lists: Question[][], count: number): Question[] {
  const out: Question[] = [];
  for (let i = 0; out.length < count && lists.some((list) => i < list.length); i++) {
    for (const list of lists) {
      const question = list[i];
      if (question && out.length < count) out.push(question);
    }
  }
  return out.map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

/** The questions about any of the given facts or notes, in their order, renumbered q1, q2, … */
function onlyAbout(quiz: Quiz, ids: readonly string[]): Quiz {
  const wanted = new Set(ids);
  const questions = quiz.questions.filter((q) => q.subjects.some((s) => wanted.has(s.factId)));
  return { ...quiz, questions: questions.map((q, i) => ({ ...q, id: `q${i + 1}` })) };
}

/**
 * The spec of a retake of only the missed questions: the same test (decks, topics, types, count, seed)
 * restricted to the facts or notes missed, so it is the same questions again, in the same order.
 */
export function missedOnlySpec(spec: ExamSpec, missedFactIds: readonly string[]): ExamSpec | null {
  const only = [...new Set(missedFactIds)].slice(0, MAX_ONLY);
  return only.length === 0 ? null : { ...spec, only };
}

/**
 * The test's questions, generated from its spec and the content of the user decks it names (`decks`;
 * built-in decks need none). Facts of several built-in decks are pooled, notes of several user decks
 * too; a test mixing both takes their questions in turn; with `only`, just the questions about those
 * facts or notes are kept. Throws ExamError when a deck is unknown or no
 * question can be made.
 */
export function buildExam(spec: ExamSpec, decks: readonly DeckFileV2[] = []): Quiz {
  const { contents, userDecks } = sourcesOf(spec, decks);
  const count = spec.count === 'all' ? MAX_QUIZ_QUESTIONS : spec.count;
  const topics = spec.topics.length > 0 ? spec.topics : undefined;
  const noteQuiz = () => generateNoteQuiz({ decks: userDecks, lang: spec.lang, seed: spec.seed, count, types: spec.types, ...(topics ? { topics } : {}) });
  try {
    let quiz: Quiz;
    if (userDecks.length === 0) quiz = builtInQuiz(contents, spec, count, topics);
    else if (contents.length === 0) quiz = noteQuiz();
    else {
      const questions = interleave([orNone(() => builtInQuiz(contents, spec, count, topics)), orNone(noteQuiz)], count);
      quiz = { lang: spec.lang, seed: spec.seed, questions };
    }
    if (spec.only) quiz = onlyAbout(quiz, spec.only);
    if (quiz.questions.length === 0) throw new ExamError('no-questions', 'no question of the chosen types could be made');
    return quiz;
  } catch (error) {
    if (error instanceof QuizError && error.code === 'no-facts') throw new ExamError('no-questions', error.message);
    throw error;
  }
}

/** Which built-in deck each fact of the spec's built-in decks belongs to ("study my mistakes" needs the stored card ids). */
export function deckOfFacts(spec: ExamSpec): Map<string, string> {
  const map = new Map<string, string>();
  for (const id of spec.deckIds) {
    const content = findBuiltInContent(id);
    if (!content) continue;
    for (const fact of content.facts) if (!map.has(fact.id)) map.set(fact.id, content.id);
  }
  return map;
}

/** Titles of the topics and sections of the spec's decks (built-in and the given user decks), by id, in one language. */
export function examTitles(deckIds: readonly string[], lang: Lang, decks: readonly DeckFileV2[] = []): { topics: Map<string, string>; sections: Map<string, string> } {
  const topics = new Map<string, string>();
  const sections = new Map<string, string>();
  const titleOf = (title: Partial<Record<Lang, string>>) => title[lang] ?? Object.values(title)[0] ?? '';
  for (const id of deckIds) {
    const content = findBuiltInContent(id);
    content?.topics.forEach((topic) => topics.set(topic.id, topic.title[lang]));
    content?.sections.forEach((section) => sections.set(section.id, section.title[lang]));
    const deck = content ? undefined : decks.find((d) => d.id === id);
    deck?.topics.forEach((topic) => topics.set(topic.id, titleOf(topic.title)));
    deck?.sections.forEach((section) => sections.set(section.id, titleOf(section.title)));
  }
  return { topics, sections };
}

/** Whether the chosen decks can feed a question type; when none can, why (from the first user deck that cannot). */
export type TypeAvailability = { type: QuestionType; available: true } | { type: QuestionType; available: false; reason: NoteCapabilityReason | 'no-deck' };

/**
 * Which question types the chosen decks can feed, in QUESTION_TYPES order. Built-in decks feed every
 * type; a user deck feeds what its notes allow (see noteDeckCapabilities). With no deck chosen, none.
 */
export function examTypeAvailability(deckIds: readonly string[], decks: readonly DeckFileV2[], lang: Lang): TypeAvailability[] {
  const builtIn = deckIds.some((id) => findBuiltInContent(id) !== undefined);
  const capabilities = deckIds.flatMap((id) => {
    const deck = decks.find((d) => d.id === id);
    return deck && !builtIn ? [noteDeckCapabilities(deck, lang)] : [];
  });
  return QUESTION_TYPES.map((type, i): TypeAvailability => {
    if (builtIn) return { type, available: true };
    if (capabilities.length === 0) return { type, available: false, reason: 'no-deck' };
    const ofType = capabilities.map((c) => c[i]).filter((c) => c !== undefined);
    if (ofType.some((c) => c.available)) return { type, available: true };
    const first = ofType[0];
    return { type, available: false, reason: first && !first.available ? first.reason : 'no-deck' };
  });
}
