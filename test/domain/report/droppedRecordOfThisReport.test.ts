// Round 59, fcb (issue 10; fdb's finding): 「X那个函询不算」 beside a report takes X's item off the card and says so.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withDroppedRecordNoted, withoutDroppedRecordClause } from '../../../src/domain/report/droppedRecordClause.js';
import { droppedRecordWords } from '../../../src/domain/report/namedItemDrop.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const nameOf = (pid: string) => directory.person(pid)?.name;
const talk = (who: string): ParsedReport => ({ draft: { type: 'talk_integrity', date: '2026-11-24', counterpartIds: [id(who)], late: false }, problems: [], remarks: [] });

describe('droppedRecordWords: the person, then what it was, then leave it out', () => {
  it.each([
    ['王强那个函询不算', '王强'],
    ['王强的函询不算', '王强'],
    ['王强那条函询谈话不记了', '王强'],
    ['和王强那次函询就不用记了', '王强'],
    ['孙科长那次谈话不算', '孙科长'],
    ['刚才那条警示教育不算', '警示教育'],
  ])('%s → %s', (text, said) => {
    expect(droppedRecordWords(text)).toBe(said);
  });
});

describe('withDroppedRecordNoted', () => {
  it('a clause naming a record of this report takes it off, said on the card', () => {
    const d = withoutDroppedRecordClause('11月24日与孙杰、王强进行了廉政谈话，王强那个函询不算')!;
    const got = withDroppedRecordNoted([talk('孙杰'), talk('王强')], d, nameOf, '2026-11-30')!;
    expect(got.map((r) => r.draft.counterpartIds)).toEqual([[id('孙杰')]]);
    expect(got[0]!.remarks).toEqual(['按「王强那个函询不算」，与王强的那条已从本次记录中去掉，不记录']);
    expect(got[0]!.reasons).toContain('leftover');
  });

  it.each([
    ['刚才 points at an earlier record', '今天和孙杰、王强进行了廉政谈话，刚才那条王强的谈话不算'],
    ['a person of no record here', '11月24日与孙杰、王强进行了廉政谈话，李娟那次不算'],
    ['every record named', '11月24日与孙杰、王强进行了廉政谈话，孙杰那次不算，王强那个也不用记'],
  ])('%s: nothing taken off, the earlier-record remark', (_why, text) => {
    const d = withoutDroppedRecordClause(text);
    if (d === undefined) return;
    const got = withDroppedRecordNoted([talk('孙杰'), talk('王强')], d, nameOf, '2026-11-30')!;
    expect(got).toHaveLength(2);
    expect(got[0]!.remarks.join()).toMatch(/说的是之前的记录/);
  });
});
