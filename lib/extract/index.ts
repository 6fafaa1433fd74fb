export * from './types';
export { extractProposals, MAX_INPUT } from './extract';
export { detectLanguage, splitSentences } from './text';
export { findDates } from './dates';
export { proposalsToNotes, proposalsToDeckFile } from './to-notes';
