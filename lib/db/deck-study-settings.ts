/**
 * A deck's settings form shows what the deck sets itself and, for every field it leaves empty, the
 * global value it inherits (issue #9): both read here in one transaction.
 */
import { readSettingsOverride, readStudySettings as parseStoredSettings, type StudySettings, type StudySettingsOverride } from '@/lib/srs';
import { database } from './database';

export interface DeckStudySettingsParts {
  /** The global settings, which every field the deck does not set follows. */
  global: StudySettings;
  /** Only the fields the deck sets itself (empty when it follows the global settings entirely). */
  override: StudySettingsOverride;
}

/** The global settings and a deck's own override, kept apart (the study queue reads them merged). */
export async function readDeckStudySettingsParts(deckId: string): Promise<DeckStudySettingsParts> {
  const db = database();
  const [globalRow, deckRow] = await db.settings.bulkGet(['study', `study:${deckId}`]);
  return {
    global: parseStoredSettings(globalRow?.value),
    override: deckRow ? readSettingsOverride(deckRow.value) : {},
  };
}
