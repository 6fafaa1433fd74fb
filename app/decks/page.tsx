import { DeckList } from '@/components/decks/deck-list';
import { PageHeader } from '@/components/layout/page-header';

export default function DecksPage() {
  return (
    <>
      <PageHeader title="decks.title" lead="decks.lead" />
      <DeckList />
    </>
  );
}
