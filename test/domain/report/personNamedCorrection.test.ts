// Corrections that name a waiting record by its person (和孙丽那条 · 孙丽那条 · 和孙丽是…) or say every record (都 · 三条都),
// and 「<person>的<kind>不用记」: round 32a F5/F6/F7 — 「不对，和冯雪是上周四」 was ignored, 「日期错了，和冯雪那条是上周四」 not
// applied, 「孙丽的廉政谈话不用记」 became a new talk report, 「三条都改成廉政谈话」 was 没看懂.
import { describe, expect, it } from 'vitest';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { namesRecordByPerson, type CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { cardCorrections } from '../../../src/domain/report/cardCorrections.js';
import { everyRecordChange } from '../../../src/domain/report/everyRecordChange.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { namedItemDrop } from '../../../src/domain/report/namedItemDrop.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

/** Monday 2026-11-30 (the corpus's NOW); 李强 (副理事长) corrects his own card. */
const ctx: CardCorrectionContext = {
  today: '2026-11-30',
  senderId: 'liqiang',
  personId: (w) => fixtureDirectory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id,
  personName: (id) => fixtureDirectory.person(id)?.name ?? id,
};
const nameOf = (id: string) => fixtureDirectory.person(id)?.name;
const item = (type: ActivityTypeCode | undefined, date: string, counterpartIds: string[]): PendingItem => ({
  draft: { ...(type ? { type } : {}), date, counterpartIds, late: false },
  problems: [],
});
/** Talks with 王刚 (11-28) and 孙丽 (11-27): 「前天和王刚进行了廉政谈话，和孙丽是上周五谈的」. */
const talks = [item('talk_integrity', '2026-11-28', ['wanggang']), item('talk_integrity', '2026-11-27', ['sunli'])];
/** Each record as type@date. */
const shape = (r: ReturnType<typeof cardCorrections>) => (r?.kind === 'changed' ? r.items.map((i) => `${i.draft.type}@${i.draft.date}`) : r?.kind);

describe('a record named by its person takes the change', () => {
  it.each([
    ['日期错了，和孙丽那条是上周四'],
    ['不对，和孙丽是上周四'],
    ['和孙丽是上周四'],
    ['孙丽那条是上周四'],
    ['和孙丽的是11月26日'],
    ['孙丽那条日期改成11月26日'],
    ['跟孙丽那次应该是11月26日'],
    ['日期不对，孙丽那一条是26号'],
  ])('「%s」: only 孙丽\'s talk moves to 11-26', (text) => {
    expect(shape(cardCorrections(text, talks, ctx))).toEqual(['talk_integrity@2026-11-28', 'talk_integrity@2026-11-26']);
  });

  it('「和孙丽那条是谈心谈话」 changes that record\'s kind only', () => {
    expect(shape(cardCorrections('和孙丽那条是谈心谈话', talks, ctx))).toEqual(['talk_integrity@2026-11-28', 'talk_heart@2026-11-27']);
  });

  it('someone not on the card, or not in the directory, is said and nothing changes', () => {
    expect(cardCorrections('和王磊是上周四', talks, ctx)).toEqual({ kind: 'unfit', text: '卡片上没有和王磊的记录，没有改动。' });
    expect(cardCorrections('和王大锤是上周四', talks, ctx)).toMatchObject({ kind: 'unfit', text: expect.stringContaining('没有在通讯录里找到「王大锤」') });
  });

  it.each([
    // A new report of a talk with that person: no correction of the card.
    ['和孙丽进行了廉政谈话'],
    ['孙丽同志参加了警示教育'],
    // 警示教育那条 names a kind, not a person: left to the kind reader (no such record here).
    ['和孙丽谈了谈心'],
  ])('near-miss 「%s」 is no correction', (text) => {
    expect(cardCorrections(text, talks, ctx)).toBeUndefined();
  });
});

describe('namesRecordByPerson: a person named before a value, for a waiting question', () => {
  it.each([['不对，和孙丽是上周四'], ['日期错了，孙丽那条是上周四'], ['和孙丽的是11月26日']])('「%s」 names 孙丽\'s record', (text) => {
    expect(namesRecordByPerson(text, ctx)).toBe(true);
  });
  it.each([['和孙丽'], ['孙丽那条'], ['和孙丽进行了廉政谈话'], ['廉政谈话'], ['上周四'], ['和王大锤是上周四'], ['警示教育那条是上周四']])('「%s」 does not', (text) => {
    expect(namesRecordByPerson(text, ctx)).toBe(false);
  });
});

describe('every record of a waiting card (都 · 全部 · 两条都)', () => {
  const heart = [item('talk_heart', '2026-11-25', ['wanggang']), item('talk_heart', '2026-11-26', ['sunli'])];
  it.each([['都改成廉政谈话'], ['两条都是廉政谈话'], ['全部改为廉政谈话'], ['不对，这两条都是廉政谈话']])('「%s」: both become 廉政谈话', (text) => {
    expect(shape(cardCorrections(text, heart, ctx))).toEqual(['talk_integrity@2026-11-25', 'talk_integrity@2026-11-26']);
  });
  it('「都是上周四」 moves both, though their days differ (said of all, nothing to ask)', () => {
    expect(shape(cardCorrections('都是上周四', heart, ctx))).toEqual(['talk_heart@2026-11-26', 'talk_heart@2026-11-26']);
  });
  it('「三条都改成廉政谈话」 on a card of two is said, nothing changed', () => {
    expect(cardCorrections('三条都改成廉政谈话', heart, ctx)).toEqual({ kind: 'unfit', text: '卡片上是 2 条记录，不是三条，没有改动。' });
  });
  it.each([['都不对'], ['都谈过了'], ['两条都记上']])('near-miss 「%s」 changes nothing', (text) => {
    expect(cardCorrections(text, heart, ctx)?.kind).not.toBe('changed');
  });
});

describe('「<person>的<kind>不用记」 takes that record off the card', () => {
  /** 「11月30日和李明、孙丽签订了责任书，并进行了廉政谈话」: two signings, then two talks. */
  const card = [item('pledge_sign', '2026-11-30', ['liming']), item('pledge_sign', '2026-11-30', ['sunli']), item('talk_integrity', '2026-11-30', ['liming']), item('talk_integrity', '2026-11-30', ['sunli'])];
  it.each([
    ['孙丽的廉政谈话不用记', 3],
    ['孙丽的谈话不要了', 3],
    ['把和李明的责任书删掉', 0],
    ['孙丽的责任书去掉吧', 1],
  ])('「%s」: item %i', (text, index) => {
    expect(namedItemDrop(text, card, nameOf, '2026-11-30')).toEqual({ index });
  });
  it('「和孙丽那条不要」 with two of 孙丽\'s on the card: both named, for the member to say which', () => {
    expect(namedItemDrop('和孙丽那条不要', card, nameOf, '2026-11-30')).toEqual({ fits: [1, 3], said: '孙丽' });
  });
  it('a person with no such record on the card fits none', () => {
    expect(namedItemDrop('王磊的廉政谈话不用记', card, nameOf, '2026-11-30')).toEqual({ fits: [], said: '王磊的廉政谈话' });
  });
  it.each([['和孙丽进行了廉政谈话'], ['孙丽的廉政谈话是昨天'], ['孙丽的材料不用记'], ['孙丽的廉政谈话']])('near-miss 「%s」 is no drop', (text) => {
    expect(namedItemDrop(text, card, nameOf, '2026-11-30')).toBeUndefined();
  });
});

describe('everyRecordChange: a day or kind for every record of the latest report', () => {
  it.each([
    ['三条都改成廉政谈话', { kind: 'type', to: 'talk_integrity', every: { count: 3 } }],
    ['都改为11月20日', { kind: 'day', date: '2026-11-20', every: {} }],
    ['不对，这几条都是谈心谈话', { kind: 'type', to: 'talk_heart', every: {} }],
    ['全部改成廉政谈话', { kind: 'type', to: 'talk_integrity', every: {} }],
    ['两条都是上周四', { kind: 'day', date: '2026-11-26', every: { count: 2 } }],
  ])('「%s」', (text, want) => {
    expect(everyRecordChange(text, '2026-11-30')).toMatchObject(want);
  });
  it.each([['三条都记上'], ['都是和周涛谈的'], ['都不对'], ['大家都是廉政谈话'], ['都改成王刚'], ['和孙丽进行了廉政谈话'], ['不对，是廉政谈话']])('near-miss 「%s」', (text) => {
    expect(everyRecordChange(text, '2026-11-30')).toBeUndefined();
  });
});

describe('while a question waits on a numbered message (byEntry), lists, ends and kinds point by the member\'s own numbers', () => {
  const asked: CardCorrectionContext = { ...ctx, byEntry: true };
  /** 「1. 与王刚、孙丽谈心谈话 2. 组织观看警示教育片 3. 召开专题会议」: entry 1 gave two talks. */
  const entries: PendingItem[] = [
    { ...item('talk_heart', '2026-11-20', ['wanggang']), entry: 1 },
    { ...item('talk_heart', '2026-11-20', ['sunli']), entry: 1 },
    { ...item('edu_warning', '2026-11-24', []), entry: 2 },
    { ...item('meeting_special', '2026-11-25', []), entry: 3 },
  ];
  const counts = (r: ReturnType<typeof cardCorrections>) => (r?.kind === 'changed' ? r.items.map((i) => i.draft.attendees ?? '') : r);
  it.each([
    ['第2、3条人数是20人', ['', '', 20, 20]],
    ['后两条参加人数是20人', ['', '', 20, 20]],
    ['警示教育那条人数是20人', ['', '', 20, '']],
    ['第3条人数是20人', ['', '', '', 20]],
  ])('「%s」', (text, want) => {
    expect(counts(cardCorrections(text, entries, asked))).toEqual(want);
  });
  it('「第1条是廉政谈话」 is both talks of entry 1', () => {
    expect(shape(cardCorrections('第1条是廉政谈话', entries, asked))).toEqual(['talk_integrity@2026-11-20', 'talk_integrity@2026-11-20', 'edu_warning@2026-11-24', 'meeting_special@2026-11-25']);
  });
  it('「第4、5条人数是20人」 names numbers the message does not have: said', () => {
    expect(cardCorrections('第4、5条人数是20人', entries, asked)).toEqual({ kind: 'unfit', text: '这条消息里的是第1、2、3条，没有第4条，没有改动。' });
  });
});
