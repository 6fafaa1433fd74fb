'use client';
import Link from 'next/link';
import { useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { StudySettingsForm } from '@/components/settings/study-settings-form';
import type { LocalizedText } from '@/lib/content/lang';
import { restoreDeck, trashDeck, unsuspendCard, type DeckRecord, type DeckSummary } from '@/lib/db';
import { deckEntries, titleIn } from '@/lib/decks/outline';
import { useLeeches } from '@/lib/hooks/use-leeches';
import { useStudySettings } from '@/lib/hooks/use-study-settings';
import { editorHref } from './create-deck';
import { textIn } from './deck-details';
import { DetailsDialog } from './details-dialog';
import { DuplicateDialog } from './duplicate-dialog';
import { formatWhen } from './format-when';
import { useAnnounce } from './library-status';
import { libraryErrorMessage } from './library-errors';
import { CardFace } from '@/components/cards/card-face';
import { ExportButtons } from '@/components/import/export-buttons';
import styles from './decks.module.css';

type OpenDialog = 'details' | 'duplicate' | null;

/** One deck: what it is, today's counts, study/test/edit, and the rarer actions under "More". */
export function DeckItem({ summary, deck, now }: { summary: DeckSummary; deck: DeckRecord | undefined; now: number }) {
  const { t, lang } = usePreferences();
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const topics = deckEntries(deck?.meta, 'topics');
  const headingId = `deck-${summary.deckId}`;
  const title = titleIn({ id: summary.deckId, title: summary.title }, lang);
  const description = textIn(summary.description ?? (deck?.meta.description as LocalizedText | undefined), lang);
  const editable = summary.formatVersion === 2;
  const builtIn = summary.origin === 'builtin';
  const query = `deck=${encodeURIComponent(summary.deckId)}`;

  const moveToTrash = async () => {
    try {
      await trashDeck(summary.deckId, Date.now());
      announce({
        text: t('library.trashed', { title }),
        undo: {
          label: t('library.undo'),
          run: () => {
            restoreDeck(summary.deckId).then(
              () => announce({ text: t('library.restored', { title }), focus: true }),
              (cause: unknown) => announce({ text: libraryErrorMessage(t, cause), tone: 'error', focus: true }),
            );
          },
        },
        focus: true,
      });
    } catch (cause) {
      announce({ text: libraryErrorMessage(t, cause), tone: 'error', focus: true });
    }
  };

  return (
    <li className="card">
      <section aria-labelledby={headingId}>
        <p className={styles.origin}>{t(`decks.origin.${summary.origin}`)}</p>
        <h2 id={headingId} className={styles.title}>
          {title}
        </h2>
        {description ? <p className={styles.description}>{description}</p> : null}
        {summary.author ? <p className={styles.meta}>{t('library.author', { author: summary.author })}</p> : null}
        <p className={styles.meta}>
          {t('library.languages')}{' '}
          {summary.languages.map((language) => (
            <span key={language} className={styles.badge}>
              <span aria-hidden="true">{language.toUpperCase()}</span>
              <span className="visually-hidden">{t(`library.lang.${language}`)}</span>
            </span>
          ))}
        </p>
        <p className={styles.meta}>{t('decks.total', { count: summary.total })}</p>
        <p className={styles.today}>
          {t('decks.today', { new: summary.new, learning: summary.learning + summary.learningLater, review: summary.review })}
        </p>
        <p className={styles.meta}>
          <LastStudied at={summary.lastStudiedAt} now={now} />
        </p>
        <p className={styles.actions}>
          <Link prefetch={false} className="button button-primary" href={`/study?${query}`}>
            {t('decks.study')}
          </Link>
          <Link prefetch={false} className="button" href={`/test?${query}`}>
            {t('library.testMe')}
          </Link>
          {editable ? (
            <Link prefetch={false} className="button" href={editorHref(summary.deckId)}>
              {t('library.editCards')}
            </Link>
          ) : (
            <button type="button" className="button" onClick={() => setDialog('duplicate')}>
              {t('library.duplicateToEdit')}
            </button>
          )}
          {builtIn ? (
            <Link prefetch={false} className="button" href="/reader">
              {t('decks.read')}
            </Link>
          ) : null}
        </p>
        {topics.length > 0 ? (
          <details className={styles.disclosure}>
            <summary>{t('decks.topics')}</summary>
            <ul className={styles.topicList}>
              {topics.map((topic) => (
                <li key={topic.id}>
                  <Link prefetch={false} href={`/study?${query}&topic=${encodeURIComponent(topic.id)}`}>{titleIn(topic, lang)}</Link>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <details className={styles.disclosure}>
          <summary aria-label={t('library.more', { title })}>{t('library.moreLabel')}</summary>
          <div className={styles.moreActions}>
            {editable ? (
              <button type="button" className="button" onClick={() => setDialog('details')}>
                {t('library.editDetails')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => setDialog('duplicate')}>
              {t('library.duplicate')}
            </button>
            {editable ? <ExportButtons deckId={summary.deckId} title={title} /> : null}
            {builtIn ? null : (
              <button type="button" className={`button ${styles.danger}`} onClick={() => void moveToTrash()}>
                {t('library.delete')}
              </button>
            )}
          </div>
          <DeckSettings deckId={summary.deckId} />
        </details>
        {summary.leeches > 0 ? <Leeches deckId={summary.deckId} count={summary.leeches} /> : null}
      </section>
      {dialog === 'duplicate' ? (
        <DuplicateDialog source={{ deckId: summary.deckId, title, languages: summary.languages }} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'details' ? <DetailsDialog deck={summary} onClose={() => setDialog(null)} /> : null}
    </li>
  );
}

function LastStudied({ at, now }: { at: number | undefined; now: number }) {
  const { t, lang } = usePreferences();
  if (at === undefined) return <>{t('library.neverStudied')}</>;
  return <>{t('library.lastStudied', { when: formatWhen(at, now, lang) })}</>;
}

function DeckSettings({ deckId }: { deckId: string }) {
  const { t } = usePreferences();
  const settings = useStudySettings(deckId);
  return (
    <details className={styles.disclosure}>
      <summary>{t('decks.settings')}</summary>
      <p>{t('settings.study.deckLead')}</p>
      {settings ? <StudySettingsForm settings={settings} deckId={deckId} /> : null}
    </details>
  );
}

function Leeches({ deckId, count }: { deckId: string; count: number }) {
  const { t } = usePreferences();
  const leeches = useLeeches(deckId);
  return (
    <section className={styles.leeches} aria-labelledby={`leeches-${deckId}`} role="region">
      <h3 id={`leeches-${deckId}`}>{t('decks.leeches', { count })}</h3>
      <p>{t('decks.leechesLead')}</p>
      <ul>
        {leeches?.map(({ cardId, card }) => {
          return (
            <li key={cardId}>
              <div className={styles.leechCard}>
                <CardFace content={card} side="front" />
                <CardFace content={card} side="back" showSource={false} />
              </div>
              <button type="button" className="button" onClick={() => void unsuspendCard(cardId)}>
                {t('decks.unsuspend')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
