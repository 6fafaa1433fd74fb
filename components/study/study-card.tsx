'use client';
import { forwardRef } from 'react';
import { cardTextIn } from '@/lib/decks/card-text';
import type { Card } from '@/lib/decks/format';
import { usePreferences } from '@/components/layout/preferences-provider';
import { formatSourceReference } from '@/lib/i18n/translate';
import styles from './study.module.css';

/** The question side. Card text is untrusted: it is rendered as text, never as HTML. */
export const CardFront = forwardRef<HTMLElement, { card: Card }>(function CardFront({ card }, ref) {
  const { t, lang } = usePreferences();
  const { text, lang: textLang } = cardTextIn(card, lang);
  return (
    <section ref={ref} className={styles.front} aria-label={t('study.front')} tabIndex={-1} lang={textLang}>
      <p className={styles.frontText}>{text?.front}</p>
    </section>
  );
});

/** The answer side with its source in the article; focused on reveal so screen readers read it. */
export const CardBack = forwardRef<HTMLElement, { card: Card; sectionTitle: string }>(function CardBack(
  { card, sectionTitle },
  ref,
) {
  const { t, lang } = usePreferences();
  const { text, lang: textLang } = cardTextIn(card, lang);
  return (
    <section ref={ref} className={styles.back} aria-label={t('study.back')} tabIndex={-1}>
      <div lang={textLang}>
        <p className={styles.backText}>{text?.back}</p>
        {text?.context ? (
          <p className={styles.context}>
            <strong>{t('study.context')}:</strong> {text.context}
          </p>
        ) : null}
      </div>
      <p className={styles.source}>{t('study.source', { section: formatSourceReference(t, sectionTitle, card.source.footnotes) })}</p>
    </section>
  );
});
