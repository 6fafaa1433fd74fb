import type { SourceRef } from '@/lib/content/fact-schema';
import { ExamError } from '@/lib/exam';
import { formatSourceReference, type Translate } from '@/lib/i18n/translate';
import type { Question, QuizAnswer } from '@/lib/quiz';

/** The one place an exam error code becomes a sentence for the student. */
export function examErrorMessage(t: Translate, error: unknown): string {
  if (error instanceof ExamError) return t(`exam.error.${error.code}`);
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
      return answer.type === 'multiple-choice' ? [question.options[answer.index] ?? '?'] : [];
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
      return [question.options[question.answerIndex] ?? ''];
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
