import type { BcdFact } from './fact-type';
import { ACTORS } from './facts/actors';
import { CONCEPTS } from './facts/concepts';
import { DATES } from './facts/dates';
import { DEFINITIONS } from './facts/definitions';
import { TEACHER_CARDS } from './facts/teacher';

/** All facts of the article. Order within a topic is the order cards are introduced. */
export const FACTS: BcdFact[] = [...DEFINITIONS, ...CONCEPTS, ...TEACHER_CARDS, ...DATES, ...ACTORS];
