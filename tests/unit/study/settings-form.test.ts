import { describe, expect, it } from 'vitest';
import { defaultStudySettings, validateSettingsOverride, validateStudySettings, type StudySettingsOverride } from '@/lib/srs';
import { formFromOverride, formFromSettings, settingsInputFromForm } from '@/lib/study/settings-form';

describe('settingsInputFromForm', () => {
  const defaults = defaultStudySettings();

  it('round-trips the saved settings through the form unchanged', () => {
    const input = settingsInputFromForm(formFromSettings(defaults), defaults, 'global');
    const checked = validateStudySettings(input);
    expect(checked).toEqual({ ok: true, value: defaults });
  });

  it('reads retention in percent, steps separated by spaces or commas, and a decimal comma', () => {
    const form = { ...formFromSettings(defaults), desiredRetention: '85,5', learningSteps: '1m, 5m 15m' };
    const input = settingsInputFromForm(form, defaults, 'global');
    expect(input.desiredRetention).toBe(0.855);
    expect(input.learningSteps).toEqual(['1m', '5m', '15m']);
  });

  it('lets validation name the field when a value is empty or out of range', () => {
    const form = { ...formFromSettings(defaults), newCardsPerDay: '', desiredRetention: '60' };
    const checked = validateStudySettings(settingsInputFromForm(form, defaults, 'global'));
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.issues).toEqual(
        expect.arrayContaining([
          { code: 'new-limit-out-of-range', field: 'newCardsPerDay' },
          { code: 'retention-out-of-range', field: 'desiredRetention' },
        ]),
      );
    }
  });

  it('leaves the day roll-over hour out of a deck’s settings (it is shared by all decks)', () => {
    const input = settingsInputFromForm(formFromSettings(defaults), defaults, 'deck');
    expect(input).not.toHaveProperty('rolloverHour');
    expect(validateSettingsOverride(input).ok).toBe(true);
  });
});

describe('formFromOverride', () => {
  const defaults = defaultStudySettings();

  it('leaves every field empty when the deck follows the global settings', () => {
    const form = formFromOverride({});
    expect(form).toEqual({
      newCardsPerDay: '',
      reviewsPerDay: '',
      desiredRetention: '',
      learningSteps: '',
      relearningSteps: '',
      maximumInterval: '',
      rolloverHour: '',
      loadBalancing: null,
    });
  });

  it('saves an empty override when a deck form is saved unchanged, so later global changes still apply', () => {
    const input = settingsInputFromForm(formFromOverride({}), { ...defaults, newCardsPerDay: 30 }, 'deck');
    expect(input).toEqual({});
  });

  it('keeps only the fields the deck sets, after a round trip through the form', () => {
    const override: StudySettingsOverride = { newCardsPerDay: 5, desiredRetention: 0.85, learningSteps: ['2m', '20m'], loadBalancing: false };
    const input = settingsInputFromForm(formFromOverride(override), defaults, 'deck');
    expect(validateSettingsOverride(input)).toEqual({ ok: true, value: override });
  });

  it('pins a field only when the student types a value into it', () => {
    const form = { ...formFromOverride({}), reviewsPerDay: ' 150 ' };
    expect(settingsInputFromForm(form, defaults, 'deck')).toEqual({ reviewsPerDay: 150 });
  });
});
