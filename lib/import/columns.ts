/**
 * Column mapping of table-like sources (CSV, TSV): which column holds the front, the back, the tags…
 * A header row is recognised by its names in English or Polish (ours, Quizlet's and Anki's), and a
 * name may end in a language (`front.en`, `back (pl)`) for decks in two languages.
 */
import { isLang, type Lang } from '@/lib/content/lang';

/** What a column can hold. Text roles may carry a language; without one they are the deck's first. */
export const TEXT_ROLES = ['front', 'back', 'extra', 'variants'] as const;
export type TextRole = (typeof TEXT_ROLES)[number];
export const NOTE_ROLES = ['tags', 'type', 'correct'] as const;
export type NoteRole = (typeof NOTE_ROLES)[number];
export type ColumnRole = 'ignore' | NoteRole | TextRole | `${TextRole}.${Lang}`;

const NAMES: Record<TextRole | NoteRole, string[]> = {
  front: ['front', 'term', 'question', 'text', 'word', 'przód', 'przod', 'pytanie', 'termin', 'pojęcie', 'pojecie', 'słowo', 'slowo', 'tekst'],
  back: ['back', 'definition', 'answer', 'options', 'tył', 'tyl', 'odpowiedź', 'odpowiedz', 'definicja', 'opcje'],
  extra: ['extra', 'back extra', 'notes', 'note', 'comment', 'uwagi', 'dodatkowe', 'komentarz'],
  variants: ['variants', 'warianty'],
  tags: ['tags', 'tag', 'tagi'],
  type: ['type', 'note type', 'notetype', 'typ'],
  correct: ['correct', 'right', 'poprawne'],
};

/** The role a header cell names, or null when it names none. */
export function roleOfHeader(cell: string): ColumnRole | null {
  let name = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  let lang: Lang | undefined;
  const suffix = /^(.*?)\s*(?:[.:_-]\s*|\()(pl|en)\)?$/.exec(name);
  if (suffix && isLang(suffix[2] as string)) {
    name = suffix[1] as string;
    lang = suffix[2] as Lang;
  }
  for (const [role, names] of Object.entries(NAMES) as [TextRole | NoteRole, string[]][]) {
    if (!names.includes(name)) continue;
    if (lang && (TEXT_ROLES as readonly string[]).includes(role)) return `${role as TextRole}.${lang}`;
    return role;
  }
  return null;
}

/** True when a first row reads as a header: at least two cells name a role, one of them the front. */
export function looksLikeHeader(row: readonly string[]): boolean {
  const roles = row.map(roleOfHeader);
  const known = roles.filter((role) => role !== null);
  return known.length >= 2 && known.some((role) => role === 'front' || role.startsWith('front.'));
}

/** The default mapping: by header names, or front, back, extra, tags for the first four columns. */
export function defaultMapping(columnCount: number, header: readonly string[] | null): ColumnRole[] {
  if (header) {
    const seen = new Set<ColumnRole>();
    return Array.from({ length: columnCount }, (_, i) => {
      const role = roleOfHeader(header[i] ?? '');
      if (!role || seen.has(role)) return 'ignore';
      seen.add(role);
      return role;
    });
  }
  const order: ColumnRole[] = ['front', 'back', 'extra', 'tags'];
  return Array.from({ length: columnCount }, (_, i) => order[i] ?? 'ignore');
}

/** Languages the mapping's columns are written in, first the deck's default when it has columns too. */
export function mappingLanguages(mapping: readonly ColumnRole[], fallback: Lang): Lang[] {
  const named = new Set<Lang>();
  let unnamed = false;
  for (const role of mapping) {
    const lang = role.split('.')[1];
    if (lang && isLang(lang)) named.add(lang);
    else if ((TEXT_ROLES as readonly string[]).includes(role)) unnamed = true;
  }
  if (unnamed || named.size === 0) named.add(fallback);
  return [...named];
}

/** Splits a role into its field and language (the fallback when it names none). */
export function roleParts(role: ColumnRole, fallback: Lang): { role: TextRole | NoteRole | 'ignore'; lang: Lang } {
  const [name, lang] = role.split('.') as [TextRole | NoteRole | 'ignore', string | undefined];
  return { role: name, lang: lang && isLang(lang) ? lang : fallback };
}
