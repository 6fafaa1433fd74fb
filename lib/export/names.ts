/** File names of exports: the deck title made safe for every file system, and the format's ending. */
export const EXPORT_FORMATS = ['json', 'csv', 'anki-txt', 'apkg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const ENDINGS: Record<ExportFormat, string> = { json: '.dyplomacja.json', csv: '.csv', 'anki-txt': '.anki.txt', apkg: '.apkg' };

/** A file name for a deck export, e.g. "Zimna wojna.csv". */
export function exportFileName(title: string, format: ExportFormat): string {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001F]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'deck';
  return `${safe}${ENDINGS[format]}`;
}

/** The MIME type of an export. */
export function exportMime(format: ExportFormat): string {
  if (format === 'apkg') return 'application/octet-stream';
  return format === 'json' ? 'application/json' : format === 'csv' ? 'text/csv;charset=utf-8' : 'text/plain;charset=utf-8';
}
