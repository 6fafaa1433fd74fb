'use client';
import { useId, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { readDeckFileV2 } from '@/lib/db';
import { deckToAnkiText } from '@/lib/export/anki-text';
import { deckToCsv } from '@/lib/export/csv';
import { deckToJson } from '@/lib/export/json';
import { EXPORT_FORMATS, exportFileName, exportMime, type ExportFormat } from '@/lib/export/names';
import { exportDeckAsApkg } from './export-apkg';
import styles from './import.module.css';

function download(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A user deck's exports: the deck file, CSV, Anki text and an Anki package, each saved as a download. */
export function ExportButtons({ deckId, title }: { deckId: string; title: string }) {
  const { t, lang } = usePreferences();
  const id = useId();
  const [status, setStatus] = useState('');

  const save = async (format: ExportFormat) => {
    try {
      const name = exportFileName(title, format);
      if (format === 'apkg') {
        // sql.js writes the package in the import worker, loaded only now.
        download(await exportDeckAsApkg(deckId, title), name);
      } else {
        const deck = await readDeckFileV2(deckId);
        const text = format === 'json' ? deckToJson(deck) : format === 'csv' ? deckToCsv(deck) : deckToAnkiText(deck, deck.languages.includes(lang) ? lang : undefined);
        download(new Blob([text], { type: exportMime(format) }), name);
      }
      setStatus(t('import.export.done', { name }));
    } catch {
      setStatus(t('import.export.failed'));
    }
  };

  return (
    <div role="group" aria-labelledby={`${id}-h`} className={styles.exports}>
      <p id={`${id}-h`} className={styles.exportsHeading}>
        {t('import.export.heading')}
      </p>
      <p className={styles.actions}>
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" className="button" onClick={() => void save(format)}>
            {format === 'apkg' ? t('anki.export.apkg') : t(`import.export.${format}`)}
          </button>
        ))}
      </p>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
