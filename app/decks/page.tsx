import { PendingScreen } from '@/components/layout/pending-screen';

export default function DecksPage() {
  return <PendingScreen title="decks.title" lead="decks.lead" pending="decks.pending" />;
}
