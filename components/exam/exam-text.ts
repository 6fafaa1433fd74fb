import type { SourceRef } from '@/lib/content/fact-schema';
import { ExamError } from '@/lib/exam';
import { formatSourceReference, type Translate } from '@/lib/i18n/translate';
import type { Question, QuestionSubject, QuizAnswer } from '@/lib/quiz';

/** The one place an exam error code becomes a sentence for the student. */
export function examErrorMessage(t: Translate, error: unknown): string {
  if (error instanceof ExamError) {
    const { code, deck } = error;
    if (code === 'deck-missing' || code === 'deck-outdated') {
      return t(`examDecks.error.${code}`, { title: deck?.title ?? '', version: deck?.version ?? '', installed: deck?.installedVersion ?? '' });
    }
    return t(`exam.error.${code}`);
  }
  return t('exam.error.storage', { message: error instanceof Error ? error.message : String(error) });
}

/** "4 min 05 s". */
export function formatDuration(t: Translate, ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return t('exam.duration', { minutes: Math.floor(seconds / 60), seconds: String(seconds % 60).padStart(2, '0') });
}

/** Whole percent of points, 0 when nothing was available. */
export function percentOf(points: number, available: number): number {
  return available > 0 ? Math.round((points / available) * 100) : 0;
}

/** Where a tested fact or note comes from: the article's section and footnotes, or a note's own "source"; null when unknown. */
export function subjectReference(t: Translate, subject: QuestionSubject, sectionTitles: ReadonlyMap<string, string>): string | null {
  if (subject.source) return referenceText(t, subject.source, sectionTitles);
  return subject.sourceNote ? t('examDecks.source', { source: subject.sourceNote }) : null;
}

/** "Wnioski, przypis 21": the article section and footnotes of a fact. */
export function referenceText(t: Translate, source: SourceRef, sectionTitles: ReadonlyMap<string, string>): string {
  return formatSourceReference(t, sectionTitles.get(source.section) ?? source.section, source.footnotes);
}

/** Letters for the answers of a matching question (A, B, C…). */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** What the student answered, as lines of text. */
export function givenAnswerLines(t: Translate, question: Question, answer: QuizAnswer | undefined): string[] {
  if (!answer || answer.type !== question.type) return [t('exam.results.noAnswer')];
  switch (question.type) {
    case 'multiple-choice':
      if (answer.type !== 'multiple-choice') return [];
      if ('indexes' in answer) return answer.indexes.length > 0 ? [...answer.indexes].sort((a, b) => a - b).map((i) => question.options[i] ?? '?') : [t('exam.results.noAnswer')];
      return [question.options[answer.index] ?? '?'];
    case 'true-false':
      return answer.type === 'true-false' ? [t(answer.value ? 'exam.true' : 'exam.false')] : [];
    case 'typed':
      return answer.type === 'typed' ? [answer.text] : [];
    case 'matching': {
      if (answer.type !== 'matching') return [];
      return question.left.map((left) => {
        const right = question.right.find((r) => r.id === answer.pairs[left.id]);
        return `${left.text} → ${right ? right.text : t('exam.results.noAnswer')}`;
      });
    }
    case 'timeline': {
      if (answer.type !== 'timeline') return [];
      return answer.order.map((id, i) => `${i + 1}. ${question.events.find((e) => e.id === id)?.text ?? id}`);
    }
  }
}

/** The right answer, as lines of text (a false statement also gets its correction). */
export function rightAnswerLines(t: Translate, question: Question): string[] {
  switch (question.type) {
    case 'multiple-choice':
      return (question.answerIndexes ?? [question.answerIndex]).map((i) => question.options[i] ?? '');
    case 'true-false':
      return question.answer || !question.falseDetail
        ? [t(question.answer ? 'exam.true' : 'exam.false')]
        : [t('exam.false'), question.falseDetail.correction];
    case 'typed':
      return [question.answer];
    case 'matching':
      return question.pairs.map((pair) => {
        const left = question.left.find((l) => l.id === pair.left)?.text ?? pair.left;
        const right = question.right.find((r) => r.id === pair.right)?.text ?? pair.right;
        return `${left} → ${right}`;
      });
    case 'timeline':
      return question.order.map((id, i) => {
        const event = question.events.find((e) => e.id === id);
        return `${i + 1}. ${event?.text ?? id} (${event?.date ?? ''})`;
      });
  }
}
