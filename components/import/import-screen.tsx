'use client';
import Link from 'next/link';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { editorHref } from '@/components/decks/create-deck';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { DuplicateMode, ImportResult } from '@/lib/db';
import { DECK_ID_BYTES, newDeckId } from '@/lib/decks/ids';
import { useDecks } from '@/lib/hooks/use-decks';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import type { ImportInput, ImportSettings } from '@/lib/import/read';
import type { DraftSummary } from '@/lib/import/summary';
import { formatBytes } from '@/lib/i18n/translate';
import { createImportClient, type ImportClient } from './import-client';
import { importErrorMessage } from './import-errors';
import { ImportPreview } from './import-preview';
import { ImportSettingsPanel } from './import-settings';
import { ImportTarget, type TargetChoice } from './import-target';
import styles from './import.module.css';

type Phase =
  | { kind: 'source' }
  | { kind: 'reading'; fraction: number | null }
  | { kind: 'preview'; summary: DraftSummary }
  | { kind: 'importing'; summary: DraftSummary }
  | { kind: 'done'; result: ImportResult };

/**
 * The import screen: a file or pasted text is read in a worker, the preview shows what was detected
 * (changeable), the cards and every row that fails; "Import" writes it all in one transaction.
 */
export function ImportScreen() {
  const { t, lang } = usePreferences();
  const id = useId();
  const client = useRef<ImportClient | null>(null);
  const input = useRef<ImportInput | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'source' });
  const [previous, setPrevious] = useState<DraftSummary | null>(null);
  const [settings, setSettings] = useState<ImportSettings>({});
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [target, setTarget] = useState<TargetChoice>({ kind: 'new', title: '' });
  const [mode, setMode] = useState<DuplicateMode>('skip');
  const [duplicates, setDuplicates] = useState<number | undefined>(undefined);
  const allDecks = useDecks();
  const decks = useMemo(() => (allDecks ?? []).filter((deck) => deck.formatVersion === 2), [allDecks]);

  useEffect(() => {
    client.current = createImportClient();
    return () => client.current?.close();
  }, []);

  const summary = phase.kind === 'preview' || phase.kind === 'importing' ? phase.summary : null;

  const read = async (next: ImportSettings) => {
    const worker = client.current;
    if (!worker || !input.current) return;
    setError(null);
    setSettings(next);
    setPhase({ kind: 'reading', fraction: null });
    try {
      const reply = await worker.request({ type: 'read', input: input.current, settings: next, lang }, (fraction) => setPhase({ kind: 'reading', fraction }));
      setPrevious(reply.summary);
      setTarget((current) => (current.kind === 'new' ? { kind: 'new', title: reply.summary.title } : current));
      setDuplicates(undefined);
      setPhase({ kind: 'preview', summary: reply.summary });
    } catch (cause) {
      setError(importErrorMessage(t, lang, cause));
      setPhase(previous ? { kind: 'preview', summary: previous } : { kind: 'source' });
    }
  };

  // Duplicates are looked up again whenever the draft or the chosen deck changes.
  const existingId = target.kind === 'existing' ? target.deckId : null;
  useEffect(() => {
    if (!summary || !existingId || phase.kind !== 'preview') return;
    let live = true;
    client.current?.request({ type: 'duplicates', deckId: existingId }).then(
      (reply) => live && setDuplicates(reply.matches.length),
      (cause: unknown) => live && setError(importErrorMessage(t, lang, cause)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the summary object identity marks a new draft
  }, [summary, existingId]);

  const start = (next: ImportInput) => {
    input.current = next;
    setPrevious(null);
    void read({});
  };

  const submit = async () => {
    if (!summary || !client.current) return;
    setError(null);
    setPhase({ kind: 'importing', summary });
    const first = summary.languages[0] ?? lang;
    const title = target.kind === 'new' ? target.title.trim() || summary.title || t('import.title') : '';
    try {
      const reply = await client.current.request({
        type: 'import',
        target:
          target.kind === 'new'
            ? { newDeck: { id: newDeckId(crypto.getRandomValues(new Uint8Array(DECK_ID_BYTES))), title: { [first]: title } } }
            : { deckId: target.deckId },
        duplicates: mode,
        now: Date.now(),
      });
      setPhase({ kind: 'done', result: reply.result });
    } catch (cause) {
      setError(importErrorMessage(t, lang, cause));
      setPhase({ kind: 'preview', summary });
    }
  };

  const reset = () => {
    input.current = null;
    setPrevious(null);
    setSettings({});
    setPasted('');
    setError(null);
    setTarget({ kind: 'new', title: '' });
    setPhase({ kind: 'source' });
  };

  const busy = phase.kind === 'reading' || phase.kind === 'importing';
  const shown = summary ?? (phase.kind === 'reading' ? previous : null);

  return (
    <div className={styles.screen}>
      <p role="status" className={styles.status}>
        {phase.kind === 'reading' ? (phase.fraction === null ? t('import.reading') : t('import.readingShare', { percent: Math.round(phase.fraction * 100) })) : null}
        {phase.kind === 'importing' ? t('import.importing') : null}
        {phase.kind === 'done' ? t('import.done', { ...phase.result }) : null}
      </p>
      {busy ? (
        <progress className={styles.progress} aria-label={phase.kind === 'reading' ? t('import.reading') : t('import.importing')} {...(phase.kind === 'reading' && phase.fraction !== null ? { value: phase.fraction, max: 1 } : {})} />
      ) : null}
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}

      {phase.kind === 'done' ? (
        <p className={styles.actions}>
          <Link className="button button-primary" href={`/study?deck=${encodeURIComponent(phase.result.deckId)}`} prefetch={false}>
            {t('import.study')}
          </Link>
          <Link className="button" href={editorHref(phase.result.deckId)} prefetch={false}>
            {t('import.edit')}
          </Link>
          <button type="button" className="button" onClick={reset}>
            {t('import.again')}
          </button>
        </p>
      ) : null}

      {phase.kind === 'source' || (phase.kind === 'reading' && !shown) ? (
        <section className="card" aria-labelledby={`${id}-source`}>
          <h2 id={`${id}-source`}>{t('import.source.heading')}</h2>
          <p className={styles.field}>
            <label htmlFor={`${id}-file`}>{t('import.source.file')}</label>
            <span id={`${id}-file-hint`} className={styles.hint}>
              {t('import.source.fileHint', { limit: formatBytes(IMPORT_LIMITS.textBytes, lang), rows: IMPORT_LIMITS.rows.toLocaleString(lang) })}
            </span>
            <input
              id={`${id}-file`}
              type="file"
              aria-describedby={`${id}-file-hint`}
              accept=".csv,.tsv,.txt,.json,.apkg,.colpkg,text/csv,text/plain,application/json"
              disabled={busy}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (!file) return;
                void file.arrayBuffer().then((buffer) => start({ bytes: new Uint8Array(buffer), name: file.name }));
              }}
            />
          </p>
          <p className={styles.field}>
            <label htmlFor={`${id}-paste`}>{t('import.source.paste')}</label>
            <span id={`${id}-paste-hint`} className={styles.hint}>
              {t('import.source.pasteHint')}
            </span>
            <textarea id={`${id}-paste`} rows={6} aria-describedby={`${id}-paste-hint`} value={pasted} disabled={busy} onChange={(event) => setPasted(event.target.value)} />
          </p>
          <p className={styles.actions}>
            <button type="button" className="button button-primary" disabled={busy || pasted.trim() === ''} onClick={() => start({ text: pasted })}>
              {t('import.source.read')}
            </button>
          </p>
        </section>
      ) : null}

      {shown && phase.kind !== 'done' ? (
        <>
          <ImportSettingsPanel summary={shown} settings={settings} onChange={(next) => void read(next)} disabled={busy} />
          <ImportPreview summary={shown} />
          <ImportTarget target={target} onTarget={setTarget} decks={decks} duplicates={duplicates} mode={mode} onMode={setMode} disabled={busy} />
          <p className={styles.actions}>
            <button type="button" className="button button-primary" disabled={busy || shown.notes === 0} onClick={() => void submit()}>
              {t('import.submit')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={reset}>
              {t('import.cancel')}
            </button>
          </p>
        </>
      ) : null}
    </div>
  );
}
