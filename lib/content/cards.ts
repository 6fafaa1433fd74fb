import { cardId, type Card, type CardTemplate, type CardText, type CardType } from '@/lib/decks/format';
import type { DeckContent } from './content-schema';
import { dateInterval, formatDate, formatDateAdverbial, intervalsOverlap } from './dates';
import type { ActorFact, ConceptFact, DateFact, DefinitionFact, Fact } from './fact-schema';
import type { FactKind } from './kinds';
import { LANGS, type Lang } from './lang';
import { capitalize, PHRASES, quote, sentence, WHO_QUESTION, whatDidQuestion, withGap } from './phrases';

/** The templates a fact yields cards for, in their fixed order. */
export function templatesForFact(fact: Fact): CardTemplate[] {
  switch (fact.kind) {
    case 'definition':
      return ['term-to-def', 'def-to-term', ...(fact.pl.cloze !== undefined ? (['cloze'] as const) : [])];
    case 'actor':
      return ['who', 'what-did'];
    case 'date':
      return ['event-to-date', 'date-to-event'];
    case 'concept':
      return [
        ...(fact.pl.cloze !== undefined ? (['cloze'] as const) : []),
        ...(fact.pl.list !== undefined ? (['list'] as const) : []),
      ];
  }
}

/** Stable ids of the cards a fact yields (siblings), whatever the language. */
export function cardIdsForFact(fact: Fact): string[] {
  return templatesForFact(fact).map((template) => cardId(fact.id, template));
}

const TYPE_OF_TEMPLATE: Record<CardTemplate, CardType> = {
  'term-to-def': 'basic',
  'def-to-term': 'basic',
  who: 'basic',
  'what-did': 'basic',
  'event-to-date': 'basic',
  'date-to-event': 'basic',
  cloze: 'cloze',
  list: 'list',
};

/** What card text needs to know beyond the fact itself. */
type CardContext = {
  /** Topic title per language, to tell apart events dated to overlapping periods. */
  topicTitle: (topicId: string, lang: Lang) => string;
  /** True when another fact of the deck is dated to a period overlapping this one. */
  hasOverlappingDate: (fact: DateFact) => boolean;
};

/** Front, back and extras of one card of a fact, in one language. */
export function cardText(fact: Fact, template: CardTemplate, lang: Lang, ctx: CardContext): CardText {
  const text = (() => {
    switch (fact.kind) {
      case 'definition':
        return definitionText(fact, template, lang);
      case 'actor':
        return actorText(fact, template, lang);
      case 'date':
        return dateText(fact, template, lang, ctx);
      case 'concept':
        return conceptText(fact, template, lang);
    }
  })();
  const context = fact.context?.[lang];
  return context === undefined ? text : { ...text, context };
}

function unsupported(fact: Fact, template: CardTemplate): never {
  throw new Error(`template "${template}" does not apply to ${fact.kind} fact "${fact.id}"`);
}

function shownDefinition(text: DefinitionFact['pl'], lang: Lang): string {
  return text.quoted ? quote(text.definition, lang) : sentence(capitalize(text.definition));
}

function termWithAliases(text: DefinitionFact['pl'], lang: Lang): string {
  const aliases = text.aliases.filter((a) => a.toLowerCase() !== text.term.toLowerCase());
  return aliases.length === 0 ? text.term : `${text.term}\n${PHRASES[lang].alsoCalled}: ${aliases.join(', ')}`;
}

function definitionText(fact: DefinitionFact, template: CardTemplate, lang: Lang): CardText {
  const t = fact[lang];
  const p = PHRASES[lang];
  switch (template) {
    case 'term-to-def':
      return { front: p.termToDef(t.term, t.attribution), back: shownDefinition(t, lang) };
    case 'def-to-term':
      return { front: `${p.defToTerm(t.attribution)} ${shownDefinition(t, lang)}`, back: termWithAliases(t, lang) };
    case 'cloze': {
      if (t.cloze === undefined) return unsupported(fact, template);
      const head = `${quote(t.term, lang)}${t.attribution ? ` ${t.attribution}` : ''}`;
      return {
        front: `${p.fillGap} ${head} – ${sentence(withGap(t.definition, t.cloze))}`,
        back: `${head} – ${sentence(t.definition)}`,
        answer: t.cloze,
      };
    }
    default:
      return unsupported(fact, template);
  }
}

function bullets(items: string[]): string {
  return items.map((item) => `– ${item}`).join('\n');
}

function actorText(fact: ActorFact, template: CardTemplate, lang: Lang): CardText {
  const t = fact[lang];
  switch (template) {
    case 'who':
      return {
        front: `${WHO_QUESTION[fact.actorType][lang]} ${capitalize(t.role)} – ${sentence(t.deeds[0] ?? '')}`,
        back: capitalize(t.name),
      };
    case 'what-did':
      return {
        front: whatDidQuestion(t.name, lang, fact.pl.gender, fact.actorType),
        back: `${sentence(capitalize(t.role))}\n${bullets(t.deeds)}`,
        items: t.deeds,
      };
    default:
      return unsupported(fact, template);
  }
}

/** Question asking for the date of an event (or the length of a duration). */
export function dateQuestion(fact: DateFact, lang: Lang): string {
  const t = fact[lang];
  if (t.question !== undefined) return t.question;
  return fact.date.precision === 'duration' ? PHRASES[lang].howLong(t.event) : PHRASES[lang].giveDate(t.event);
}

/** Question asking which event happened at the fact's date. */
export function eventQuestion(fact: DateFact, lang: Lang, ctx: CardContext): string {
  const p = PHRASES[lang];
  const hint = ctx.hasOverlappingDate(fact) ? p.topicHint(ctx.topicTitle(fact.topic, lang)) : '';
  if (fact.date.precision === 'duration') return `${p.whatLasted(formatDate(fact.date, lang))}${hint}?`;
  const when = formatDateAdverbial(fact.date, lang);
  return `${fact.category === 'publication' ? p.whatPublished(when) : p.whatHappened(when)}${hint}?`;
}

function dateText(fact: DateFact, template: CardTemplate, lang: Lang, ctx: CardContext): CardText {
  switch (template) {
    case 'event-to-date':
      return { front: dateQuestion(fact, lang), back: formatDate(fact.date, lang) };
    case 'date-to-event':
      return { front: eventQuestion(fact, lang, ctx), back: capitalize(fact[lang].event) };
    default:
      return unsupported(fact, template);
  }
}

function conceptText(fact: ConceptFact, template: CardTemplate, lang: Lang): CardText {
  const t = fact[lang];
  switch (template) {
    case 'cloze':
      if (t.cloze === undefined) return unsupported(fact, template);
      return { front: `${PHRASES[lang].fillGap} ${withGap(t.statement, t.cloze)}`, back: t.statement, answer: t.cloze };
    case 'list':
      if (t.list === undefined) return unsupported(fact, template);
      return { front: t.list.prompt, back: bullets(t.list.items), items: t.list.items };
    default:
      return unsupported(fact, template);
  }
}

/** Builds the context that card text needs from a whole knowledge base. */
export function cardContextFor(content: Pick<DeckContent, 'topics' | 'facts'>): CardContext {
  const titles = new Map(content.topics.map((t) => [t.id, t.title]));
  const dated = content.facts.filter((f): f is DateFact => f.kind === 'date');
  return {
    topicTitle: (topicId, lang) => titles.get(topicId)?.[lang] ?? topicId,
    hasOverlappingDate: (fact) => {
      const own = dateInterval(fact.date);
      if (own === null) return false;
      return dated.some((other) => {
        if (other.id === fact.id || other.category !== fact.category) return false;
        const theirs = dateInterval(other.date);
        return theirs !== null && intervalsOverlap(own, theirs);
      });
    },
  };
}

// Definitions open the deck; within a topic, claims come before dates and actors.
const KIND_RANK: Record<FactKind, number> = { definition: 0, concept: 1, date: 2, actor: 3 };

/**
 * All cards of a knowledge base in the given languages, in introduction order:
 * every definition first, then topic by topic (theory before the cases).
 */
export function generateCards(content: Pick<DeckContent, 'topics' | 'facts'>, languages: readonly Lang[] = LANGS): Card[] {
  const ctx = cardContextFor(content);
  const topicRank = new Map(content.topics.map((t, i) => [t.id, i]));
  const ordered = content.facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => compareFacts(a, b, topicRank));
  const cards: Card[] = [];
  for (const { fact } of ordered) {
    for (const template of templatesForFact(fact)) {
      cards.push(buildCard(fact, template, languages, ctx, cards.length));
    }
  }
  return cards;
}

type Indexed = { fact: Fact; index: number };

function compareFacts(a: Indexed, b: Indexed, topicRank: Map<string, number>): number {
  const stage = (f: Fact) => (f.kind === 'definition' ? 0 : 1);
  return (
    stage(a.fact) - stage(b.fact) ||
    (topicRank.get(a.fact.topic) ?? Infinity) - (topicRank.get(b.fact.topic) ?? Infinity) ||
    KIND_RANK[a.fact.kind] - KIND_RANK[b.fact.kind] ||
    a.index - b.index
  );
}

function buildCard(fact: Fact, template: CardTemplate, languages: readonly Lang[], ctx: CardContext, position: number): Card {
  const text: Card['text'] = {};
  for (const lang of languages) text[lang] = cardText(fact, template, lang, ctx);
  return {
    id: cardId(fact.id, template),
    factId: fact.id,
    template,
    kind: fact.kind,
    topic: fact.topic,
    position,
    type: TYPE_OF_TEMPLATE[template],
    text,
    source: { section: fact.source.section, footnotes: [...fact.source.footnotes] },
  };
}
