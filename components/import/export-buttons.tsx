'use client';
import { useId, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { readDeckFileV2 } from '@/lib/db';
import { deckToAnkiText } from '@/lib/export/anki-text';
import { deckToCsv } from '@/lib/export/csv';
import { deckToJson } from '@/lib/export/json';
import { EXPORT_FORMATS, exportFileName, exportMime, type ExportFormat } from '@/lib/export/names';
import styles from './import.module.css';

function download(text: string, name: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A user deck's exports: the deck file, CSV and Anki text, each saved as a download. */
export function ExportButtons({ deckId, title }: { deckId: string; title: string }) {
  const { t, lang } = usePreferences();
  const id = useId();
  const [status, setStatus] = useState('');

  const save = async (format: ExportFormat) => {
    try {
      const deck = await readDeckFileV2(deckId);
      const text = format === 'json' ? deckToJson(deck) : format === 'csv' ? deckToCsv(deck) : deckToAnkiText(deck, deck.languages.includes(lang) ? lang : undefined);
      const name = exportFileName(title, format);
      download(text, name, exportMime(format));
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
            {t(`import.export.${format}`)}
          </button>
        ))}
      </p>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
