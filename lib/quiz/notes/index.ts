/** Questions from the notes of user decks (format 2): seeded, deterministic, pure. */
export { generateNoteQuiz, noteDeckCapabilities, type GenerateNoteQuizOptions, type NoteCapability, type NoteCapabilityReason } from './generate';
export { parseDateAnswer } from './dates';
export { answerKind, type AnswerKind } from './pool';
