import { beforeEach, describe, expect, it } from 'vitest';
import { createDeck, loadStudyQueue, recordAnswer, saveNote } from '@/lib/db';
import { resetDatabaseForTests } from '@/lib/db/database';
import type { Note } from '@/lib/decks/format-v2';
import { Rating } from '@/lib/srs';
import { DAY, T0, WARSAW, id, warsaw } from '../db/study-helpers';

const DECK_ID = 'siblings-deck';

const reverseNote: Note = {
  id: 'capital',
  position: 0,
  tags: [],
  type: 'basic-reverse',
  text: { pl: { front: 'Stolica Francji', back: 'Paryż' } },
};

const clozeNote: Note = {
  id: 'treaty',
  position: 1,
  tags: [],
  type: 'cloze',
  text: { pl: { text: 'Traktat {{c1::wersalski}} podpisano w {{c2::1919}} roku.' } },
};

async function queueIds(now: number): Promise<string[]> {
  const queue = await loadStudyQueue({ now, timeZone: WARSAW, deckIds: [DECK_ID] });
  return queue.items.map((item) => item.cardId);
}

beforeEach(async () => {
  await resetDatabaseForTests();
  await createDeck({ id: DECK_ID, languages: ['pl'], title: { pl: 'Talia' }, now: T0 - DAY });
  await saveNote(DECK_ID, reverseNote, T0 - DAY);
  await saveNote(DECK_ID, clozeNote, T0 - DAY);
});

describe('loadStudyQueue with note cards', () => {
  it('offers one card of each note a day and the sibling the next day when the first was answered', async () => {
    const forward = id('capital~forward', DECK_ID);
    const reverse = id('capital~reverse', DECK_ID);
    const c1 = id('treaty~c1', DECK_ID);
    const c2 = id('treaty~c2', DECK_ID);

    expect(await queueIds(T0)).toEqual([forward, c1]);

    await recordAnswer({ cardId: forward, rating: Rating.Easy, now: T0, timeZone: WARSAW });
    await recordAnswer({ cardId: c1, rating: Rating.Easy, now: T0 + 60_000, timeZone: WARSAW });

    const laterToday = await queueIds(warsaw(0, 22));
    expect(laterToday).not.toContain(reverse);
    expect(laterToday).not.toContain(c2);

    const tomorrow = await queueIds(warsaw(1, 9));
    expect(tomorrow).toContain(reverse);
    expect(tomorrow).toContain(c2);
  });

  it('keeps the reverse card buried for the day when it was already in the queue as the forward card was answered', async () => {
    const forward = id('capital~forward', DECK_ID);
    const reverse = id('capital~reverse', DECK_ID);
    await recordAnswer({ cardId: forward, rating: Rating.Again, now: T0, timeZone: WARSAW });

    // The forward card comes back while learning; its sibling does not.
    const queue = await loadStudyQueue({ now: T0 + 30 * 60_000, timeZone: WARSAW, deckIds: [DECK_ID] });
    expect([...queue.items, ...queue.aheadItems].map((item) => item.cardId)).toContain(forward);
    expect([...queue.items, ...queue.aheadItems, ...queue.laterItems, ...queue.laterAhead].map((item) => item.cardId)).not.toContain(reverse);
  });
});
