import { describe, expect, it } from 'vitest';
import { default_w, fsrs, generatorParameters } from 'ts-fsrs';
import {
  deckLimits,
  defaultStudySettings,
  mergeStudySettings,
  readSettingsOverride,
  readStudySettings,
  toFsrsParameters,
  validateSettingsOverride,
  validateStudySettings,
  type SettingsIssue,
} from '@/lib/srs/settings';

function issuesOf(input: unknown): SettingsIssue[] {
  const result = validateStudySettings(input);
  if (result.ok) throw new Error('expected the settings to be rejected');
  return result.issues;
}

describe('validateStudySettings', () => {
  it('fills in the documented defaults when nothing is set', () => {
    const result = validateStudySettings({});
    expect(result).toEqual({
      ok: true,
      value: {
        desiredRetention: 0.9,
        learningSteps: ['1m', '10m'],
        relearningSteps: ['10m'],
        maximumInterval: 36500,
        newCardsPerDay: 20,
        reviewsPerDay: 200,
        rolloverHour: 4,
        loadBalancing: true,
        fuzz: true,
        parameters: [...default_w],
      },
    });
  });

  it('uses the FSRS-6 default weights of ts-fsrs when none are set', () => {
    const settings = defaultStudySettings();
    expect(settings.parameters).toHaveLength(21);
    expect(settings.parameters).toEqual(generatorParameters().w);
  });

  it('accepts the edges of the retention range when they are exactly 0.70 and 0.99', () => {
    expect(validateStudySettings({ desiredRetention: 0.7 }).ok).toBe(true);
    expect(validateStudySettings({ desiredRetention: 0.99 }).ok).toBe(true);
  });

  it.each([0.69, 0.995, 1, 0, '0.9', Number.NaN])('reports retention-out-of-range when retention is %s', (value) => {
    expect(issuesOf({ desiredRetention: value })).toEqual([{ code: 'retention-out-of-range', field: 'desiredRetention' }]);
  });

  it.each(['10', '1.5m', '0m', '5s', 'm', '', 10])('reports invalid-step when a step is %j', (step) => {
    expect(issuesOf({ learningSteps: ['1m', step] })).toEqual([{ code: 'invalid-step', field: 'learningSteps' }]);
  });

  it.each(['1d', '24h', '1440m'])('reports step-too-long when a relearning step is %s', (step) => {
    expect(issuesOf({ relearningSteps: [step] })).toEqual([{ code: 'step-too-long', field: 'relearningSteps' }]);
  });

  it('accepts hours and an empty list when steps are left to FSRS', () => {
    const result = validateStudySettings({ learningSteps: ['30m', '2h', '23h'], relearningSteps: [] });
    expect(result.ok && result.value.learningSteps).toEqual(['30m', '2h', '23h']);
    expect(result.ok && result.value.relearningSteps).toEqual([]);
  });

  it.each([-1, 24, 3.5])('reports rollover-hour-out-of-range when the hour is %s', (hour) => {
    expect(issuesOf({ rolloverHour: hour })).toEqual([{ code: 'rollover-hour-out-of-range', field: 'rolloverHour' }]);
  });

  it('reports each limit with its own code when limits are out of range', () => {
    expect(issuesOf({ newCardsPerDay: -1, reviewsPerDay: 2.5, maximumInterval: 0 })).toEqual([
      { code: 'maximum-interval-out-of-range', field: 'maximumInterval' },
      { code: 'new-limit-out-of-range', field: 'newCardsPerDay' },
      { code: 'review-limit-out-of-range', field: 'reviewsPerDay' },
    ]);
    expect(issuesOf({ maximumInterval: 36501 })).toEqual([{ code: 'maximum-interval-out-of-range', field: 'maximumInterval' }]);
  });

  it('reports invalid-toggle when a switch is not a boolean', () => {
    expect(issuesOf({ fuzz: 'yes' })).toEqual([{ code: 'invalid-toggle', field: 'fuzz' }]);
  });

  it('reports invalid-parameters when the weights are not 21 finite numbers', () => {
    expect(issuesOf({ parameters: default_w.slice(0, 19) })).toEqual([{ code: 'invalid-parameters', field: 'parameters' }]);
    expect(issuesOf({ parameters: [...default_w.slice(0, 20), Number.POSITIVE_INFINITY] })).toEqual([
      { code: 'invalid-parameters', field: 'parameters' },
    ]);
  });

  it('reports unknown-setting when a key is not a setting', () => {
    expect(issuesOf({ retention: 0.9 })).toEqual([{ code: 'unknown-setting', field: 'retention' }]);
  });

  it('reports invalid-settings when the input is not an object', () => {
    expect(issuesOf([0.9])).toEqual([{ code: 'invalid-settings', field: '' }]);
  });
});

describe('validateSettingsOverride', () => {
  it('keeps only the fields the deck sets when the override is partial', () => {
    expect(validateSettingsOverride({ desiredRetention: 0.85 })).toEqual({ ok: true, value: { desiredRetention: 0.85 } });
  });

  it('reports global-only-setting when a deck tries to move the day roll-over', () => {
    const result = validateSettingsOverride({ rolloverHour: 6 });
    expect(result).toEqual({ ok: false, issues: [{ code: 'global-only-setting', field: 'rolloverHour' }] });
  });

  it('reports the field code when an override value is invalid', () => {
    const result = validateSettingsOverride({ newCardsPerDay: -5 });
    expect(result).toEqual({ ok: false, issues: [{ code: 'new-limit-out-of-range', field: 'newCardsPerDay' }] });
  });
});

describe('mergeStudySettings', () => {
  it('takes each field the deck overrides and the global value for the rest', () => {
    const global = { ...defaultStudySettings(), newCardsPerDay: 30, rolloverHour: 5 };
    const merged = mergeStudySettings(global, { desiredRetention: 0.8, learningSteps: ['5m'] });
    expect(merged).toEqual({ ...global, desiredRetention: 0.8, learningSteps: ['5m'] });
  });

  it('ignores fields set to undefined when an override was built from a form', () => {
    const global = defaultStudySettings();
    expect(mergeStudySettings(global, { desiredRetention: undefined })).toEqual(global);
  });

  it('returns a copy that does not share arrays with its inputs when merged', () => {
    const global = defaultStudySettings();
    const override = { relearningSteps: ['15m' as const] };
    const merged = mergeStudySettings(global, override);
    merged.learningSteps.push('1h');
    merged.relearningSteps.push('1h');
    expect(global.learningSteps).toEqual(['1m', '10m']);
    expect(override.relearningSteps).toEqual(['15m']);
  });
});

describe('readStudySettings', () => {
  it('keeps valid stored choices and defaults the unreadable ones when storage is partly invalid', () => {
    const settings = readStudySettings({ desiredRetention: 0.85, newCardsPerDay: 'many', legacy: true });
    expect(settings).toEqual({ ...defaultStudySettings(), desiredRetention: 0.85 });
  });

  it('returns the defaults when storage holds no object', () => {
    expect(readStudySettings(null)).toEqual(defaultStudySettings());
  });
});

describe('readSettingsOverride', () => {
  it('drops unreadable and global-only fields when reading a stored override', () => {
    expect(readSettingsOverride({ desiredRetention: 2, reviewsPerDay: 50, rolloverHour: 3 })).toEqual({ reviewsPerDay: 50 });
  });
});

describe('deckLimits', () => {
  it('takes the daily limits from the settings', () => {
    expect(deckLimits({ ...defaultStudySettings(), newCardsPerDay: 7, reviewsPerDay: 70 })).toEqual({ newPerDay: 7, reviewsPerDay: 70 });
  });
});

describe('toFsrsParameters', () => {
  it('maps every setting onto ts-fsrs with ts-fsrs fuzz off when converted', () => {
    const settings = {
      ...defaultStudySettings(),
      desiredRetention: 0.83,
      maximumInterval: 400,
      learningSteps: ['2m' as const],
      relearningSteps: ['5m' as const, '20m' as const],
    };
    const parameters = toFsrsParameters(settings);
    expect(parameters).toMatchObject({
      request_retention: 0.83,
      maximum_interval: 400,
      enable_fuzz: false,
      enable_short_term: true,
      learning_steps: ['2m'],
      relearning_steps: ['5m', '20m'],
    });
    expect(fsrs(parameters).parameters.w).toHaveLength(21);
  });
});
