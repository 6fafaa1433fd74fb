'use client';
import { useId, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { NOTE_ROLES, TEXT_ROLES, type ColumnRole } from '@/lib/import/columns';
import { TEXT_ENCODINGS, type TextEncoding } from '@/lib/import/encoding';
import { IMPORT_FORMATS, type ImportFormat, type ImportSettings } from '@/lib/import/read';
import type { DraftSummary } from '@/lib/import/summary';
import type { MessageKey } from '@/lib/i18n/translate';
import styles from './import.module.css';

const DELIMITERS = [
  { value: ',', label: 'import.sep.comma' },
  { value: '\t', label: 'import.sep.tab' },
  { value: ';', label: 'import.sep.semicolon' },
  { value: '|', label: 'import.sep.pipe' },
] as const;
const TERM_PRESETS = [
  { value: '\t', label: 'import.sep.tab' },
  { value: ',', label: 'import.sep.comma' },
] as const;
const ROW_PRESETS = [
  { value: '\n', label: 'import.sep.newline' },
  { value: ';', label: 'import.sep.semicolon' },
] as const;

const ROLES: ColumnRole[] = ['ignore', ...TEXT_ROLES, ...NOTE_ROLES];

/** How the file is read: what was detected, shown as controls the user can change (each change re-reads). */
export function ImportSettingsPanel({
  summary,
  settings,
  onChange,
  disabled,
}: {
  summary: DraftSummary;
  settings: ImportSettings;
  onChange: (settings: ImportSettings) => void;
  disabled: boolean;
}) {
  const { t } = usePreferences();
  const id = useId();
  const format = summary.format as ImportFormat;
  const detected = summary.detected ?? {};
  const change = (patch: ImportSettings) => onChange({ ...settings, ...patch });
  const table = format === 'csv' || format === 'tsv';

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('import.settings.heading')}</h2>
      <p>{t('import.settings.detected', { format: t(`import.format.${format}` as MessageKey) })}</p>
      <p className={styles.field}>
        <label htmlFor={`${id}-format`}>{t('import.settings.format')}</label>
        <select
          id={`${id}-format`}
          value={format}
          disabled={disabled}
          onChange={(event) => onChange({ format: event.target.value as ImportFormat, ...(settings.encoding ? { encoding: settings.encoding } : {}) })}
        >
          {IMPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {t(`import.format.${value}` as MessageKey)}
            </option>
          ))}
        </select>
      </p>
      {detected.encoding ? (
        <p className={styles.field}>
          <label htmlFor={`${id}-encoding`}>{t('import.settings.encoding')}</label>
          <select id={`${id}-encoding`} value={detected.encoding} disabled={disabled} onChange={(event) => change({ encoding: event.target.value as TextEncoding })}>
            {TEXT_ENCODINGS.map((value) => (
              <option key={value} value={value}>
                {t(`import.encoding.${value}` as MessageKey)}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {table || format === 'anki-txt' ? (
        <SeparatorField
          id={`${id}-delimiter`}
          label={t('import.settings.delimiter')}
          presets={DELIMITERS}
          value={detected.delimiter ?? ','}
          disabled={disabled}
          onChange={(delimiter) => change({ delimiter })}
        />
      ) : null}
      {format === 'quizlet' ? (
        <>
          <SeparatorField
            id={`${id}-term`}
            label={t('import.settings.termSeparator')}
            presets={TERM_PRESETS}
            value={detected.termSeparator ?? '\t'}
            disabled={disabled}
            onChange={(termSeparator) => change({ termSeparator })}
          />
          <SeparatorField
            id={`${id}-row`}
            label={t('import.settings.rowSeparator')}
            presets={ROW_PRESETS}
            value={detected.rowSeparator ?? '\n'}
            disabled={disabled}
            onChange={(rowSeparator) => change({ rowSeparator })}
          />
        </>
      ) : null}
      {table ? (
        <>
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={detected.header ?? false}
              disabled={disabled}
              onChange={(event) => {
                const next: ImportSettings = { ...settings, header: event.target.checked };
                delete next.mapping;
                onChange(next);
              }}
            />
            {t('import.settings.header')}
          </label>
          <fieldset className={styles.fieldset}>
            <legend>{t('import.settings.mapping')}</legend>
            {(detected.columns ?? []).map((name, i) => (
              <p key={i} className={styles.field}>
                <label htmlFor={`${id}-col-${i}`}>{t('import.settings.column', { name })}</label>
                <select
                  id={`${id}-col-${i}`}
                  value={detected.mapping?.[i] ?? 'ignore'}
                  disabled={disabled}
                  onChange={(event) => {
                    const mapping = [...(detected.mapping ?? [])];
                    mapping[i] = event.target.value as ColumnRole;
                    change({ mapping });
                  }}
                >
                  {[...ROLES, ...(ROLES.includes(detected.mapping?.[i] ?? 'ignore') ? [] : [detected.mapping?.[i] as ColumnRole])].map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(t, role)}
                    </option>
                  ))}
                </select>
              </p>
            ))}
          </fieldset>
        </>
      ) : null}
    </section>
  );
}

function roleLabel(t: ReturnType<typeof usePreferences>['t'], role: ColumnRole): string {
  const [name, lang] = role.split('.');
  const label = t(`import.role.${name}` as MessageKey);
  return lang ? `${label} (${lang.toUpperCase()})` : label;
}

function SeparatorField({
  id,
  label,
  presets,
  value,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  presets: readonly { value: string; label: MessageKey }[];
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = usePreferences();
  const preset = presets.some((p) => p.value === value);
  const [custom, setCustom] = useState(preset ? '' : value);
  const [customMode, setCustomMode] = useState(!preset);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={customMode ? 'custom' : value}
        disabled={disabled}
        onChange={(event) => {
          if (event.target.value === 'custom') {
            setCustomMode(true);
            return;
          }
          setCustomMode(false);
          onChange(event.target.value);
        }}
      >
        {presets.map((p) => (
          <option key={p.label} value={p.value}>
            {t(p.label)}
          </option>
        ))}
        <option value="custom">{t('import.sep.custom')}</option>
      </select>
      {customMode ? (
        <span className={styles.inline}>
          <label htmlFor={`${id}-custom`} className="visually-hidden">
            {t('import.settings.custom')}
          </label>
          <input id={`${id}-custom`} value={custom} disabled={disabled} onChange={(event) => setCustom(event.target.value)} />
          <button type="button" className="button" disabled={disabled || custom === ''} onClick={() => onChange(custom)}>
            {t('import.settings.apply')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
