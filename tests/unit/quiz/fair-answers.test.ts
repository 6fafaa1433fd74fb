import { describe, expect, it } from 'vitest';
import { quizAnswerSchema } from '@/lib/exam/attempt';
import { checkAnswer, checkTypedAnswer } from '@/lib/quiz/check';
import { sameAnswerWords } from '@/lib/quiz/inflection';
import { headwords } from '@/lib/quiz/pool';
import { buildTyped } from '@/lib/quiz/questions/typed';
import type { TypedQuestion } from '@/lib/quiz/types';
import { fact, pool } from './helpers';

function typed(factId: string, variant: TypedQuestion['variant'], lang: 'pl' | 'en' = 'pl'): TypedQuestion {
  const question = buildTyped(pool(lang), fact(factId), variant);
  if (!question) throw new Error(`no ${variant} question for ${factId}`);
  return question;
}

describe('checkTypedAnswer (issue #11)', () => {
  it('accepts a synonym in another inflected form when the gap is a Polish phrase', () => {
    const war = typed('bcd-concept-cuba-nuclear-war', 'cloze');
    expect(war.answer).toBe('wojny nuklearnej');
    expect(checkTypedAnswer(war, 'wojny atomowej').correct).toBe(true);
    expect(checkTypedAnswer(war, 'wojna nuklearna').correct).toBe(true);
    expect(checkTypedAnswer(war, 'wojny domowej').correct).toBe(false);
  });

  it('accepts "secret" words and abbreviations when they mean the answer', () => {
    const oslo = typed('bcd-concept-oslo-secret-start', 'cloze');
    expect(checkTypedAnswer(oslo, 'sekretne negocjacje').correct).toBe(true);
    expect(checkTypedAnswer(oslo, 'jawne negocjacje').correct).toBe(false);
    const trackTwo = typed('bcd-def-track-two', 'def-to-term');
    for (const answer of ['Track 2', 'druga ścieżka', 'drugiej ścieżki', 'dyplomacja drugiej ścieżki']) {
      expect(checkTypedAnswer(trackTwo, answer).correct, answer).toBe(true);
    }
    expect(checkTypedAnswer(typed('bcd-def-track-two', 'def-to-term', 'en'), 'Track 2').correct).toBe(true);
  });

  it('accepts the bare headword of a term written with its English name in brackets', () => {
    expect(headwords('dyplomacja pierwszej ścieżki (Track One Diplomacy)')).toEqual([
      'dyplomacja pierwszej ścieżki (Track One Diplomacy)',
      'dyplomacja pierwszej ścieżki',
      'Track One Diplomacy',
    ]);
    const trackOne = typed('bcd-def-track-one', 'def-to-term');
    expect(checkTypedAnswer(trackOne, 'dyplomacja pierwszej ścieżki').correct).toBe(true);
    expect(checkTypedAnswer(trackOne, 'tradycyjna dyplomacja').correct).toBe(true);
  });

  it('refuses Track Three when the term defined is Multitrack Diplomacy', () => {
    const multitrack = typed('bcd-def-multitrack', 'def-to-term', 'en');
    expect(checkTypedAnswer(multitrack, 'Multitrack Diplomacy').correct).toBe(true);
    expect(checkTypedAnswer(multitrack, 'Track Three').correct).toBe(false);
    expect(checkTypedAnswer(multitrack, 'Track III Diplomacy').correct).toBe(false);
  });

  it('never accepts an answer the prompt itself shows', () => {
    const multitrack = typed('bcd-def-multitrack', 'def-to-term');
    // The definition names "dyplomacja trzeciej ścieżki", so copying it is no answer (and it is another term).
    expect(multitrack.accepted.some((a) => multitrack.prompt.toLowerCase().includes(a.toLowerCase()))).toBe(false);
  });

  it('accepts "the US" for the United States in English', () => {
    expect(sameAnswerWords('the US', 'United States', 'en', [['United States', 'US', 'USA']])).toBe(true);
    expect(sameAnswerWords('the UK', 'United States', 'en', [['United States', 'US', 'USA']])).toBe(false);
  });

  it('never forgives a different number even as another inflected form', () => {
    expect(sameAnswerWords('1993', '1992', 'pl')).toBe(false);
    expect(sameAnswerWords('trzech', 'trzy', 'pl')).toBe(false);
  });
});

describe('checkAnswer self-graded gaps', () => {
  const longGap = typed('bcd-why-failure-hidden', 'cloze');

  it('marks a long gap as self-graded and a short one not', () => {
    expect(longGap.selfGrade).toBe(true);
    expect(typed('bcd-classify-fomin-scali', 'cloze').selfGrade).toBeUndefined();
  });

  it('counts "I was right" as right when the question allows self-grading', () => {
    const refused = checkAnswer(longGap, { type: 'typed', text: 'coś zupełnie innego' });
    expect(refused.correct).toBe(false);
    expect(checkAnswer(longGap, { type: 'typed', text: 'coś zupełnie innego', selfGraded: true }).correct).toBe(true);
  });

  it('ignores "I was right" when the question is graded by spelling', () => {
    const short = typed('bcd-classify-fomin-scali', 'cloze');
    expect(checkAnswer(short, { type: 'typed', text: 'Track II', selfGraded: true }).correct).toBe(false);
  });

  it('reads stored answers with and without the self-graded mark', () => {
    expect(quizAnswerSchema.safeParse({ type: 'typed', text: 'old' }).success).toBe(true);
    expect(quizAnswerSchema.safeParse({ type: 'typed', text: 'new', selfGraded: true }).success).toBe(true);
    expect(quizAnswerSchema.safeParse({ type: 'typed', text: 'bad', selfGraded: false }).success).toBe(false);
  });
});
