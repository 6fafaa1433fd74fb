import type { Fact } from '@/lib/content/fact-schema';
import type { SectionId } from './sections';
import type { TopicId } from './topics';

/** A fact of this deck: topic and section narrowed to the deck's own ids. */
export type BcdFact = Fact & { topic: TopicId; source: { section: SectionId; footnotes: number[] } };
