'use client';
import Link from 'next/link';
import { useId, useMemo, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { Lang } from '@/lib/content/lang';
import { importDraft } from '@/lib/db';
import { DECK_ID_BYTES, NOTE_ID_BYTES, newDeckId, newNoteId } from '@/lib/decks/ids';
import { proposalsToNotes } from '@/lib/extract/to-notes';
import { PROPOSAL_KINDS, type Proposal } from '@/lib/extract/types';
import { useDecks } from '@/lib/hooks/use-decks';
import type { ImportDraft } from '@/lib/import/draft';
import { ProposalItem, type ProposalChoice } from './proposal-item';
import { useExtract } from './use-extract';
import styles from './generate.module.css';

// Time of the write, read when the teacher accepts (never during render).
function clock(): number {
  return Date.now();
}

type Saved = { deckId: string; title: string; count: number };

/** Cards from text: paste or open a text, review the proposals, accept them into a deck, study. */
export function GenerateScreen() {
  const { t, lang: uiLang } = usePreferences();
  const id = useId();
  const { state, run } = useExtract();
  const decks = useDecks();
  const [text, setText] = useState('');
  const [analysed, setAnalysed] = useState('');
  const [langChoice, setLangChoice] = useState<'auto' | Lang>('auto');
  // The teacher's changes; a proposal nobody touched keeps its defaults.
  const [overrides, setOverrides] = useState<Record<string, ProposalChoice>>({});
  const [target, setTarget] = useState('new');
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [saving, setSaving] = useState(false);

  const result = state.status === 'done' ? state.result : null;
  const choiceOf = (p: Proposal): ProposalChoice => overrides[p.id] ?? { use: p.confidence >= 0.6, prompt: p.prompt, answer: p.answer, asCloze: false };
  const setAll = (use: boolean) => setOverrides(Object.fromEntries((result?.proposals ?? []).map((p) => [p.id, { ...choiceOf(p), use }])));

  const userDecks = useMemo(() => (decks ?? []).filter((deck) => deck.formatVersion === 2 && deck.origin !== 'builtin'), [decks]);
  const selected = result ? result.proposals.filter((p) => choiceOf(p).use) : [];

  const analyse = (value: string, choice: 'auto' | Lang) => {
    setSaved(null);
    setMessage(null);
    if (!value.trim()) {
      setMessage(t('generate.empty'));
      return;
    }
    setAnalysed(value);
    setOverrides({});
    run(value, choice === 'auto' ? undefined : choice);
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const value = await file.text();
      setText(value);
      if (!title) setTitle(file.name.replace(/\.[^.]*$/, ''));
      analyse(value, langChoice);
    } catch {
      setMessage(t('generate.fileError'));
    }
  };

  const accept = async (now: number) => {
    if (!result) return;
    if (selected.length === 0) {
      setMessage(t('generate.nothingSelected'));
      return;
    }
    setSaving(true);
    setMessage(null);
    try {
      const accepted = selected.map((proposal: Proposal) => {
        const choice = choiceOf(proposal);
        return { proposal, prompt: choice.prompt, answer: choice.answer, asCloze: choice.asCloze };
      });
      const notes = proposalsToNotes(accepted, analysed, result.lang, () => newNoteId(crypto.getRandomValues(new Uint8Array(NOTE_ID_BYTES))));
      const deckTitle = title.trim() || t('generate.defaultTitle');
      const draft: ImportDraft = { format: 'text', title: deckTitle, languages: [result.lang], notes, problems: [] };
      const outcome =
        target === 'new'
          ? await importDraft(draft, { newDeck: { id: newDeckId(crypto.getRandomValues(new Uint8Array(DECK_ID_BYTES))), title: { [result.lang]: deckTitle } } }, 'skip', now)
          : await importDraft(draft, { deckId: target }, 'skip', now);
      const existing = userDecks.find((deck) => deck.id === outcome.deckId);
      const shownTitle = target === 'new' ? deckTitle : (existing?.title[uiLang] ?? Object.values(existing?.title ?? {})[0] ?? deckTitle);
      setSaved({ deckId: outcome.deckId, title: shownTitle, count: outcome.added + outcome.updated });
    } catch (cause) {
      setMessage(t('generate.saveError', { message: cause instanceof Error ? cause.message : String(cause) }));
    } finally {
      setSaving(false);
    }
  };

  const languageName = (lang: Lang) => t(`generate.language.${lang}`);
  const statusText =
    state.status === 'working'
      ? t('generate.working')
      : state.status === 'failed'
        ? t('generate.workerError')
        : result
          ? result.proposals.length === 0
            ? t('generate.none')
            : t('generate.found', { count: result.proposals.length })
          : '';

  return (
    <div>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          analyse(text, langChoice);
        }}
      >
        <label htmlFor={`${id}-text`}>{t('generate.text')}</label>
        <textarea id={`${id}-text`} rows={8} value={text} onChange={(event) => setText(event.target.value)} />
        <label htmlFor={`${id}-file`}>{t('generate.file')}</label>
        <input id={`${id}-file`} className={styles.file} type="file" accept=".txt,.md,text/plain,text/markdown" onChange={(event) => void openFile(event.target.files?.[0])} />
        <label htmlFor={`${id}-lang`}>{t('generate.language')}</label>
        <select
          id={`${id}-lang`}
          value={langChoice}
          onChange={(event) => {
            const value = event.target.value as 'auto' | Lang;
            setLangChoice(value);
            if (analysed) analyse(analysed, value);
          }}
        >
          <option value="auto">{t('generate.language.auto')}</option>
          <option value="pl">{t('generate.language.pl')}</option>
          <option value="en">{t('generate.language.en')}</option>
        </select>
        <button type="submit" className="button button-primary" disabled={state.status === 'working'}>
          {t('generate.run')}
        </button>
      </form>

      <p role="status" aria-live="polite">
        {message ?? statusText}
        {result && state.status === 'done' ? (
          <>
            {' '}
            {result.detected ? t('generate.detected', { language: languageName(result.lang) }) : t('generate.chosen', { language: languageName(result.lang) })}
          </>
        ) : null}
      </p>

      {result && result.proposals.length > 0 ? (
        <>
          <div className={styles.bulk}>
            <button type="button" className="button" onClick={() => setAll(true)}>
              {t('generate.selectAll')}
            </button>
            <button type="button" className="button" onClick={() => setAll(false)}>
              {t('generate.selectNone')}
            </button>
          </div>
          {PROPOSAL_KINDS.map((kind) => {
            const ofKind = result.proposals.filter((p) => p.kind === kind);
            if (ofKind.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`${id}-${kind}`}>
                <h2 id={`${id}-${kind}`}>
                  {t(`generate.kind.${kind}`)} ({ofKind.length})
                </h2>
                <ul className={styles.list}>
                  {ofKind.map((proposal) => (
                    <ProposalItem key={proposal.id} proposal={proposal} text={analysed} choice={choiceOf(proposal)} onChange={(next) => setOverrides((all) => ({ ...all, [proposal.id]: next }))} />
                  ))}
                </ul>
              </section>
            );
          })}
          <section className={styles.accept} aria-labelledby={`${id}-accept`}>
            <h2 id={`${id}-accept`}>{t('generate.target')}</h2>
            <label htmlFor={`${id}-target`} className="visually-hidden">
              {t('generate.target')}
            </label>
            <select id={`${id}-target`} value={target} onChange={(event) => setTarget(event.target.value)}>
              <option value="new">{t('generate.target.new')}</option>
              {userDecks.map((deck) => (
                <option key={deck.id} value={deck.id}>
                  {deck.title[uiLang] ?? Object.values(deck.title)[0] ?? deck.id}
                </option>
              ))}
            </select>
            {target === 'new' ? (
              <>
                <label htmlFor={`${id}-title`}>{t('generate.deckTitle')}</label>
                <input id={`${id}-title`} type="text" value={title} placeholder={t('generate.defaultTitle')} onChange={(event) => setTitle(event.target.value)} />
              </>
            ) : null}
            <button type="button" className="button button-primary" disabled={saving} onClick={() => void accept(clock())}>
              {t('generate.accept', { count: selected.length })}
            </button>
          </section>
        </>
      ) : null}

      {saved ? (
        <div className="card" role="status">
          <p>{t('generate.added', { count: saved.count, title: saved.title })}</p>
          <Link className="button button-primary" href={`/study?deck=${encodeURIComponent(saved.deckId)}`} prefetch={false}>
            {t('generate.study')}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
