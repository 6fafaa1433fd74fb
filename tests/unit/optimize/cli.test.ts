import { describe, expect, it } from 'vitest';
import { parseHistory } from '@/scripts/optimize/cli';

const log = { cardId: 'deck/a~forward', rating: 3, reviewedAt: 1_700_000_000_000, origin: 'study' };

describe('parseHistory', () => {
  it('reads a plain array of logs, taking origin "study" when it is missing', () => {
    const { cardId, rating, reviewedAt } = log;
    expect(parseHistory(JSON.stringify([{ cardId, rating, reviewedAt }])).logs).toEqual([log]);
  });

  it('reads the logs and study settings of a Dexie export', () => {
    const backup = {
      formatName: 'dexie',
      data: {
        tables: [
          { name: 'reviewLogs', rows: [{ ...log, id: 1, deckId: 'deck', state: 2 }] },
          { name: 'settings', rows: [{ key: 'study', value: { rolloverHour: 6 } }] },
        ],
      },
    };
    const history = parseHistory(JSON.stringify(backup));
    expect(history.logs).toEqual([log]);
    expect(history.settings).toEqual({ rolloverHour: 6 });
  });

  it('names the bad field when a log is malformed', () => {
    expect(() => parseHistory(JSON.stringify({ reviewLogs: [{ ...log, rating: 7 }] }))).toThrow(/0\.rating/);
  });
});
