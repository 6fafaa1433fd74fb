'use client';
import { useId, useMemo } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { Lang } from '@/lib/content/lang';
import { notePreview } from '@/lib/cards/faces';
import type { Note } from '@/lib/decks/format-v2';
import type { CardOrd } from '@/lib/decks/notes';
import type { MessageKey } from '@/lib/i18n/translate';
import { CardFace } from './card-face';
import styles from './card-preview.module.css';

function ordLabel(t: ReturnType<typeof usePreferences>['t'], ord: CardOrd): string {
  if (ord === 'forward' || ord === 'reverse') return t(`cards.ord.${ord}`);
  return t('cards.ord.cloze', { number: ord.slice(1) });
}

/**
 * Every card a note gives, front and back, as the student will see them on a phone. Meant for the
 * editor's live preview: it is not a live region (the editor decides what to announce) and shows a
 * short hint instead of a card while the note cannot make one yet.
 */
export function CardPreview({
  note,
  lang,
  meta,
  headingLevel = 2,
}: {
  note: Note;
  lang: Lang;
  /** The deck's meta (topics and sections), for the source line. */
  meta?: Record<string, unknown>;
  headingLevel?: 2 | 3;
}) {
  const { t } = usePreferences();
  const headingId = useId();
  const preview = useMemo(() => notePreview(note, lang), [note, lang]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const CardHeading = headingLevel === 2 ? 'h3' : 'h4';
  const total = preview.ok ? preview.cards.length : 0;
  return (
    <section className={styles.preview} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.heading}>
        {t('cards.preview.heading')}
      </Heading>
      {!preview.ok ? (
        <p className={styles.hint}>{t(preview.problem ? (`cards.problem.${preview.problem}` as MessageKey) : 'cards.preview.nothing')}</p>
      ) : (
        preview.cards.map((card, i) => (
          <article key={card.cardId} className={styles.card}>
            <CardHeading className={styles.cardHeading}>{t('cards.preview.card', { n: i + 1, total, kind: ordLabel(t, card.ord) })}</CardHeading>
            {(['front', 'back'] as const).map((side) => (
              <div key={side} className={`${styles.side} ${side === 'back' ? styles.back : ''}`}>
                <p className={styles.sideLabel}>{t('cards.preview.side', { n: i + 1, total, side: t(`cards.${side}`) })}</p>
                <CardFace content={card.content} side={side} lang={lang} meta={meta} />
              </div>
            ))}
          </article>
        ))
      )}
    </section>
  );
}
