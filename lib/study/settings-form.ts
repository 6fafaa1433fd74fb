import type { StudySettings } from '@/lib/srs';

/** The study settings as the form edits them: text as typed, so a half-typed value is not lost. */
export interface StudySettingsForm {
  newCardsPerDay: string;
  reviewsPerDay: string;
  /** Desired retention in percent (90 for 0.90): people think in percent. */
  desiredRetention: string;
  learningSteps: string;
  relearningSteps: string;
  maximumInterval: string;
  rolloverHour: string;
  loadBalancing: boolean;
}

export type StudySettingsField = keyof StudySettingsForm;

/** The form's values for saved settings. */
export function formFromSettings(settings: StudySettings): StudySettingsForm {
  return {
    newCardsPerDay: String(settings.newCardsPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    desiredRetention: String(Math.round(settings.desiredRetention * 100)),
    learningSteps: settings.learningSteps.join(' '),
    relearningSteps: settings.relearningSteps.join(' '),
    maximumInterval: String(settings.maximumInterval),
    rolloverHour: String(settings.rolloverHour),
    loadBalancing: settings.loadBalancing,
  };
}

/** Empty text stays a string so validation reports it on its field instead of reading it as 0. */
function number(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' || Number.isNaN(Number(trimmed)) ? trimmed : Number(trimmed);
}

function steps(text: string): string[] {
  return text.trim().split(/[\s,;]+/).filter(Boolean);
}

/**
 * What the form asks to save, for lib/srs validation: the fields it edits, converted, over the
 * settings it does not show (FSRS parameters, fuzz). Nothing here decides what is valid.
 */
export function settingsInputFromForm(form: StudySettingsForm, base: StudySettings, scope: 'global' | 'deck'): Record<string, unknown> {
  const retention = number(form.desiredRetention);
  const input: Record<string, unknown> = {
    newCardsPerDay: number(form.newCardsPerDay),
    reviewsPerDay: number(form.reviewsPerDay),
    desiredRetention: typeof retention === 'number' ? Math.round(retention * 100) / 10_000 : retention,
    learningSteps: steps(form.learningSteps),
    relearningSteps: steps(form.relearningSteps),
    maximumInterval: number(form.maximumInterval),
    loadBalancing: form.loadBalancing,
  };
  if (scope === 'global') {
    input.rolloverHour = number(form.rolloverHour);
    input.fuzz = base.fuzz;
    input.parameters = base.parameters;
  }
  return input;
}
