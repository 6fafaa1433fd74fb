import type { ActorType, PlGender } from './fact-schema';
import type { Lang } from './lang';

/** Upper-cases the first letter, leaving the rest as written. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Wraps text in the language's quotation marks. */
export function quote(text: string, lang: Lang): string {
  return lang === 'pl' ? `„${text}”` : `“${text}”`;
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** Marker shown in place of the hidden words of a cloze. */
export const GAP = '[…]';

/** Replaces the first occurrence of `hidden` in `text` with the gap marker. */
export function withGap(text: string, hidden: string): string {
  const at = text.indexOf(hidden);
  if (at < 0) throw new Error(`cloze "${hidden}" is not part of "${text}"`);
  return `${text.slice(0, at)}${GAP}${text.slice(at + hidden.length)}`;
}

/** Question that asks for an actor's name, by the sort of actor. */
export const WHO_QUESTION: Record<ActorType, Record<Lang, string>> = {
  person: { pl: 'Kto to?', en: 'Who is this?' },
  organisation: { pl: 'Jaka to organizacja?', en: 'Which organisation is this?' },
  institution: { pl: 'Jaka to instytucja?', en: 'Which institution is this?' },
  government: { pl: 'O kim mowa?', en: 'Who is meant here?' },
  publication: { pl: 'Jakie to dzieło?', en: 'Which work is this?' },
};

const PL_DID: Record<PlGender, string> = { m: 'zrobił', f: 'zrobiła', n: 'zrobiło', mpl: 'zrobili', npl: 'zrobiły' };

/**
 * "What did X do according to the article?" for people (with Polish verb
 * agreement); "what role does X play?" for organisations and works.
 */
export function whatDidQuestion(name: string, lang: Lang, gender: PlGender, actorType: ActorType): string {
  if (actorType !== 'person') {
    return lang === 'pl' ? `Jaką rolę odgrywa w artykule ${name}?` : `What role does ${name} play in the article?`;
  }
  return lang === 'pl' ? `Co według artykułu ${PL_DID[gender]} ${name}?` : `What does the article say ${name} did?`;
}

/** Fixed wording of the cards, per language. */
export const PHRASES = {
  pl: {
    termToDef: (term: string, attribution: string | undefined) =>
      `Co oznacza termin ${quote(term, 'pl')}${attribution ? ` ${attribution}` : ''}?`,
    defToTerm: (attribution: string | undefined) => `Jaki termin zdefiniowano tu${attribution ? ` ${attribution}` : ''}?`,
    alsoCalled: 'Inne nazwy',
    fillGap: 'Uzupełnij:',
    giveDate: (event: string) => `Podaj datę: ${event}.`,
    howLong: (event: string) => `Jak długo trwało: ${event}?`,
    whatHappened: (when: string) => `Co wydarzyło się ${when}`,
    whatPublished: (when: string) => `Co ukazało się ${when}`,
    whatLasted: (label: string) => `Co trwało ${label}`,
    topicHint: (topic: string) => ` (temat: ${topic})`,
  },
  en: {
    termToDef: (term: string, attribution: string | undefined) =>
      `What does the term ${quote(term, 'en')} mean${attribution ? ` ${attribution}` : ''}?`,
    defToTerm: (attribution: string | undefined) => `Which term is defined here${attribution ? ` ${attribution}` : ''}?`,
    alsoCalled: 'Also called',
    fillGap: 'Fill in the gap:',
    giveDate: (event: string) => `Give the date: ${event}.`,
    howLong: (event: string) => `How long did this last: ${event}?`,
    whatHappened: (when: string) => `What happened ${when}`,
    whatPublished: (when: string) => `What was published ${when}`,
    whatLasted: (label: string) => `What lasted ${label}`,
    topicHint: (topic: string) => ` (topic: ${topic})`,
  },
} as const;
