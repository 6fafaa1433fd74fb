/** The storage API the app uses; nothing outside lib/db imports Dexie or the tables. */
export { readPreferences, savePreferences, type StoredPreferences } from './preferences';
export { readStorageStatus, requestPersistentStorage, type StorageStatus } from './persistence';
export { DbError, type DbErrorCode } from './errors';
export {
  deckSummaries,
  installDeck,
  installedDeckVersion,
  listDecks,
  readDeck,
  readDeckCards,
  storedCardId,
  type DeckSummary,
  type InstallOptions,
  type InstallResult,
} from './decks';
export {
  LOAD_BALANCE_MAX_DAYS,
  loadCardContent,
  canUndoSince,
  loadStudyQueue,
  recordAnswer,
  undoLastAnswer,
  type RecordAnswerInput,
  type RecordAnswerResult,
  type StudyEntry,
  type StudyFilter,
  type StudyItem,
  type StudyQueueOptions,
  type StudyQueueResult,
} from './study';
export {
  readStudySettings,
  saveDeckStudySettings,
  saveGlobalStudySettings,
  type SaveSettingsResult,
  type SettingsProblem,
} from './study-settings';
export { readDeckStudySettingsParts, type DeckStudySettingsParts } from './deck-study-settings';
export {
  buryCard,
  listLeeches,
  resetCard,
  setCardFlag,
  suspendCard,
  unsuspendCard,
  type CardWithState,
} from './card-actions';
export { countCardsToReschedule, rescheduleDeck } from './reschedule';
export type { CardRecord, CardStateRecord, DeckOrigin, DeckRecord, MediaRecord, NoteRecord, ReviewLogRecord, ReviewOrigin } from './schema';
export {
  clearEditorDraft,
  createDeck,
  deleteNotes,
  deleteTrashedDecks,
  duplicateDeck,
  emptyTrash,
  lastStudiedAt,
  listTrash,
  nextNotePosition,
  readDeckFileV2,
  readUserDeckFiles,
  readDeckNotes,
  readEditorDraft,
  readNotesWithStates,
  restoreDeck,
  saveEditorDraft,
  saveNote,
  storedNoteId,
  trashDeck,
  updateDeckDetails,
  userDeckRows,
  type CreateDeckInput,
  type DeckDetails,
  type DuplicateDeckInput,
  type NotesWithStates,
  type SaveNoteResult,
} from './user-decks';
export {
  discardExamAttempt,
  listExamResults,
  readExamAttempt,
  readExamInProgress,
  mistakeCardIds,
  saveExamAttempt,
  updateExamAttempt,
  studyExamMistakes,
  type ExamResultSummary,
  type StudyMistakesResult,
} from './quiz-attempts';
export { listDeckMedia, mediaId, readDeckMediaFiles, readMedia, writeDeckMedia, type MediaInput } from './media';
export { importDraft, previewDuplicates, type DuplicateMode, type ImportResult, type ImportTarget } from './imports';
export { saveSelfGradedAnswer } from './self-graded';
export { hasBuiltInDecks } from './built-in';
export { storageProblemOf, type StorageProblem } from './storage-problems';
export {
  applyOptimizedParameters,
  readAppliedOptimization,
  readOptimizeReadiness,
  readTrainingHistory,
  undoOptimizedParameters,
  type AppliedOptimization,
  type OptimizeReadiness,
  type TrainingHistory,
} from './optimize';
