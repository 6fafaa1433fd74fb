'use client';
import { useMemo, type ReactNode } from 'react';
import type { ClozePart } from '@/lib/cards/cloze';
import { markdownToPlainText, parseMarkdown } from '@/lib/cards/markdown';
import { renderInlineMarkdown, renderMarkdown } from './rich-text';
import styles from './rich-text.module.css';

/**
 * Stands for a blank or an answer while the text around it is parsed as markdown, so that markup
 * spanning a deletion (`**{{c1::Paris}}**`) and lists of deletions keep their shape. A private-use
 * character: not a space, letter or marker, so it never changes how the markdown around it reads.
 */
const SLOT = '\uE000';

function Slot({ part, blankLabel }: { part: Exclude<ClozePart, { kind: 'text' }>; blankLabel: string }) {
  if (part.kind === 'answer') return <mark className={styles.answer}>{renderInlineMarkdown(part.text)}</mark>;
  const hint = part.hint === undefined ? '' : markdownToPlainText(part.hint).replace(/\s+/g, ' ');
  return (
    <span className={styles.blank}>
      <span aria-hidden="true">{hint ? `[${hint}]` : '[…]'}</span>
      <span className="visually-hidden">{hint ? `${blankLabel}: ${hint}` : blankLabel}</span>
    </span>
  );
}

/**
 * One side of a cloze card (the parts from renderClozeSide): the text as card markdown, blanks as
 * `[…]` or `[hint]` announced with `blankLabel` (translated by the caller, e.g. "luka"), answers in a
 * `<mark>`. Besides MARKDOWN_ELEMENTS it produces only `span` (blanks and the `inline` wrapper, as in
 * RichText) and `mark`.
 */
export function ClozeText({
  parts,
  blankLabel,
  className,
  inline = false,
}: {
  parts: readonly ClozePart[];
  blankLabel: string;
  className?: string;
  inline?: boolean;
}) {
  const { blocks, slots } = useMemo(() => {
    // A slot character typed in the text itself would be taken for a deletion: it shows as U+FFFD.
    const source = parts.map((part) => (part.kind === 'text' ? part.text.replaceAll(SLOT, '\uFFFD') : SLOT)).join('');
    return { blocks: parseMarkdown(source), slots: parts.filter((part) => part.kind !== 'text') };
  }, [parts]);

  // renderMarkdown hands text runs over in reading order, so the n-th slot met is the n-th deletion.
  let nextSlot = 0;
  const renderText = (text: string, key: string): ReactNode => {
    if (!text.includes(SLOT)) return text;
    return text.split(SLOT).flatMap((piece, index) => {
      if (index === 0) return [piece];
      const part = slots[nextSlot++];
      return [part ? <Slot key={`${key}.${index}`} part={part} blankLabel={blankLabel} /> : null, piece];
    });
  };
  return <>{renderMarkdown(blocks, { className, inline, renderText })}</>;
}
