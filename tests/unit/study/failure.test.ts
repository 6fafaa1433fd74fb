import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { studyFailure } from '@/lib/study/failure';

describe('studyFailure', () => {
  it('recognises a full disk as reported by the browser', () => {
    expect(studyFailure(new DOMException('The quota has been exceeded.', 'QuotaExceededError')).kind).toBe('storage-full');
  });

  it('recognises a full disk as Dexie reports it, wrapped or not', () => {
    const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(studyFailure(new Dexie.QuotaExceededError('full', inner)).kind).toBe('storage-full');
    expect(studyFailure(new Dexie.AbortError('aborted', inner)).kind).toBe('storage-full');
  });

  it('keeps the message of any other failure', () => {
    expect(studyFailure(new Error('card-not-found'))).toEqual({ kind: 'other', message: 'card-not-found' });
    expect(studyFailure('odd')).toEqual({ kind: 'other', message: 'odd' });
  });
});
