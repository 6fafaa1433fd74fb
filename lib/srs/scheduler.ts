import { fsrs, type FSRS } from 'ts-fsrs';
import { toFsrsParameters, type StudySettings } from './settings';

/** A ts-fsrs scheduler for these settings (fuzz off: see toFsrsParameters). Cheap to build per call. */
export function createScheduler(settings: StudySettings): FSRS {
  return fsrs(toFsrsParameters(settings));
}
