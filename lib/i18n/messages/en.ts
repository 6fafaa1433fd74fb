import type { Message } from '../message';
import type { MessageKey } from './pl';

export const en: Readonly<Record<MessageKey, Message>> = {
  'app.name': 'Dyplomacja',
  'app.tagline': 'Study back-channel and Track II diplomacy',
  'app.skipToContent': 'Skip to content',

  'nav.label': 'Main navigation',
  'nav.home': 'Today',
  'nav.decks': 'Decks',
  'nav.study': 'Study',
  'nav.test': 'Test',
  'nav.stats': 'Statistics',
  'nav.reader': 'Article',
  'nav.settings': 'Settings',

  'common.cards': { one: '{count} card', other: '{count} cards' },
  'common.loading': 'Loading…',
  'common.comingSoon': 'Coming soon',

  'home.title': 'Today',
  'home.lead': 'Your daily review of the article “Back Channel Diplomacy and Second Channel Diplomacy”.',
  'home.pending':
    'The daily review queue (FSRS) is not ready yet. When it is, this page shows how many cards are due today and how many minutes they take.',
  'home.offlineReady': 'The app also works without internet — after the first visit every page is stored on this device.',

  'decks.title': 'Decks',
  'decks.lead': 'Decks of cards to study: the built-in deck from the article, and later teachers’ decks.',
  'decks.pending':
    'The list of decks appears once the article’s cards are generated. Creating and sharing your own decks comes later.',

  'study.title': 'Study',
  'study.lead': 'Spaced repetition scheduled by the FSRS algorithm.',
  'study.pending': 'The study screen (show answer, rate: Again / Hard / Good / Easy) is not ready yet.',

  'test.title': 'Test',
  'test.lead': 'Test yourself before the exam: multiple choice, true/false, typed answers, matching and timelines.',
  'test.pending': 'Exam mode is not ready yet.',

  'stats.title': 'Statistics',
  'stats.lead': 'Your progress: reviews, retention and test scores.',
  'stats.pending': 'Statistics appear once you start studying and taking tests.',

  'reader.title': 'Article',
  'reader.lead': 'The article’s outline with the facts of each section and the cards made from them.',
  'reader.pending': 'The article view arrives together with the knowledge base.',

  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.language.pl': 'Polski',
  'settings.language.en': 'English',
  'settings.theme': 'Theme',
  'settings.theme.system': 'System',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.storage': 'Data on this device',
  'settings.storage.lead': 'All your data stays on this device. There are no accounts and no server.',
  'settings.storage.persisted': 'The browser promised not to delete the data, even when space runs low.',
  'settings.storage.notPersisted':
    'The browser has not granted persistent storage — if space runs low, the data may be deleted.',
  'settings.storage.unsupported': 'This browser does not report storage space.',
  'settings.storage.usage': 'Used: {used} of {quota} available',
  'settings.storage.ask': 'Ask for persistent storage',

  'update.available': 'A new version of the app is available.',
  'update.reload': 'Reload',
  'offline.notice': 'You are offline — everything keeps working.',
};
