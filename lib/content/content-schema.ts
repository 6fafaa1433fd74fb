import { z } from 'zod';
import { factSchema, type Fact } from './fact-schema';
import { langSchema } from './lang-schema';
import { dateAnswerNumbers } from './dates';
import { containsPhrase, plainTextSchema, slugSchema } from './text-rules';

const bilingual = z.strictObject({ pl: plainTextSchema, en: plainTextSchema });

/** A topic or an article section with its title in both languages. */
export const namedEntrySchema = z.strictObject({ id: slugSchema, title: bilingual });

/** Bibliographic description of the source text a deck is built from. */
export const contentSourceSchema = z.strictObject({
  title: plainTextSchema,
  author: plainTextSchema.optional(),
  /** Language the source was written in. */
  language: langSchema,
  footnoteCount: z.int().nonnegative(),
  /** Footnote texts as printed; `text` is absent when the source prints none. */
  footnotes: z.array(z.strictObject({ number: z.int().positive(), text: plainTextSchema.optional() })),
});

// A knowledge base: the facts of one source plus its topics and sections.
const deckContentObject = z.strictObject({
  id: slugSchema,
  version: z.int().positive(),
  title: bilingual,
  description: bilingual.optional(),
  source: contentSourceSchema,
  topics: z.array(namedEntrySchema).min(1),
  sections: z.array(namedEntrySchema).min(1),
  facts: z.array(factSchema).min(1),
  /**
   * Phrases that mean the same, per language (each set at least two phrases): a typed answer may use
   * any phrase of a set in place of another, in any inflected form.
   */
  synonyms: z
    .strictObject({ pl: z.array(z.array(plainTextSchema).min(2)), en: z.array(z.array(plainTextSchema).min(2)) })
    .optional(),
});

/** A knowledge base, with its cross references (ids, topics, footnotes) checked. */
export const deckContentSchema = deckContentObject.superRefine((content, ctx) => {
  for (const issue of crossReferenceIssues(content)) ctx.addIssue({ code: 'custom', ...issue });
});

export type DeckContent = z.infer<typeof deckContentObject>;

type Issue = { path: (string | number)[]; message: string };

/** Checks that zod cannot express field by field: ids, references, bilingual parity. */
function crossReferenceIssues(content: DeckContent): Issue[] {
  const issues: Issue[] = [];
  issues.push(...duplicateIds(content.topics.map((t) => t.id), 'topics'));
  issues.push(...duplicateIds(content.sections.map((s) => s.id), 'sections'));
  issues.push(...duplicateIds(content.facts.map((f) => f.id), 'facts'));
  const topicIds = new Set(content.topics.map((t) => t.id));
  const sectionIds = new Set(content.sections.map((s) => s.id));
  const factIds = new Set(content.facts.map((f) => f.id));
  content.facts.forEach((fact, i) => {
    const at = (...rest: (string | number)[]) => ['facts', i, ...rest];
    if (!topicIds.has(fact.topic)) issues.push({ path: at('topic'), message: `unknown topic "${fact.topic}"` });
    if (!sectionIds.has(fact.source.section)) {
      issues.push({ path: at('source', 'section'), message: `unknown section "${fact.source.section}"` });
    }
    for (const note of fact.source.footnotes) {
      if (note > content.source.footnoteCount) {
        issues.push({ path: at('source', 'footnotes'), message: `footnote ${note} does not exist in the source` });
      }
    }
    for (const issue of [...parityIssues(fact), ...giveawayIssues(fact)]) {
      issues.push({ path: at(...issue.path), message: issue.message });
    }
    if (fact.kind === 'concept') {
      for (const ref of fact.distractorsFrom ?? []) {
        if (!factIds.has(ref) || ref === fact.id) {
          issues.push({ path: at('distractorsFrom'), message: `expected the id of another fact, got "${ref}"` });
        }
      }
    }
  });
  return issues;
}

function duplicateIds(ids: string[], path: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: [path, i, 'id'], message: `duplicate id "${id}"` });
    seen.add(id);
  });
  return issues;
}

// Both languages must yield the same cards, so optional parts must exist in both or neither.
function parityIssues(fact: Fact): Issue[] {
  const mismatch = (field: string, pl: unknown, en: unknown): Issue[] =>
    pl === en ? [] : [{ path: ['en', field], message: `expected the same ${field} in pl and en (pl: ${String(pl)}, en: ${String(en)})` }];
  switch (fact.kind) {
    case 'definition':
      return [
        ...mismatch('cloze', fact.pl.cloze !== undefined, fact.en.cloze !== undefined),
        ...mismatch('attribution', fact.pl.attribution !== undefined, fact.en.attribution !== undefined),
      ];
    case 'actor':
      return mismatch('deeds', fact.pl.deeds.length, fact.en.deeds.length);
    case 'date':
      return mismatch('question', fact.pl.question !== undefined, fact.en.question !== undefined);
    case 'concept':
      return [
        ...mismatch('cloze', fact.pl.cloze !== undefined, fact.en.cloze !== undefined),
        ...mismatch('list', fact.pl.list?.items.length, fact.en.list?.items.length),
        ...mismatch('list.ask', fact.pl.list?.ask, fact.en.list?.ask),
        ...mismatch('swaps', fact.pl.swaps?.length ?? 0, fact.en.swaps?.length ?? 0),
      ];
  }
}

// Text that gives away its own answer makes a card or a quiz question useless.
function giveawayIssues(fact: Fact): Issue[] {
  const issues: Issue[] = [];
  for (const lang of ['pl', 'en'] as const) {
    if (fact.kind === 'actor') {
      const t = fact[lang];
      const names = [fact.pl.name, fact.en.name, ...fact.pl.variants, ...fact.en.variants].filter((n) => n.length >= 3);
      [t.role, ...t.deeds].forEach((text, i) => {
        const leaked = names.find((name) => containsPhrase(text, name));
        if (leaked) issues.push({ path: [lang, i === 0 ? 'role' : 'deeds'], message: `mentions the actor's own name "${leaked}"` });
      });
    }
    if (fact.kind === 'date' && fact.date.precision !== 'duration') {
      const years = dateAnswerNumbers(fact.date)[0]?.filter((n) => n > 31) ?? [];
      const leaked = years.find((year) => containsPhrase(fact[lang].event, String(year)));
      if (leaked !== undefined) issues.push({ path: [lang, 'event'], message: `gives away its own date (${leaked})` });
    }
    if (fact.kind === 'concept') {
      const statement = fact[lang].statement;
      (fact[lang].swaps ?? []).forEach((swap, i) => {
        if (statement.split(swap.text).length !== 2) {
          issues.push({ path: [lang, 'swaps', i, 'text'], message: `expected "${swap.text}" to occur exactly once in the statement` });
        }
      });
    }
  }
  return issues;
}
