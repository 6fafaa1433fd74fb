import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS } from '@/lib/content/kinds';
import {
  MAX_LINK_LENGTH,
  checkLinkTopics,
  decodeExamResult,
  decodeExamSpec,
  encodeExamResult,
  encodeExamSpec,
  examReducer,
  scoreAttempt,
  sharedResultOf,
  startAttempt,
  type ExamSpec,
  type SharedResult,
} from '@/lib/exam';
import { QUESTION_TYPES } from '@/lib/quiz';
import { SPEC, T0, exam, rightAnswer } from './helpers';

const specArb: fc.Arbitrary<ExamSpec> = fc.record(
  {
    deckIds: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}$/), { minLength: 1, maxLength: 3 }),
    topics: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}$/), { maxLength: 6 }),
    types: fc.shuffledSubarray([...QUESTION_TYPES], { minLength: 1 }),
    count: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constant('all' as const)),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    timeLimitMs: fc.integer({ min: 60_000, max: 3 * 3_600_000 }),
    lang: fc.constantFrom('pl' as const, 'en' as const),
    only: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { minLength: 1, maxLength: 12 }),
  },
  { requiredKeys: ['deckIds', 'topics', 'types', 'count', 'seed', 'lang'] },
);

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('encodeExamSpec', () => {
  it('round-trips any valid spec through decodeExamSpec', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        expect(decodeExamSpec(`#${encodeExamSpec(spec)}`)).toEqual(spec);
      }),
    );
  });

  it('makes a short link for a typical test', () => {
    expect(encodeExamSpec({ ...SPEC, topics: ['cuban-missile-crisis', 'theory'], timeLimitMs: 1_200_000 }).length).toBeLessThan(200);
  });

  it('keeps opening a link made before specs could name the missed questions', () => {
    // A link of the first version, as the app made it before `only` existed.
    const old = `t1.${compressToEncodedURIComponent(JSON.stringify({ d: SPEC.deckIds, p: [], y: ['mc', 'tf'], n: 10, s: 42, l: 'pl' }))}`;
    expect(decodeExamSpec(old)).toEqual({ ...SPEC, types: ['multiple-choice', 'true-false'] });
  });

  it('gives a link whose test has the same questions when opened elsewhere', () => {
    const opened = decodeExamSpec(encodeExamSpec(SPEC));
    expect(exam(opened).questions).toEqual(exam(SPEC).questions);
  });
});

describe('decodeExamSpec', () => {
  const payload = (json: string) => `t1.${compressToEncodedURIComponent(json)}`;

  it('refuses an empty, huge, unknown-version or corrupt link with a coded error', () => {
    expect(codeOf(() => decodeExamSpec('#'))).toBe('link-empty');
    expect(codeOf(() => decodeExamSpec(`t1.${'A'.repeat(MAX_LINK_LENGTH)}`))).toBe('link-too-large');
    expect(codeOf(() => decodeExamSpec('t9.abc'))).toBe('link-unknown-version');
    expect(codeOf(() => decodeExamSpec('t1.%%%%'))).toBe('link-corrupt');
    expect(codeOf(() => decodeExamSpec(payload('{"d":')))).toBe('link-corrupt');
    expect(codeOf(() => decodeExamSpec(encodeExamResult(sample)))).toBe('link-corrupt');
  });

  it('refuses a tampered or deeply nested payload as invalid', () => {
    expect(codeOf(() => decodeExamSpec(payload('{"d":["x"],"p":[],"y":["zz"],"n":10,"s":1,"l":"pl"}')))).toBe('link-invalid');
    expect(codeOf(() => decodeExamSpec(payload('{"d":["x"],"p":[],"y":["mc"],"n":10,"s":1,"l":"pl","extra":1}')))).toBe('link-invalid');
    expect(codeOf(() => decodeExamSpec(payload(`${'['.repeat(5000)}${']'.repeat(5000)}`)))).toMatch(/link-(invalid|too-large)/);
    expect(codeOf(() => decodeExamSpec(payload(`{"d":${'['.repeat(50)}${']'.repeat(50)}}`)))).toBe('link-invalid');
  });

  it('never throws anything but a coded error on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const code = codeOf(() => decodeExamSpec(`t1.${text}`));
        expect(code === undefined || code.startsWith('link-')).toBe(true);
      }),
    );
  });
});

const sample: SharedResult = {
  points: 9,
  available: 14,
  questionCount: 10,
  durationMs: 312_000,
  finishedAt: T0,
  endedBy: 'submitted',
  lang: 'pl',
  deckIds: ['back-channel-diplomacy'],
  byTopic: [{ topic: 'theory', points: 4, available: 6 }],
  byKind: [{ kind: 'definition', points: 4, available: 6 }],
};

describe('encodeExamResult', () => {
  it('round-trips the score and breakdown of a real attempt', () => {
    const quiz = exam();
    let attempt = startAttempt({ id: 'a', spec: SPEC, questionIds: quiz.questions.map((q) => q.id), now: T0 });
    for (const q of quiz.questions.slice(0, 6)) attempt = examReducer(attempt, { type: 'answer', questionId: q.id, answer: rightAnswer(q), now: T0 + 1 });
    attempt = examReducer(attempt, { type: 'finish', now: T0 + 60_000 });
    const shared = sharedResultOf({ score: scoreAttempt(quiz.questions, attempt), spec: SPEC, questionCount: 10, durationMs: 60_000, finishedAt: T0 + 60_000, endedBy: 'submitted' });
    expect(decodeExamResult(encodeExamResult(shared))).toEqual(shared);
    expect(shared.byKind.every((row) => (FACT_KINDS as readonly string[]).includes(row.kind))).toBe(true);
  });
});

describe('decodeExamResult', () => {
  const payload = (value: unknown) => `r1.${compressToEncodedURIComponent(JSON.stringify(value))}`;
  const compact = { s: [9, 14], n: 10, d: 1000, f: T0, e: 's', l: 'pl', k: ['back-channel-diplomacy'], bt: [['theory', 4, 6]], bk: [['definition', 4, 6]] };

  it('refuses a result scoring above its total or naming an unknown kind', () => {
    expect(decodeExamResult(payload(compact)).points).toBe(9);
    expect(codeOf(() => decodeExamResult(payload({ ...compact, s: [15, 14] })))).toBe('link-invalid');
    expect(codeOf(() => decodeExamResult(payload({ ...compact, bt: [['theory', 7, 6]] })))).toBe('link-invalid');
    expect(codeOf(() => decodeExamResult(payload({ ...compact, bk: [['<script>', 1, 1]] })))).toBe('link-invalid');
  });

  it('refuses a topic id that is not a plain slug (markup is never let through)', () => {
    expect(codeOf(() => decodeExamResult(payload({ ...compact, bt: [['<img src=x onerror=alert(1)>', 1, 1]] })))).toBe('link-invalid');
  });
});

describe('share links hold together', () => {
  const payload = (prefix: string, value: unknown) => `${prefix}.${compressToEncodedURIComponent(JSON.stringify(value))}`;
  const result = { s: [9, 14], n: 10, d: 1000, f: T0, e: 's', l: 'pl', k: ['back-channel-diplomacy'], bt: [['theory', 4, 6]], bk: [['definition', 4, 6]] };
  const spec = { d: ['back-channel-diplomacy'], p: ['theory'], y: ['mc'], n: 10, s: 7, l: 'pl' };

  it('refuses junk after a valid payload instead of carrying it on', () => {
    const link = encodeExamSpec(SPEC);
    expect(decodeExamSpec(link)).toEqual(SPEC);
    for (const junk of ['AAAA', '-', 'x$y', encodeExamSpec(SPEC).slice(3)]) {
      expect(codeOf(() => decodeExamSpec(`${link}${junk}`)), junk).toBe('link-corrupt');
    }
    expect(codeOf(() => decodeExamResult(`${payload('r1', result)}AAAA`))).toBe('link-corrupt');
  });

  it('refuses a test listing the same deck, topic or type twice', () => {
    expect(decodeExamSpec(payload('t1', spec)).deckIds).toEqual(['back-channel-diplomacy']);
    expect(codeOf(() => decodeExamSpec(payload('t1', { ...spec, d: Array(10).fill('back-channel-diplomacy') })))).toBe('link-invalid');
    expect(codeOf(() => decodeExamSpec(payload('t1', { ...spec, p: ['theory', 'theory'] })))).toBe('link-invalid');
    expect(codeOf(() => decodeExamSpec(payload('t1', { ...spec, y: ['mc', 'mc'] })))).toBe('link-invalid');
  });

  it('refuses a result whose breakdown adds up to more than its total', () => {
    expect(codeOf(() => decodeExamResult(payload('r1', { ...result, s: [1, 10], bt: [['theory', 10000, 10000]] })))).toBe('link-invalid');
    expect(codeOf(() => decodeExamResult(payload('r1', { ...result, bt: [['theory', 6, 8], ['practice', 6, 8]] })))).toBe('link-invalid');
    expect(codeOf(() => decodeExamResult(payload('r1', { ...result, bt: [['theory', 1, 2], ['theory', 1, 2]] })))).toBe('link-invalid');
  });

  it('refuses a result finished in the year 275760 or before the app existed', () => {
    expect(codeOf(() => decodeExamResult(payload('r1', { ...result, f: 8.64e15 })))).toBe('link-invalid');
    expect(codeOf(() => decodeExamResult(payload('r1', { ...result, f: 0 })))).toBe('link-invalid');
  });

  it('refuses topics the link\'s decks do not have', () => {
    expect(() => checkLinkTopics(['theory'], new Set(['theory', 'practice']))).not.toThrow();
    expect(codeOf(() => checkLinkTopics(['made-up-topic'], new Set(['theory'])))).toBe('link-invalid');
  });
});
