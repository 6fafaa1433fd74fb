'use client';
import { RichText } from '@/components/ui/rich-text';
import { markdownToPlainText } from '@/lib/cards/markdown';
import type { Question } from '@/lib/quiz';

/**
 * Text of a question: a user deck's card text is the markdown subset, rendered with React elements only
 * (never as HTML); the built-in deck's text is plain and stays exactly as it was.
 */
export function QuestionText({ question, text }: { question: Pick<Question, 'format'>; text: string }) {
  return question.format === 'markdown' ? <RichText source={text} inline /> : <>{text}</>;
}

/** The words of a question's text without markup, for labels and announcements read by screen readers. */
export function plainText(question: Pick<Question, 'format'>, text: string): string {
  return question.format === 'markdown' ? markdownToPlainText(text) : text;
}

/** A question's text as a block of its own: a paragraph of plain text, or a user deck's card markdown. */
export function QuestionBlock({ question, text, className }: { question: Pick<Question, 'format'>; text: string; className?: string }) {
  if (question.format !== 'markdown') return <p className={className}>{text}</p>;
  return (
    <div className={className}>
      <RichText source={text} />
    </div>
  );
}
