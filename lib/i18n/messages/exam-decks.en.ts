import type { Message } from '../message';
import type { examDecksPl } from './exam-decks.pl';

export const examDecksEn: Readonly<Record<keyof typeof examDecksPl, Message>> = {
  'examDecks.loading': 'Loading decks…',
  'examDecks.yourDeck': '{title} (your deck)',
  'examDecks.noDeck': 'Choose at least one deck.',
  'examDecks.unavailable': 'Not available: {reason}',
  'examDecks.reason.needs-choices': 'the deck needs a multiple-choice card or at least 4 cards with different answers.',
  'examDecks.reason.needs-two-answers': 'the deck needs at least 2 cards with different answers.',
  'examDecks.reason.needs-typed': 'the deck needs a card with a short answer, a typed-answer card or a cloze card.',
  'examDecks.reason.needs-pairs': 'the deck needs at least 4 cards sharing a tag or a topic.',
  'examDecks.reason.needs-dates': 'the deck needs at least 3 cards whose answers are dates.',
  'examDecks.reason.no-cards': 'the deck has no cards yet.',
  'examDecks.reason.no-deck': 'no deck is chosen.',
  'examDecks.chooseAll': 'Tick every right answer (the point is for the whole set only).',
  'examDecks.proposedAnswer': 'Proposed answer:',
  'examDecks.source': 'Source: {source}',
  'examDecks.error.deck-missing':
    'This test is made from the deck “{title}” (version {version}), which is not on this device. Ask your teacher for the deck, add it and open the link again.',
  'examDecks.error.deck-outdated':
    'This test needs version {version} of the deck “{title}”, and this device has version {installed}. Ask your teacher for the newer deck and open the link again.',
  'examDecks.error.deckGone': 'The deck of this test is no longer on this device. Restore it from the trash or give up the test.',
  'examDecks.shared.needs': 'Deck: {title}, version {version}',
};
