'use client';
import { Fragment, useMemo, type ReactNode } from 'react';
import { parseMarkdown, type MdBlock, type MdInline } from '@/lib/cards/markdown';
import { MediaImage, MediaSound } from './media-view';
import styles from './rich-text.module.css';

/** Turns one run of plain text into what is shown for it; the default shows the text itself. */
export type TextRenderer = (text: string, key: string) => ReactNode;

const plain: TextRenderer = (text) => text;

function renderInlines(nodes: readonly MdInline[], renderText: TextRenderer, keyPrefix: string): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${keyPrefix}.${index}`;
    switch (node.type) {
      case 'text':
        return <Fragment key={key}>{renderText(node.text, key)}</Fragment>;
      case 'break':
        return <br key={key} />;
      case 'strong':
        return <strong key={key}>{renderInlines(node.children, renderText, key)}</strong>;
      case 'em':
        return <em key={key}>{renderInlines(node.children, renderText, key)}</em>;
      case 'image':
        return <MediaImage key={key} name={node.name} alt={node.alt} />;
      case 'sound':
        return <MediaSound key={key} name={node.name} />;
    }
  });
}

function classNames(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/**
 * Parsed card markdown as React elements, in reading order (text runs go through `renderText` in
 * document order, which ClozeText relies on). Produces only MARKDOWN_ELEMENTS, plus the `span`
 * wrapper when `inline` applies: with `inline` and a single paragraph, its content goes in a
 * `<span className>` instead of a `<p>`. Otherwise there is no wrapper and `className` goes on each
 * top-level block.
 */
export function renderMarkdown(
  blocks: readonly MdBlock[],
  { className, inline = false, renderText = plain }: { className?: string; inline?: boolean; renderText?: TextRenderer },
): ReactNode {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (inline && only?.type === 'paragraph') {
    return <span className={classNames(styles.inline, className)}>{renderInlines(only.children, renderText, 'p0')}</span>;
  }
  return blocks.map((block, index) => {
    const key = `b${index}`;
    if (block.type === 'paragraph') {
      return (
        <p key={key} className={classNames(styles.paragraph, className)}>
          {renderInlines(block.children, renderText, key)}
        </p>
      );
    }
    const items = block.items.map((item, itemIndex) => <li key={itemIndex}>{renderInlines(item, renderText, `${key}.${itemIndex}`)}</li>);
    return block.ordered ? (
      <ol key={key} className={classNames(styles.list, className)}>
        {items}
      </ol>
    ) : (
      <ul key={key} className={classNames(styles.list, className)}>
        {items}
      </ul>
    );
  });
}

/**
 * Short markdown (a cloze answer) as inline content only: its blocks run on, separated by line breaks,
 * so it can sit inside a `<mark>` or a sentence without a `<p>` or a list in the middle.
 */
export function renderInlineMarkdown(source: string, renderText: TextRenderer = plain): ReactNode[] {
  const inlines: MdInline[] = [];
  for (const block of parseMarkdown(source)) {
    for (const line of block.type === 'paragraph' ? [block.children] : block.items) {
      if (inlines.length > 0) inlines.push({ type: 'break' });
      inlines.push(...line);
    }
  }
  return renderInlines(inlines, renderText, 'i');
}

/**
 * Card text in the markdown subset of lib/cards/markdown.ts, rendered with React elements only (no
 * HTML string ever reaches the page). Without `inline` there is no wrapper element: `className` is set
 * on each paragraph and list. With `inline` and text that is one paragraph, the content is wrapped in
 * a `<span className>` (for buttons, labels and table cells); text with several blocks still renders
 * them as blocks.
 */
export function RichText({ source, className, inline = false }: { source: string; className?: string; inline?: boolean }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <>{renderMarkdown(blocks, { className, inline })}</>;
}
