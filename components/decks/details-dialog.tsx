'use client';
import { usePreferences } from '@/components/layout/preferences-provider';
import { updateDeckDetails, type DeckSummary } from '@/lib/db';
import { mergeText, textIn } from './deck-details';
import { DeckDetailsForm } from './deck-details-form';
import { Dialog } from './dialog';
import { useAnnounce } from './library-status';
import { libraryErrorMessage } from './library-errors';

/** Renames a user deck or changes its description and author. */
export function DetailsDialog({ deck, onClose }: { deck: DeckSummary; onClose: () => void }) {
  const { t, lang } = usePreferences();
  const announce = useAnnounce();
  const shown = { title: textIn(deck.title, lang), description: textIn(deck.description, lang) };
  return (
    <Dialog title={t('library.details.heading')} onClose={onClose}>
      {() => (
        <DeckDetailsForm
          initial={{ ...shown, author: deck.author ?? '', languages: deck.languages }}
          chooseLanguages={false}
          submitLabel={t('library.form.save')}
          onCancel={onClose}
          onSubmit={async (form) => {
            try {
              const description = mergeText(deck.description, shown.description, form.description, deck.languages);
              const author = form.author.trim();
              await updateDeckDetails(
                deck.deckId,
                {
                  title: mergeText(deck.title, shown.title, form.title, deck.languages) ?? {},
                  ...(description ? { description } : {}),
                  ...(author ? { author } : {}),
                },
                Date.now(),
              );
              onClose();
              announce({ text: t('library.saved', { title: form.title.trim() }) });
              return null;
            } catch (cause) {
              return libraryErrorMessage(t, cause);
            }
          }}
        />
      )}
    </Dialog>
  );
}
