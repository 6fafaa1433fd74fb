/** What a fact (and every card or question made from it) is about. */
export const FACT_KINDS = ['definition', 'actor', 'date', 'concept'] as const;

/** Kind of a fact: a definition, an actor, a dated event or a concept. */
export type FactKind = (typeof FACT_KINDS)[number];
