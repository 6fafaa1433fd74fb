/**
 * Card markdown (lib/cards/markdown) as the HTML Anki shows in a field: the inverse of
 * lib/import/html-to-text, so an exported deck reads back to the same text.
 */
import { parseMarkdown, type MdInline } from '@/lib/cards/markdown';
import { soundSyntax } from '@/lib/cards/media-ref';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(nodes: readonly MdInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'break':
          return '<br>';
        case 'strong':
          return `<b>${inline(node.children)}</b>`;
        case 'em':
          return `<i>${inline(node.children)}</i>`;
        case 'image':
          return `<img src="${escapeHtml(node.name)}" alt="${escapeHtml(node.alt)}">`;
        case 'sound':
          return soundSyntax(node.name);
      }
    })
    .join('');
}

/** The HTML of one field for Anki. */
export function markdownToAnkiHtml(source: string): string {
  let html = '';
  let previous: 'paragraph' | 'list' | undefined;
  for (const block of parseMarkdown(source)) {
    // A list is a block of its own; only two paragraphs need breaks between them.
    if (previous === 'paragraph' && block.type === 'paragraph') html += '<br><br>';
    if (block.type === 'paragraph') html += inline(block.children);
    else {
      const tag = block.ordered ? 'ol' : 'ul';
      html += `<${tag}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    previous = block.type;
  }
  return html;
}
