import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBuiltInDeck } from '@/lib/content/built-in';

// Students' review history is keyed by card id: renaming an id silently resets it.
const SNAPSHOT = 'tests/fixtures/back-channel-diplomacy.card-ids.json';
const REGENERATE = `npm run --silent deck -- ids back-channel-diplomacy > ${SNAPSHOT}`;

describe('buildBuiltInDeck card ids', () => {
  const snapshot: string[] = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
  const current = buildBuiltInDeck().cards.map((c) => c.id);

  it('keeps every card id of the committed snapshot when content changes', () => {
    const missing = snapshot.filter((id) => !current.includes(id));
    expect(missing, `card ids renamed or removed: this detaches students' review history`).toEqual([]);
  });

  it('lists every new card id in the snapshot when cards are added', () => {
    const added = current.filter((id) => !snapshot.includes(id));
    expect(added, `new card ids; after review, regenerate the snapshot with:\n${REGENERATE}`).toEqual([]);
  });
});
