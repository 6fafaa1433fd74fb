/**
 * A user deck as an Anki package, made in the import worker (where sql.js is loaded), for the deck
 * menu's "Export → Anki package". The worker is started for the export and stopped after it.
 */
import { exportFileName, exportMime } from '@/lib/export/names';
import { createImportClient } from './import-client';

/** The deck's .apkg as a file ready to download. */
export async function exportDeckAsApkg(deckId: string, title: string, now: number = Date.now()): Promise<File> {
  const client = createImportClient();
  try {
    const reply = await client.request({ type: 'export-apkg', deckId, now });
    return new File([reply.bytes.slice()], exportFileName(title, 'apkg'), { type: exportMime('apkg') });
  } finally {
    client.close();
  }
}
