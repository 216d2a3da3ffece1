// A correction on a waiting card that names its records (第2条 · 第3、4条 · 后两条 · 最后一条 · 警示教育那条) and a field (人数 ·
// 活动人 · 主讲人 · 带队的): round 31g F1/F4/F7, 「这条消息没有记录，下面的卡片仍在等您确认」 and the card unchanged.
import { describe, expect, it } from 'vitest';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import type { CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { cardCorrections } from '../../../src/domain/report/cardCorrections.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { namedItems } from '../../../src/domain/report/namedItems.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

/** Monday 2026-11-30 (the corpus's NOW); 王磊 (人事科) corrects his own card. */
const ctx: CardCorrectionContext = {
  today: '2026-11-30',
  senderId: 'wanglei',
  personId: (w) => (/^(?:我|本人|我本人)$/.test(w) ? 'wanglei' : fixtureDirectory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id),
  personName: (id) => fixtureDirectory.person(id)?.name ?? id,
};
const item = (type: ActivityTypeCode, date: string, counterpartIds: string[], more: { actorId?: string; attendees?: number } = {}): PendingItem => ({
  draft: { type, date, counterpartIds, late: false, ...more },
  problems: [],
});
/** A card of four: a talk of his own, then three things 李明 was read as doing. */
const card = [
  item('talk_integrity', '2026-11-18', ['wanggang']),
  item('edu_warning', '2026-11-19', [], { actorId: 'liming', attendees: 30 }),
  item('edu_lecture', '2026-11-20', [], { actorId: 'liming' }),
  item('meeting_dept', '2026-11-24', [], { actorId: 'liming', attendees: 12 }),
];
/** Each record as [doer ('-' the sender's own), head count ('' none)]. */
const shape = (r: ReturnType<typeof cardCorrections>) =>
  r?.kind === 'changed' ? r.items.map((i) => [i.draft.actorId ?? '-', i.draft.attendees ?? '']) : r?.kind;
const was = card.map((i) => [i.draft.actorId ?? '-', i.draft.attendees ?? '']);
const withRow = (rows: number[], value: [string, number | string] | ((old: (string | number)[]) => (string | number)[])) =>
  was.map((row, i) => (rows.includes(i + 1) ? (typeof value === 'function' ? value(row) : value) : row));

describe('head count of the records named', () => {
  it.each([
    ['第2条人数不对，是29人', 2, 29],
    ['第2条人数是29人', 2, 29],
    ['第二条参加人数改为29人', 2, 29],
    ['第2项实到29人', 2, 29],
    ['第2条29人', 2, 29],
    ['人数不对，第2条应该是29个人', 2, 29],
    ['警示教育那条人数应为28人', 2, 28],
    ['最后一条人数是15人', 4, 15],
    ['不对，第4条参加人数写错了，应为15人', 4, 15],
  ] as const)('「%s」: item %i to %i', (text, row, n) => {
    const r = cardCorrections(text, card, ctx);
    expect(shape(r)).toEqual(withRow([row], (old) => [old[0]!, n]));
    expect(r?.kind === 'changed' && r.what).toBe(`第${row}条人数改为${n}人`);
  });

  it('「第2、4条人数都是20人」 puts it on both', () => {
    expect(shape(cardCorrections('第2、4条人数是20人', card, ctx))).toEqual(withRow([2, 4], (old) => [old[0]!, 20]));
  });
});

describe('doer of the records named (我 · 本人 · 我们部 the sender)', () => {
  it.each([
    ['活动人错了，第3、4条是我参加的，应该记在我名下', [3, 4], '-'],
    ['不对，第2条警示教育是我们部组织的，活动人是我', [2], '-'],
    ['第3、4条应该记在我名下', [3, 4], '-'],
    ['后两条是我组织的', [3, 4], '-'],
    ['最后两条活动人是本人', [3, 4], '-'],
    ['第2条和第3条是王刚搞的', [2, 3], 'wanggang'],
    ['党课那条主讲人是王刚', [3], 'wanggang'],
    ['第2、3项带队的是王刚', [2, 3], 'wanggang'],
    ['第三条主讲人不对，应该是王刚同志', [3], 'wanggang'],
  ] as const)('「%s」', (text, rows, doer) => {
    const r = cardCorrections(text, card, ctx);
    expect(shape(r)).toEqual(withRow([...rows], (old) => [doer, old[1]!]));
    expect(r?.kind === 'changed' && r.what).toBe(`第${rows.join('、')}条活动人改为「${doer === '-' ? '王磊' : '王刚'}」`);
  });
});

describe('a change that cannot be made is said, the card unchanged', () => {
  it.each([
    ['第5条人数是3人', '卡片上只有 4 条记录，没有第5条'],
    ['第4、6条是我组织的', '没有第6条'],
    ['第2条活动人是王大锤', '没有在通讯录里找到「王大锤」'],
    ['第1、2条人数是9人', '第1条是谈话或签订责任书，没有参加人数'],
    ['第1条活动人是王刚', '王刚是这条记录的谈话对象'],
  ])('「%s」', (text, said) => {
    const r = cardCorrections(text, card, ctx);
    expect(r?.kind).toBe('unfit');
    expect(r?.kind === 'unfit' && r.text).toContain(said);
  });
});

describe('near-misses: answers that name a record but change no field stay what they were', () => {
  it.each(['第1条不用记', '第三条是计划，还没做', '第2条：11月5日与王强谈话', '第2条是谁搞的', '第2条我也参加了', '第2条不对', '确认'])('「%s」 is no change read here', (text) => {
    expect(cardCorrections(text, card, ctx)).toBeUndefined();
  });

  it('「第2条是11月11日」 and 「不对，第2条是11月11日」 still move the day of item 2 only', () => {
    for (const text of ['第2条是11月11日', '不对，第2条是11月11日']) {
      const r = cardCorrections(text, card, ctx);
      expect(r?.kind === 'changed' && r.items.map((i) => i.draft.date)).toEqual(['2026-11-18', '2026-11-11', '2026-11-20', '2026-11-24']);
    }
  });

  it('「人数不对，是29人」 naming no record asks which (two records hold a count)', () => {
    expect(cardCorrections('人数不对，是29人', card, ctx)?.kind).toBe('which');
  });
});

describe('namedItems', () => {
  it.each([
    ['第3、4条是我参加的', [2, 3], '是我参加的'],
    ['第2条和第4条人数是9人', [1, 3], '人数是9人'],
    ['前两条是我的', [0, 1], '是我的'],
    ['后两条是我的', [2, 3], '是我的'],
    ['最后一条', [3], ''],
    ['警示教育那条的人数', [1], '人数'],
    ['活动人错了,第3条是我', [2], '活动人错了,是我'],
    ['第2条警示教育是我们部组织的', [1], '是我们部组织的'],
  ] as const)('「%s」 names %j', (text, at, rest) => {
    expect(namedItems(text, card)).toEqual({ at, rest });
  });

  it.each(['今天和王刚进行了廉政谈话', '2条', '这个会那条消息'])('「%s」 names none', (text) => {
    expect(namedItems(text, card)).toBeUndefined();
  });

  it('a kind said after the number that is not that record’s is kept (第1条警示教育… is then no change of it)', () => {
    expect(namedItems('第1条警示教育是我们部组织的', card)).toEqual({ at: [0], rest: '警示教育是我们部组织的' });
  });
});
