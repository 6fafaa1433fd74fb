'use client';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { LANGS } from '@/lib/content/lang';
import { THEMES } from '@/lib/preferences/preferences';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { OptimizeParameters } from './optimize-parameters';
import { StorageStatusPanel } from './storage-status';
import { StudySettingsForm } from './study-settings-form';
import { useStudySettings } from '@/lib/hooks/use-study-settings';

/** Interface language, theme and the state of on-device storage. */
export function SettingsScreen() {
  const { t, chosenLang, theme, setLang, setTheme } = usePreferences();
  const studySettings = useStudySettings();
  return (
    <>
      <PageHeader title="settings.title" />
      <section className="card">
        <ChoiceGroup
          name="language"
          legend={t('settings.language')}
          value={chosenLang}
          onChange={setLang}
          choices={LANGS.map((value) => ({ value, label: t(`settings.language.${value}`) }))}
        />
        <ChoiceGroup
          name="theme"
          legend={t('settings.theme')}
          value={theme}
          onChange={setTheme}
          choices={THEMES.map((value) => ({ value, label: t(`settings.theme.${value}`) }))}
        />
      </section>
      <StorageStatusPanel />
      {/* Last on the screen: the long form arrives after the first paint and, placed here, moves
          nothing that is already shown (it made the storage panel jump, CLS 0.21 in Lighthouse). */}
      <section className="card" aria-labelledby="study-settings-heading">
        <h2 id="study-settings-heading">{t('settings.study')}</h2>
        <p>{t('settings.study.lead')}</p>
        {studySettings ? <StudySettingsForm settings={studySettings} /> : <p>{t('common.loading')}</p>}
      </section>
      <section className="card" aria-labelledby="optimize-heading">
        <h2 id="optimize-heading">{t('optimize.title')}</h2>
        <OptimizeParameters />
      </section>
    </>
  );
}
