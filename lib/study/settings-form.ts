import type { StudySettings, StudySettingsOverride } from '@/lib/srs';

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
  /** null in a deck's form: follow the global setting. */
  loadBalancing: boolean | null;
}

export type StudySettingsField = keyof StudySettingsForm;

const text = (value: number | undefined): string => (value === undefined ? '' : String(value));
const stepsText = (value: readonly string[] | undefined): string => (value === undefined ? '' : value.join(' '));
const percentText = (value: number | undefined): string => (value === undefined ? '' : String(Math.round(value * 100)));

/** The form's values for saved settings. */
export function formFromSettings(settings: StudySettings): StudySettingsForm {
  return {
    newCardsPerDay: text(settings.newCardsPerDay),
    reviewsPerDay: text(settings.reviewsPerDay),
    desiredRetention: percentText(settings.desiredRetention),
    learningSteps: stepsText(settings.learningSteps),
    relearningSteps: stepsText(settings.relearningSteps),
    maximumInterval: text(settings.maximumInterval),
    rolloverHour: text(settings.rolloverHour),
    loadBalancing: settings.loadBalancing,
  };
}

/**
 * A deck's form: only what the deck sets itself is filled in; every other field is empty and follows
 * the global settings (shown as its placeholder), so saving the form unchanged pins nothing.
 */
export function formFromOverride(override: StudySettingsOverride): StudySettingsForm {
  return {
    newCardsPerDay: text(override.newCardsPerDay),
    reviewsPerDay: text(override.reviewsPerDay),
    desiredRetention: percentText(override.desiredRetention),
    learningSteps: stepsText(override.learningSteps),
    relearningSteps: stepsText(override.relearningSteps),
    maximumInterval: text(override.maximumInterval),
    rolloverHour: '',
    loadBalancing: override.loadBalancing ?? null,
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
    loadBalancing: form.loadBalancing ?? base.loadBalancing,
  };
  if (scope === 'deck') {
    // A deck's empty field follows the global settings: it is left out of the override.
    const fields = ['newCardsPerDay', 'reviewsPerDay', 'desiredRetention', 'learningSteps', 'relearningSteps', 'maximumInterval'] as const;
    for (const field of fields) if (form[field].trim() === '') delete input[field];
    if (form.loadBalancing === null) delete input.loadBalancing;
    return input;
  }
  input.rolloverHour = number(form.rolloverHour);
  input.fuzz = base.fuzz;
  input.parameters = base.parameters;
  return input;
}
