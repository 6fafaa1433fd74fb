import { database } from './database';

/**
 * Whether any deck shipped with the app is already on this device. When one is, screens read it at
 * once and the check for a newer version can wait until the first screen has painted.
 */
export async function hasBuiltInDecks(): Promise<boolean> {
  return (await database().decks.where('origin').equals('builtin').count()) > 0;
}
