/**
 * Proposals of cards found in a text: dates, definitions and actors, each quoting the sentence it
 * came from by its character span in the input (so the interface can highlight it and tests can
 * check that nothing is invented).
 */
import type { Lang } from '@/lib/content/lang';

export type ProposalKind = 'date' | 'definition' | 'actor';
export const PROPOSAL_KINDS: readonly ProposalKind[] = ['date', 'definition', 'actor'];

/** A character range of the input: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface Proposal {
  /** Stable within one run: kind and normalised key. */
  id: string;
  kind: ProposalKind;
  /**
   * What the proposal is about, normalised for merging and for scoring: a date value
   * (`1962-10-14`, `1962-10`, `1962`, `1962/1963`, `1990s`, `C20`), a term's or an actor's
   * lower-cased base form.
   */
  key: string;
  /** Card front of the pair: the event, the term, the actor's name. */
  prompt: string;
  /** Card back: the date as the text gives it, the definition, the role. */
  answer: string;
  /** The sentence the proposal came from: `text.slice(sentence.start, sentence.end)`. */
  sentence: Span;
  /** The words that carry the fact (the date, the term, the name) inside the sentence. */
  highlight: Span;
  /** 0..1: how sure the pattern is. */
  confidence: number;
  /** The sentence with the highlighted words as a cloze deletion, when a cloze is worth offering. */
  cloze?: string;
  /** Other spellings merged into this proposal (inflected names, the abbreviation). */
  variants?: string[];
}

export interface ExtractOptions {
  /** Force a language; detected when absent. */
  lang?: Lang;
}

export interface ExtractResult {
  lang: Lang;
  /** True when the language was detected rather than given. */
  detected: boolean;
  proposals: Proposal[];
}
