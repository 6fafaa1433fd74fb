'use client';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CardPreview } from '@/components/cards/card-preview';
import { usePreferences } from '@/components/layout/preferences-provider';
import { DbError, clearEditorDraft, deleteNotes, nextNotePosition, saveEditorDraft, saveNote, type DeckRecord } from '@/lib/db';
import { NOTE_ID_BYTES, newNoteId } from '@/lib/decks/ids';
import { editImpact, type CardOrd } from '@/lib/decks/notes';
import type { Note } from '@/lib/decks/format-v2';
import { deckEntries, titleIn } from '@/lib/decks/outline';
import { draftFromNote, draftToNote, emptyDraft, parseStoredDraft, sameDraft, validateDraft, type EditorDraft, type FieldKey, type IssueCode, type NoteTarget } from '@/lib/editor/draft';
import { libraryErrorMessage } from '@/components/decks/library-errors';
import type { Translate } from '@/lib/i18n/translate';
import { useEditorDraft } from '@/lib/hooks/use-editor-draft';
import { useNotesWithStates } from '@/lib/hooks/use-notes-with-states';
import { useConfirm } from './confirm-dialog';
import { fieldId, firstFieldId, NoteForm } from './note-form';
import { NoteList } from './note-list';
import styles from './editor.module.css';

const DRAFT_SAVE_DELAY_MS = 400;

interface FormState {
  draft: EditorDraft;
  /** What the form started from: the draft is "changed" when it differs. */
  baseline: EditorDraft;
}

// Storage refusals the student can act on get their own words; anything else (a full disk) is named.
function failureMessage(t: Translate, error: unknown): string {
  if (error instanceof DbError && error.code === 'deck-not-found') return t('editor.noDeck');
  if (error instanceof DbError && error.code === 'deck-read-only') return t('editor.readOnly');
  // A full disk has its own message; nothing was written (each save is one transaction).
  return libraryErrorMessage(t, error);
}

function focusLater(id: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  });
}

/** The editor of one user deck, once its stored draft (if any) has been read. */
export function DeckEditor({ deck }: { deck: DeckRecord }) {
  const { t } = usePreferences();
  const stored = useEditorDraft(deck.id);
  if (!stored.loaded) return <p role="status">{t('common.loading')}</p>;
  return <LoadedDeckEditor deck={deck} storedDraft={stored.value} />;
}

// The stored draft is read once; a broken or foreign one is ignored.
function initialForm(storedDraft: unknown, langs: DeckRecord['languages']): { form: FormState; restored: boolean } {
  const restored = parseStoredDraft(storedDraft, langs);
  if (restored && !sameDraft(restored.draft, restored.baseline)) return { form: { draft: restored.draft, baseline: restored.baseline }, restored: true };
  const fresh = emptyDraft('basic', langs);
  return { form: { draft: fresh, baseline: fresh }, restored: false };
}

/** A note form with a live preview, and the deck's searchable note list. */
function LoadedDeckEditor({ deck, storedDraft }: { deck: DeckRecord; storedDraft: unknown }) {
  const { t, lang } = usePreferences();
  const langs = deck.languages;
  const read = useNotesWithStates(deck.id);
  const notes = read?.notes;
  const states = read?.states;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  const [initial] = useState(() => initialForm(storedDraft, langs));
  const [form, setForm] = useState<FormState>(initial.form);
  const [attempted, setAttempted] = useState(false);
  const [status, setStatus] = useState(() => (initial.restored ? t('editor.status.restored') : ''));
  const [busy, setBusy] = useState(false);
  const { ask, dialog } = useConfirm();

  const dirty = !sameDraft(form.draft, form.baseline);

  // Keep what is typed across a reload (debounced); an unchanged form leaves nothing behind.
  const firstWrite = useRef(true);
  useEffect(() => {
    if (firstWrite.current) {
      firstWrite.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      if (dirty) void saveEditorDraft(deck.id, { version: 1, draft: form.draft, baseline: form.baseline }, Date.now());
      else void clearEditorDraft(deck.id);
    }, DRAFT_SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [form, dirty, deck.id]);

  const editingId = form.draft.noteId;
  const original = useMemo(() => (editingId ? notes?.find((note) => note.id === editingId) : undefined), [editingId, notes]);
  const previewTarget: NoteTarget = useMemo(
    () => ({ id: original?.id ?? 'preview', position: original?.position ?? 0, langs, section: original?.section, footnotes: original?.footnotes }),
    [original, langs],
  );
  const validation = useMemo(() => validateDraft(form.draft, previewTarget), [form, previewTarget]);
  const visibleIssues = useMemo(() => {
    const map = new Map<FieldKey, IssueCode>();
    // An empty field is only pointed out after a save attempt; anything else shows as one types.
    for (const issue of validation.issues) if (attempted || issue.code !== 'required') map.set(issue.field, issue.code);
    return map;
  }, [validation, attempted]);
  const previewNote = useMemo(() => draftToNote(form.draft, previewTarget, true), [form, previewTarget]);
  const previewLang = langs.includes(lang) ? lang : (langs[0] ?? lang);

  const startNew = useCallback(
    (keep: { type?: EditorDraft['type']; tags?: readonly string[]; topic?: string } = {}) => {
      const fresh = emptyDraft(keep.type ?? form.draft.type ?? 'basic', langs, keep);
      setForm({ draft: fresh, baseline: fresh });
      setAttempted(false);
      focusLater(firstFieldId(fresh.type, langs));
    },
    [form.draft.type, langs],
  );

  const confirmDiscard = useCallback(async () => {
    if (!dirty) return true;
    return ask({
      title: t('editor.confirm.discardTitle'),
      lines: [t('editor.confirm.discardBody')],
      confirmLabel: t('editor.confirm.discard'),
      cancelLabel: t('editor.confirm.keep'),
    });
  }, [dirty, ask, t]);

  const ordName = useCallback(
    (ord: CardOrd) => (ord === 'forward' || ord === 'reverse' ? t(`cards.ord.${ord}`) : t('cards.ord.cloze', { number: ord.slice(1) })),
    [t],
  );

  const save = async () => {
    if (busy) return;
    const { draft } = form;
    setBusy(true);
    try {
      const id = original?.id ?? newNoteId(crypto.getRandomValues(new Uint8Array(NOTE_ID_BYTES)));
      const position = original?.position ?? (await nextNotePosition(deck.id));
      const result = validateDraft(draft, { id, position, langs, section: original?.section, footnotes: original?.footnotes });
      if (!result.note) {
        setAttempted(true);
        setStatus(t('editor.status.invalid', { count: result.issues.length }));
        const first = result.issues[0];
        if (first) focusLater(first.field === 'correct' ? fieldId('correct') : first.field === 'tags' ? fieldId('tag-input') : fieldId(first.field));
        return;
      }
      const note: Note = result.note;
      if (original) {
        const impact = editImpact(original, note);
        if (impact.removed.length > 0 || impact.reset.length > 0) {
          const lines = [
            ...impact.removed.map((ord) => t('editor.confirm.removed', { card: ordName(ord) })),
            ...(impact.reset.length > 0 ? [t('editor.confirm.reset', { count: impact.reset.length })] : []),
          ];
          const confirmed = await ask({ title: t('editor.confirm.saveTitle'), lines, confirmLabel: t('editor.confirm.save'), cancelLabel: t('editor.confirm.cancel') });
          if (!confirmed) return;
        }
      }
      await saveNote(deck.id, note, Date.now());
      await clearEditorDraft(deck.id);
      setStatus(t(original ? 'editor.status.savedEdit' : 'editor.status.saved'));
      // Anki's add-card habit: the next card of the same type, with the same tags and topic.
      startNew({ type: note.type, tags: note.tags, topic: note.topic ?? '' });
    } catch (error) {
      setStatus(failureMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (!(await confirmDiscard())) return;
    await clearEditorDraft(deck.id);
    startNew({ type: form.draft.type });
  };

  const open = async (note: Note) => {
    if (!(await confirmDiscard())) return;
    const draft = draftFromNote(note, langs);
    setForm({ draft, baseline: draft });
    setAttempted(false);
    setStatus('');
    focusLater(firstFieldId(note.type, langs));
  };

  const remove = async () => {
    if (!original) return;
    const confirmed = await ask({
      title: t('editor.confirm.deleteTitle'),
      lines: [t('editor.confirm.deleteBody')],
      confirmLabel: t('editor.confirm.delete'),
      cancelLabel: t('editor.confirm.cancel'),
    });
    if (!confirmed) return;
    try {
      await deleteNotes(deck.id, [original.id], Date.now());
      await clearEditorDraft(deck.id);
      setStatus(t('editor.status.deleted'));
      startNew({ type: original.type });
    } catch (error) {
      setStatus(failureMessage(t, error));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void cancel();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type !== 'checkbox' && event.target.type !== 'radio') {
      // Enter in a one-line field would submit the form: saving is an explicit act (button or Ctrl+Enter).
      event.preventDefault();
    }
  };

  const title = titleIn({ id: deck.id, title: deck.title }, lang);
  const topics = deckEntries(deck.meta, 'topics').map((topic) => ({ id: topic.id, title: titleIn(topic, lang) }));
  const editing = Boolean(original);

  return (
    <div className={styles.editor}>
      <header className={styles.header}>
        <title>{`${title} · ${t('editor.title')} · ${t('app.name')}`}</title>
        <p className={styles.kicker}>{t('editor.title')}</p>
        <h1>{title}</h1>
        <button type="button" className="button button-primary" onClick={() => void (async () => (await confirmDiscard()) && startNew())()}>
          {t('editor.newCard')}
        </button>
      </header>

      <p role="status" className={styles.status}>
        {status}
      </p>

      <section className={styles.formSection} aria-labelledby="editor-form-title">
          <h2 id="editor-form-title">{t(editing ? 'editor.form.edit' : 'editor.form.new')}</h2>
          <form
            noValidate
            onKeyDown={onKeyDown}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <NoteForm draft={form.draft} onChange={(draft) => {
                setForm((current) => ({ ...current, draft }));
                setStatus('');
              }} langs={langs} topics={topics} issues={visibleIssues} />
            <p className={styles.hint} id="editor-shortcuts">
              {t('editor.shortcuts')}
            </p>
            <div className={styles.actions}>
              <button type="submit" className="button button-primary" aria-describedby="editor-shortcuts" aria-keyshortcuts="Control+Enter" disabled={busy}>
                {t('editor.save')}
              </button>
              <button type="button" className="button" onClick={() => void cancel()}>
                {t('editor.cancel')}
              </button>
              {editing ? (
                <button type="button" className={`button ${styles.danger}`} onClick={() => void remove()}>
                  {t('editor.delete')}
                </button>
              ) : null}
            </div>
          </form>
          <details className={styles.preview} open>
            <summary>{t('editor.preview.summary')}</summary>
            <CardPreview note={previewNote} lang={previewLang} meta={deck.meta} headingLevel={3} />
          </details>
        </section>

      {notes ? <NoteList notes={notes} states={states} now={now} editingId={original?.id ?? null} onOpen={(note) => void open(note)} /> : null}
      {dialog}
    </div>
  );
}
