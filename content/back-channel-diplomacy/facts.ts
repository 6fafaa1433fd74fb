import type { BcdFact } from './fact-type';
import { ACTORS } from './facts/actors';
import { CONCEPTS } from './facts/concepts';
import { DATES } from './facts/dates';
import { DEFINITIONS } from './facts/definitions';

/** All facts of the article. Order within a topic is the order cards are introduced. */
export const FACTS: BcdFact[] = [...DEFINITIONS, ...CONCEPTS, ...DATES, ...ACTORS];
