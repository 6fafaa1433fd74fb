'use client';
import { useState, type FormEvent } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import {
  countCardsToReschedule,
  listDecks,
  rescheduleDeck,
  saveDeckStudySettings,
  saveGlobalStudySettings,
  type SettingsProblem,
} from '@/lib/db';
import type { MessageKey } from '@/lib/i18n/translate';
import type { StudySettings } from '@/lib/srs';
import { useDeckStudySettings } from '@/lib/hooks/use-deck-study-settings';
import {
  formFromOverride,
  formFromSettings,
  settingsInputFromForm,
  type StudySettingsField,
  type StudySettingsForm,
} from '@/lib/study/settings-form';
import styles from './settings.module.css';

type NumberField = Exclude<StudySettingsField, 'loadBalancing' | 'learningSteps' | 'relearningSteps'>;

const NUMBER_FIELDS: readonly { field: NumberField; min: number; max: number; hint?: MessageKey }[] = [
  { field: 'newCardsPerDay', min: 0, max: 9999 },
  { field: 'reviewsPerDay', min: 0, max: 99999 },
  { field: 'desiredRetention', min: 70, max: 99, hint: 'settings.study.desiredRetention.hint' },
  { field: 'maximumInterval', min: 1, max: 36500 },
];

/**
 * Daily limits, desired retention, learning steps and the day roll-over, for all decks or one deck.
 * Validation is lib/srs's; each problem is shown on its field. After desired retention changes the
 * form offers to reschedule the cards from their review history.
 */
export function StudySettingsForm({ settings, deckId }: { settings: StudySettings; deckId?: string }) {
  if (!deckId) return <SettingsForm settings={settings} initial={formFromSettings(settings)} />;
  return <DeckSettingsForm settings={settings} deckId={deckId} />;
}

/**
 * A deck's form starts from what the deck sets itself; each empty field shows the global value it
 * follows as its placeholder (issue #9: saving it unchanged must not pin the global values).
 */
function DeckSettingsForm({ settings, deckId }: { settings: StudySettings; deckId: string }) {
  const parts = useDeckStudySettings(deckId);
  if (!parts) return null;
  return <SettingsForm settings={settings} deckId={deckId} initial={formFromOverride(parts.override)} global={parts.global} />;
}

function SettingsForm({
  settings,
  deckId,
  initial,
  global,
}: {
  settings: StudySettings;
  deckId?: string;
  initial: StudySettingsForm;
  /** A deck's form: the global settings its empty fields follow. */
  global?: StudySettings;
}) {
  const { t } = usePreferences();
  const scope = deckId ? 'deck' : 'global';
  const inherited = global ? formFromSettings(global) : null;
  const [form, setForm] = useState<StudySettingsForm>(initial);
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [rescheduleOffer, setRescheduleOffer] = useState<{ decks: string[]; count: number } | null>(null);
  const idPrefix = `study-${deckId ?? 'global'}`;

  const problemOf = (field: StudySettingsField) => problems.find((problem) => problem.field === field);
  const set = <K extends StudySettingsField>(field: K, value: StudySettingsForm[K]) => setForm((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = settingsInputFromForm(form, settings, scope);
    const result = deckId ? await saveDeckStudySettings(deckId, input, Date.now()) : await saveGlobalStudySettings(input, Date.now());
    if (!result.ok) {
      setProblems(result.problems);
      setMessage(t('settings.study.invalid'));
      return;
    }
    setProblems([]);
    setMessage(t('settings.study.saved'));
    if (result.settings.desiredRetention !== settings.desiredRetention) {
      const decks = deckId ? [deckId] : (await listDecks()).map((deck) => deck.id);
      const counts = await Promise.all(decks.map((id) => countCardsToReschedule(id)));
      const count = counts.reduce((sum, value) => sum + value, 0);
      if (count > 0) setRescheduleOffer({ decks, count });
    }
  };

  const reschedule = async () => {
    if (!rescheduleOffer) return;
    let changed = 0;
    for (const id of rescheduleOffer.decks) changed += await rescheduleDeck(id, Date.now());
    setRescheduleOffer(null);
    setMessage(t('settings.study.rescheduled', { count: changed }));
  };

  const reset = async () => {
    if (!deckId) return;
    await saveDeckStudySettings(deckId, {}, Date.now());
    setForm(formFromOverride({}));
    setProblems([]);
    setMessage(t('settings.study.saved'));
  };

  const textField = (field: StudySettingsField, props: { inputMode?: 'numeric' | 'decimal' | 'text'; hint?: MessageKey }) => {
    const problem = problemOf(field);
    const id = `${idPrefix}-${field}`;
    const inheritedValue = inherited ? String(inherited[field]) : null;
    const described =
      [inheritedValue !== null ? `${id}-inherited` : null, props.hint ? `${id}-hint` : null, problem ? `${id}-error` : null]
        .filter(Boolean)
        .join(' ') || undefined;
    return (
      <div className={styles.field} key={field}>
        <label htmlFor={id}>{t(`settings.study.${field}` as MessageKey)}</label>
        <input
          id={id}
          name={field}
          type="text"
          inputMode={props.inputMode}
          value={String(form[field])}
          placeholder={inheritedValue ?? undefined}
          onChange={(event) => set(field, event.target.value as never)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described}
        />
        {inheritedValue !== null ? (
          <span id={`${id}-inherited`} className="visually-hidden">
            {t('screens.settings.inherited', { value: inheritedValue })}
          </span>
        ) : null}
        {props.hint ? (
          <p id={`${id}-hint`} className={styles.hint}>
            {t(props.hint)}
          </p>
        ) : null}
        {problem ? (
          <p id={`${id}-error`} className={styles.error}>
            {t(`settings.study.issue.${problem.code}` as MessageKey)}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={deckId ? t('decks.settings') : t('settings.study')}>
      {NUMBER_FIELDS.map(({ field, hint }) =>
        textField(field, { inputMode: field === 'desiredRetention' ? 'decimal' : 'numeric', hint }),
      )}
      {textField('learningSteps', { hint: 'settings.study.learningSteps.hint' })}
      {textField('relearningSteps', {})}
      {scope === 'global' ? textField('rolloverHour', { inputMode: 'numeric', hint: 'settings.study.rolloverHour.hint' }) : null}
      {global ? (
        <div className={styles.field}>
          <label htmlFor={`${idPrefix}-loadBalancing`}>{t('settings.study.loadBalancing')}</label>
          <select
            id={`${idPrefix}-loadBalancing`}
            className={styles.select}
            value={form.loadBalancing === null ? 'inherit' : form.loadBalancing ? 'on' : 'off'}
            onChange={(event) => set('loadBalancing', event.target.value === 'inherit' ? null : event.target.value === 'on')}
          >
            <option value="inherit">
              {t('screens.settings.loadBalancing.inherit', {
                value: t(global.loadBalancing ? 'screens.settings.loadBalancing.on' : 'screens.settings.loadBalancing.off'),
              })}
            </option>
            <option value="on">{t('screens.settings.loadBalancing.on')}</option>
            <option value="off">{t('screens.settings.loadBalancing.off')}</option>
          </select>
        </div>
      ) : (
        <div className={styles.field}>
          <label className={styles.checkbox}>
            <input type="checkbox" checked={form.loadBalancing ?? false} onChange={(event) => set('loadBalancing', event.target.checked)} />
            <span>{t('settings.study.loadBalancing')}</span>
          </label>
        </div>
      )}
      <p className={styles.actions}>
        <button type="submit" className="button button-primary">
          {t('settings.study.save')}
        </button>
        {deckId ? (
          <button type="button" className="button" onClick={() => void reset()}>
            {t('settings.study.useGlobal')}
          </button>
        ) : null}
      </p>
      <div role="status">{message ? <p>{message}</p> : null}</div>
      {rescheduleOffer ? (
        <div className={styles.offer} role="alertdialog" aria-labelledby={`${idPrefix}-reschedule`}>
          <p id={`${idPrefix}-reschedule`}>{t('settings.study.reschedule', { count: rescheduleOffer.count })}</p>
          <p className={styles.actions}>
            <button type="button" className="button button-primary" onClick={() => void reschedule()}>
              {t('settings.study.rescheduleYes')}
            </button>
            <button type="button" className="button" onClick={() => setRescheduleOffer(null)}>
              {t('settings.study.rescheduleNo')}
            </button>
          </p>
        </div>
      ) : null}
    </form>
  );
}
