'use client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { NOTE_TYPES, type Note, type NoteType } from '@/lib/decks/format-v2';
import { deckTags, filterNotes, indexNotes, NO_FILTER, NOTE_STATE_FILTERS, notePreview, type CardStateLike, type NoteFilter, type NoteStateFilter } from '@/lib/editor/search';
import styles from './editor.module.css';

const ROW_HEIGHT = 76;

/**
 * The deck's notes: search, filters by tag, type and study state, and a virtualised list (only the
 * rows on screen are in the DOM, so a deck of thousands scrolls smoothly on a phone).
 */
export function NoteList({
  notes,
  states,
  now,
  editingId,
  onOpen,
}: {
  notes: readonly Note[];
  states: ReadonlyMap<string, readonly CardStateLike[]> | undefined;
  now: number;
  editingId: string | null;
  onOpen: (note: Note) => void;
}) {
  const { t, lang } = usePreferences();
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const index = useMemo(() => indexNotes(notes), [notes]);
  const tags = useMemo(() => deckTags(notes), [notes]);
  const matches = useMemo(() => filterNotes(index, deferredFilter, states ?? new Map(), now), [index, deferredFilter, states, now]);

  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are read during render on purpose
  const virtualizer = useVirtualizer({
    count: matches.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (i) => matches[i]?.id ?? i,
  });

  // Timing for `npm run bench`: navigation start → the list's first rows painted (once per page).
  const measured = useRef(false);
  useEffect(() => {
    if (measured.current) return;
    measured.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.measure('dyplomacja:editor-list', { start: 0, end: performance.now() }), 0));
  }, []);

  const select = <K extends 'tag' | 'type' | 'state'>(key: K, value: string) =>
    setFilter((current) => ({ ...current, [key]: value === '' ? null : value }));

  return (
    <section className={styles.list} aria-labelledby="editor-list-title">
      <h2 id="editor-list-title">{t('editor.list.title')}</h2>
      <div className={styles.filters}>
        <div className={styles.field}>
          <label htmlFor="editor-search">{t('editor.list.search')}</label>
          <input id="editor-search" type="search" value={filter.query} onChange={(event) => setFilter((current) => ({ ...current, query: event.target.value }))} />
        </div>
        <div className={styles.filterRow}>
          <div className={styles.field}>
            <label htmlFor="editor-filter-type">{t('editor.list.type')}</label>
            <select id="editor-filter-type" value={filter.type ?? ''} onChange={(event) => select('type', event.target.value as NoteType | '')}>
              <option value="">{t('editor.list.all')}</option>
              {NOTE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`editor.type.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="editor-filter-state">{t('editor.list.state')}</label>
            <select id="editor-filter-state" value={filter.state ?? ''} onChange={(event) => select('state', event.target.value as NoteStateFilter | '')}>
              <option value="">{t('editor.list.all')}</option>
              {NOTE_STATE_FILTERS.map((state) => (
                <option key={state} value={state}>
                  {t(`editor.state.${state}`)}
                </option>
              ))}
            </select>
          </div>
          {tags.length > 0 ? (
            <div className={styles.field}>
              <label htmlFor="editor-filter-tag">{t('editor.list.tag')}</label>
              <select id="editor-filter-tag" value={filter.tag ?? ''} onChange={(event) => select('tag', event.target.value)}>
                <option value="">{t('editor.list.all')}</option>
                {tags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      </div>
      <p role="status" className={styles.count} data-testid="editor-match-count">
        {t('editor.list.count', { count: matches.length, total: notes.length })}
      </p>
      {notes.length === 0 ? (
        <p className={styles.hint}>{t('editor.list.empty')}</p>
      ) : matches.length === 0 ? (
        <p className={styles.hint}>{t('editor.list.noMatch')}</p>
      ) : (
        <div ref={scroller} className={styles.scroller} style={{ height: `min(60vh, ${Math.max(matches.length, 1) * ROW_HEIGHT + 8}px)` }}>
          <ul className={styles.rows} style={{ height: virtualizer.getTotalSize() }} aria-labelledby="editor-list-title">
            {virtualizer.getVirtualItems().map((item) => {
              const note = matches[item.index];
              if (!note) return null;
              return (
                <li
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className={styles.row}
                  style={{ transform: `translateY(${item.start}px)` }}
                  aria-setsize={matches.length}
                  aria-posinset={item.index + 1}
                >
                  <button type="button" className={styles.rowButton} aria-current={note.id === editingId ? 'true' : undefined} onClick={() => onOpen(note)}>
                    <span className={styles.rowType}>
                      {t(`editor.type.${note.type}`)}
                      {note.id === editingId ? ` · ${t('editor.list.editing')}` : ''}
                    </span>
                    <span className={styles.rowText}>{notePreview(note, lang)}</span>
                    {note.tags.length > 0 ? <span className={styles.rowTags}>{note.tags.join(' · ')}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
