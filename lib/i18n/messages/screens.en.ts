import type { Message } from '../message';
import type { screensPl } from './screens.pl';

export const screensEn: Readonly<Record<keyof typeof screensPl, Message>> = {
  'screens.notFound.title': 'There is no such page',
  'screens.notFound.text': 'This address does not lead to any page of the app. Perhaps the link is incomplete?',
  'screens.notFound.home': 'Back to the home page',
  'screens.reader.search': 'Search the article',
  'screens.reader.searchHint': 'Type a word or a name — letter case and accents do not matter.',
  'screens.reader.results': { one: '{count} fact found.', other: '{count} facts found.' },
  'screens.reader.noResults': 'Nothing found. Try another word.',
  'screens.reader.show': 'Show facts',
  'screens.reader.hide': 'Hide facts',
  'screens.stats.table': 'All results (the table scrolls sideways)',
  'screens.settings.inherited': 'Empty: {value} from the general settings',
  'screens.settings.loadBalancing.inherit': 'Same as the general settings ({value})',
  'screens.settings.loadBalancing.on': 'On',
  'screens.settings.loadBalancing.off': 'Off',
};
