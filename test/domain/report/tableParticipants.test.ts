// Round 59, fcd (t61b F1): a table's 参加人员 (or 人数) cell naming a unit's whole is kept as 全体参加, never dropped.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { participantsOf, wholeOfUnit } from '../../../src/domain/report/tableParticipants.js';
import { tableAsSentences } from '../../../src/domain/report/tableRows.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;

describe('wholeOfUnit', () => {
  it.each([
    ['全体', '全体'],
    ['全体党员', '全体党员'],
    ['全科', '全科'],
    ['全员', '全员'],
    ['全科人员', '全科人员'],
    ['全体干部职工', '全体干部职工'],
    ['本科室全体人员参加', '本科室全体人员'],
    ['办公室全体', '办公室全体'],
  ])('%s → %s', (cell, whole) => expect(wholeOfUnit(cell)).toBe(whole));
  it.each(['王强', '孙丽、李娟', '6人', '全科4人', '待定'])('%s is none', (cell) => expect(wholeOfUnit(cell)).toBeUndefined());
});

describe('participantsOf a whole', () => {
  it('全体党员 beside a study: the whole, no count, no counterpart', () => {
    expect(participantsOf('全体党员', '警示教育', directory)).toEqual({ counterpart: '', count: '', whole: '全体党员' });
  });
  it('a number still wins: 全科4人 is 4', () => {
    expect(participantsOf('全科4人', '警示教育', directory)).toEqual({ counterpart: '', count: '4' });
  });
});

describe('a table row with the cell', () => {
  it.each([
    ['时间\t活动\t参加人员\n11月24日\t警示教育\t全体党员', '11月24日，警示教育，全体党员参加。'],
    ['时间\t活动内容\t参加人员\n11月24日\t集中学习《条例》\t全科', '11月24日，集中学习《条例》，全科参加。'],
    ['时间｜活动｜参加人员\n11月24日｜警示教育｜全体', '11月24日，警示教育，全体参加。'],
    ['时间\t活动\t人数\n11月24日\t警示教育\t全体', '11月24日，警示教育，全体参加。'],
  ])('%s', (table, sentence) => expect(tableAsSentences(table, directory, id('胡军'))).toBe(sentence));

  it.each([
    ['胡军', '时间\t活动\t参加人员\n11月24日\t警示教育\t全体'],
    ['李明', '时间\t活动\t参加人员\n11月24日\t警示教育\t全科'],
    ['吴静', '时间｜活动｜参加人员\n11月17日｜警示教育｜全体'],
    ['周涛', '时间  活动  参加人员\n11月19日  廉政党课  全体党员'],
  ])('%s 「%s」 is read 全体参加', (from, table) => {
    const got = parseReport(table, { now: NOW, directory, senderId: id(from), mentions: [] })!;
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.allMembers).toBe(true);
  });
});
