import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAnswer, typoBudget } from '@/lib/quiz/answer-matching';
import { checkTypedAnswer } from '@/lib/quiz/check';
import { actorNames } from '@/lib/quiz/pool';
import { buildTyped } from '@/lib/quiz/questions/typed';
import type { TypedQuestion } from '@/lib/quiz/types';
import type { ActorFact } from '@/lib/content/fact-schema';
import { content, fact, pool } from './helpers';

function typed(factId: string, variant: TypedQuestion['variant'], lang: 'pl' | 'en' = 'pl'): TypedQuestion {
  const question = buildTyped(pool(lang), fact(factId), variant);
  if (!question) throw new Error(`no ${variant} question for ${factId}`);
  return question;
}

// Property runs check many spellings; a busy machine must not fail them on time.
describe('checkTypedAnswer', { timeout: 60_000 }, () => {
  const khrushchev = typed('bcd-actor-khrushchev', 'who');

  it.each(['Chruszczow', 'Chruszczów', 'chruszczow', 'Khrushchev', 'Nikita Chruszczow', 'NIKITA KHRUSHCHEV'])(
    'accepts %s when the answer is Khrushchev',
    (input) => {
      expect(checkTypedAnswer(khrushchev, input).correct).toBe(true);
    },
  );

  it('accepts a small typo and says it was not exact when the name is long enough', () => {
    expect(checkTypedAnswer(khrushchev, 'Chrsuzczow')).toEqual({ correct: true, exact: false, matched: 'Chruszczow' });
    expect(checkTypedAnswer(khrushchev, 'Chruszczowa').correct).toBe(true);
  });

  it('reports an exact answer when only letter case differs from an accepted spelling', () => {
    expect(checkTypedAnswer(khrushchev, 'nikita chruszczów')).toEqual({ correct: true, exact: true, matched: 'Nikita Chruszczów' });
    expect(checkTypedAnswer(khrushchev, 'Nikita Chruszczow!').exact).toBe(false);
  });

  it('refuses another actor and empty input when asked for Khrushchev', () => {
    expect(checkTypedAnswer(khrushchev, 'Kennedy').correct).toBe(false);
    expect(checkTypedAnswer(khrushchev, 'Fomin').correct).toBe(false);
    expect(checkTypedAnswer(khrushchev, '   ').correct).toBe(false);
    expect(checkTypedAnswer(khrushchev, 'Chruszcz').correct).toBe(true);
    expect(checkTypedAnswer(khrushchev, 'Chrust').correct).toBe(false);
  });

  it('refuses an input nearer another known answer even when it is within the typo budget', () => {
    const question: TypedQuestion = { ...khrushchev, accepted: ['Kennedy'], otherAnswers: ['Kenney'] };
    expect(checkTypedAnswer(question, 'Kenney').correct).toBe(false);
    expect(checkTypedAnswer(question, 'Kenedy').correct).toBe(true);
    expect(checkTypedAnswer(question, 'Kenndy').correct).toBe(false);
    expect(checkTypedAnswer({ ...question, otherAnswers: ['Kennedi'] }, 'Kennedx').correct).toBe(false);
  });

  it('never accepts a one-letter slip on a different actor’s name when asked who someone is', () => {
    const actors = content.facts.filter((f): f is ActorFact => f.kind === 'actor');
    // Actors whose description paraphrases their name get no typed question (issue #11).
    const questions = actors.flatMap((a) => buildTyped(pool('pl'), a, 'who') ?? []);
    const slips = fc.record({
      question: fc.constantFrom(...questions),
      other: fc.constantFrom(...actors),
      variantIndex: fc.nat(),
      position: fc.nat(),
      letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      edit: fc.constantFrom('replace', 'insert', 'delete'),
    });
    fc.assert(
      fc.property(slips, ({ question, other, variantIndex, position, letter, edit }) => {
        fc.pre(other.id !== question.factIds[0]);
        const names = actorNames(other).map(foldAnswer).filter((n) => n.length >= 4);
        fc.pre(names.length > 0);
        const name = names[variantIndex % names.length]!;
        const at = position % name.length;
        const slip = edit === 'replace' ? name.slice(0, at) + letter + name.slice(at + 1) : edit === 'insert' ? name.slice(0, at) + letter + name.slice(at) : name.slice(0, at) + name.slice(at + 1);
        fc.pre(!question.accepted.some((a) => foldAnswer(a) === slip));
        expect(checkTypedAnswer(question, slip).correct).toBe(false);
      }),
      { numRuns: 1000 },
    );
    // A thousand checks against every actor's name: seconds on a busy 2-core machine, not a hang.
  }, 30_000);

  it('accepts every accepted spelling of its own answer when typed verbatim', () => {
    for (const f of content.facts) {
      for (const variant of ['who', 'def-to-term', 'cloze', 'event-to-date'] as const) {
        const question = buildTyped(pool('en'), f, variant);
        if (!question) continue;
        for (const spelling of question.accepted) expect(checkTypedAnswer(question, spelling), `${f.id} ${spelling}`).toMatchObject({ correct: true, exact: true });
      }
    }
  });

  it('scales the typo budget with the length of the name when a name is mistyped', () => {
    const kgb = typed('bcd-actor-kgb', 'who');
    expect(typoBudget(foldAnswer('KGB').length)).toBe(0);
    expect(checkTypedAnswer(kgb, 'KBG').correct).toBe(false);
    expect(checkTypedAnswer(kgb, 'kgb').correct).toBe(true);
  });

  it('refuses the first track when asked for the second', () => {
    const track = typed('bcd-def-track-two', 'def-to-term', 'en');
    expect(checkTypedAnswer(track, 'Track II').correct).toBe(true);
    expect(checkTypedAnswer(track, 'track 2 diplomacy').correct).toBe(true);
    expect(checkTypedAnswer(track, 'Track I').correct).toBe(false);
    expect(checkTypedAnswer(track, 'Track One Diplomacy').correct).toBe(false);
  });

  it('accepts any name of the same idea when asked for the term of a BCD definition', () => {
    const wanis = typed('bcd-def-wanis', 'def-to-term', 'pl');
    expect(checkTypedAnswer(wanis, 'BCD').correct).toBe(true);
    expect(checkTypedAnswer(wanis, 'back channel').correct).toBe(true);
    expect(checkTypedAnswer(wanis, 'Track II').correct).toBe(false);
  });

  it.each([
    ['1 maja 1960', true],
    ['1.05.1960', true],
    ['May 1, 1960', true],
    ['1960-05-01', true],
    ['2 maja 1960', false],
    ['1960', false],
    ['maj 1960', false],
  ])('judges %s as %s when the answer is 1 May 1960', (input, correct) => {
    expect(checkTypedAnswer(typed('bcd-date-u2-shot-down', 'event-to-date'), input).correct).toBe(correct);
  });

  it('accepts a decade, two years or a duration in any usual spelling when typed', () => {
    const decade = typed('bcd-date-political-psychology', 'event-to-date');
    expect(checkTypedAnswer(decade, 'lata 70.').correct).toBe(true);
    expect(checkTypedAnswer(decade, '1970s').correct).toBe(true);
    expect(checkTypedAnswer(decade, '1980s').correct).toBe(false);
    const iranContra = typed('bcd-date-iran-contra', 'event-to-date');
    expect(checkTypedAnswer(iranContra, '1985 i 1986')).toMatchObject({ correct: true, exact: true });
    expect(checkTypedAnswer(iranContra, '1986, 1985')).toMatchObject({ correct: true, exact: false });
    expect(checkTypedAnswer(iranContra, '1985').correct).toBe(false);
    // No duration is left in the deck; a made-up one keeps the spelling rules of durations tested.
    const castro = fact('bcd-date-kissinger-castro');
    if (castro.kind !== 'date') throw new Error('fixture: not a date');
    const eighteenMonths = { ...castro, id: 'test-eighteen-months', date: { precision: 'duration' as const, amount: 18, unit: 'months' as const } };
    const months = buildTyped(pool('pl'), eighteenMonths, 'event-to-date');
    if (!months) throw new Error('fixture: no duration question');
    expect(checkTypedAnswer(months, '18 miesięcy').correct).toBe(true);
    expect(checkTypedAnswer(months, '12 miesięcy').correct).toBe(false);
  });

  it('accepts listed variants and small slips when the answer fills a gap', () => {
    const pledge = typed('bcd-concept-turkey-pledge', 'cloze');
    expect(checkTypedAnswer(pledge, 'trzech').correct).toBe(true);
    expect(checkTypedAnswer(pledge, '3').correct).toBe(true);
    expect(checkTypedAnswer(pledge, 'trzch').correct).toBe(true);
    expect(checkTypedAnswer(pledge, 'pięciu').correct).toBe(false);
    expect(checkTypedAnswer(pledge, '4').correct).toBe(false);
  });
});
