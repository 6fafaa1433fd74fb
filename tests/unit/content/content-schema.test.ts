import { describe, expect, it } from 'vitest';
import { backChannelDiplomacy } from '@/content/back-channel-diplomacy';
import { deckContentSchema } from '@/lib/content/content-schema';
import { contentCopy, factById } from './helpers';

function issuesOf(content: unknown): string[] {
  const result = deckContentSchema.safeParse(content);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('deckContentSchema', () => {
  it('accepts the built-in article content when validated', () => {
    expect(issuesOf(backChannelDiplomacy)).toEqual([]);
  });

  it('rejects a fact when its id is duplicated', () => {
    const content = contentCopy();
    content.facts.push(structuredClone(content.facts[0]!));
    expect(issuesOf(content).some((m) => m.includes('duplicate id "bcd-def-back-channel-dictionary"'))).toBe(true);
  });

  it('rejects a fact when its topic or section does not exist', () => {
    const content = contentCopy();
    content.facts[0]!.topic = 'atlantis';
    content.facts[1]!.source.section = 'appendix';
    const issues = issuesOf(content);
    expect(issues).toContain('facts.0.topic: unknown topic "atlantis"');
    expect(issues).toContain('facts.1.source.section: unknown section "appendix"');
  });

  it('rejects a footnote number when the article has no such footnote', () => {
    const content = contentCopy();
    content.facts[0]!.source.footnotes = [22];
    expect(issuesOf(content)).toContain('facts.0.source.footnotes: footnote 22 does not exist in the source');
  });

  it('rejects a card text when it contains HTML', () => {
    const content = contentCopy();
    const fact = content.facts.find((f) => f.kind === 'concept')!;
    if (fact.kind !== 'concept') throw new Error('unreachable');
    fact.en.statement = `<b>${fact.en.statement}</b>`;
    expect(issuesOf(content).join('\n')).toMatch(/expected plain text, found HTML markup/);
  });

  it('rejects a cloze when it is not part of the statement', () => {
    const content = contentCopy();
    const fact = content.facts.find((f) => f.kind === 'concept' && f.pl.cloze !== undefined)!;
    if (fact.kind !== 'concept') throw new Error('unreachable');
    fact.pl.cloze = 'słowa, których nie ma w zdaniu';
    expect(issuesOf(content).join('\n')).toMatch(/expected cloze to be a part of the statement/);
  });

  it('rejects an actor when the role gives away the name', () => {
    const content = contentCopy();
    const fomin = factById('bcd-actor-fomin', content);
    if (fomin.kind !== 'actor') throw new Error('unreachable');
    fomin.en.role = 'Aleksander Fomin, head of the KGB station in Washington';
    expect(issuesOf(content).join('\n')).toMatch(/mentions the actor's own name "Aleksander Fomin"/);
  });

  it('rejects a dated event when its text gives away the year', () => {
    const content = contentCopy();
    const u2 = factById('bcd-date-u2-shot-down', content);
    if (u2.kind !== 'date') throw new Error('unreachable');
    u2.pl.event = 'zestrzelenie samolotu U-2 w 1960 roku';
    expect(issuesOf(content).join('\n')).toMatch(/gives away its own date \(1960\)/);
  });

  it('rejects a fact when only one language has a cloze', () => {
    const content = contentCopy();
    const fact = content.facts.find((f) => f.kind === 'concept' && f.en.cloze !== undefined && f.en.list !== undefined)!;
    if (fact.kind !== 'concept') throw new Error('unreachable');
    delete fact.en.cloze;
    expect(issuesOf(content).join('\n')).toMatch(/expected the same cloze in pl and en/);
  });

  it('rejects a swap when the swapped detail is not in the statement exactly once', () => {
    const content = contentCopy();
    const fact = factById('bcd-concept-turkey-pledge', content);
    if (fact.kind !== 'concept') throw new Error('unreachable');
    fact.en.swaps = [{ text: 'e', alternatives: ['x'] }];
    expect(issuesOf(content).join('\n')).toMatch(/to occur exactly once in the statement/);
  });

  it('rejects a date range when it ends before it starts', () => {
    const content = contentCopy();
    const cuba = factById('bcd-date-cuban-missile-crisis', content);
    if (cuba.kind !== 'date') throw new Error('unreachable');
    cuba.date = { precision: 'day-range', year: 1962, month: 10, fromDay: 28, toDay: 15 };
    expect(issuesOf(content).join('\n')).toMatch(/expected fromDay before toDay/);
  });
});
