// Answers that name more than the question asked (round 36, t36b F10/F13): days paired with people (dayPeopleParts, read
// by followUp for 是哪一天 and 和谁), and a 第N条 correction that names the other party of a signing or talk
// (cardCorrections: 是和X签的 · 对象是X · 应该是与X the other party; 是X签的 · 是X带队的 the doer).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import type { CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { cardCorrections } from '../../../src/domain/report/cardCorrections.js';
import { dayPeopleOnePart, dayPeopleParts } from '../../../src/domain/report/dayPeopleParts.js';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { parseCounterparts } from '../../../src/domain/report/parseCounterparts.js';

const directory = loadConfig('config').directory;
/** Thursday 2026-12-03, 18:00 in Shanghai; 孙丽 (财务科科长) answers. */
const now = new Date('2026-12-03T18:00:00+08:00');
const ctx = { now, directory, senderId: 'sunli', mentions: [] };
const nameOf = (id: string) => directory.person(id)?.name ?? id;
/** Each part as 「MM-DD 名、名」. */
const parts = (answer: string) => dayPeopleParts(answer, ctx)?.map((p) => `${p.date.slice(5)} ${p.ids.map(nameOf).join('、')}`);

describe('dayPeopleParts: days each with the people said beside them', () => {
  it.each([
    ['11月10日和王强，11月17日和李娟', ['11-10 王强', '11-17 李娟']],
    ['11月10日与王强、11月17日与李娟', ['11-10 王强', '11-17 李娟']],
    ['王强是11月10日，李娟是11月17日', ['11-10 王强', '11-17 李娟']],
    ['11月10日 王强；11月17日 李娟', ['11-10 王强', '11-17 李娟']],
    ['11月10日、17日分别和王强、李娟', ['11-10 王强', '11-17 李娟']],
    ['10号和17号，分别是王强和李娟', ['11-10 王强', '11-17 李娟']],
    ['11.10和王强，11.17和李娟谈的', ['11-10 王强', '11-17 李娟']],
    ['11月10日和王强谈的，11月17日和李娟谈的', ['11-10 王强', '11-17 李娟']],
    ['11月10日和王强、李娟，11月17日和何平', ['11-10 王强、李娟', '11-17 何平']],
    ['王强、李娟是11月10日，何平是11月17日', ['11-10 王强、李娟', '11-17 何平']],
    ['王强11月10日，李娟11月17日', ['11-10 王强', '11-17 李娟']],
    ['和王强是11月10日，和李娟是11月17日', ['11-10 王强', '11-17 李娟']],
    ['昨天和王建国，今天和刘芳', ['12-02 王建国', '12-03 刘芳']],
    // t48b F2: the sender, talked to, keys their own day with 我.
    ['王建国是11月10日，我是11月17日', ['11-10 王建国', '11-17 孙丽']],
    ['我是11月10日，王建国副理事长是11月17日', ['11-10 孙丽', '11-17 王建国']],
    ['王建国11月10日，本人11月17日', ['11-10 王建国', '11-17 孙丽']],
  ])('「%s」', (answer, want) => {
    expect(parts(answer)).toEqual(want);
  });

  it.each([
    // One day for all, days with no people, a part with no one, one person on two days, a name that is no one.
    ['昨天，和王强、李娟'],
    ['11月10日和11月17日'],
    ['11月10日和王强，11月17日'],
    ['11月10日和王强，11月17日和王强'],
    ['11月10日和小马，11月17日和李娟'],
    ['11月10日'],
    ['王强'],
  ])('near-miss 「%s」 pairs nothing (read the ordinary way)', (answer) => {
    expect(dayPeopleParts(answer, ctx)).toBeUndefined();
  });
});

const talk = (type: ActivityTypeCode, date?: string, counterpartIds: string[] = []): PendingItem => {
  const draft = { type, ...(date ? { date } : {}), counterpartIds, late: false };
  const problems: PendingItem['problems'] = [...(date ? [] : [{ code: 'missing_date' as const }]), ...(counterpartIds.length === 0 ? [{ code: 'missing_counterpart' as const }] : [])];
  return { draft, problems };
};
const records = (items: PendingItem[]) => items.map((i) => `${i.draft.date ?? '?'} ${i.draft.counterpartIds.map(nameOf).join(',')}${i.problems.length ? ` ?${i.problems.map((p) => p.code).join(',')}` : ''}`);

describe('answerFollowUp: 是哪一天 of a talk naming no one, answered with days and people', () => {
  it.each([
    ['11月10日和王强，11月17日和李娟', ['2026-11-10 王强', '2026-11-17 李娟']],
    ['王强是11月10日，李娟是11月17日', ['2026-11-10 王强', '2026-11-17 李娟']],
    ['11月10日、17日分别和王强、李娟', ['2026-11-10 王强', '2026-11-17 李娟']],
    ['11月10日和王强、李娟，11月17日和何平', ['2026-11-10 王强', '2026-11-10 李娟', '2026-11-17 何平']],
    // Near-misses: one day (the person then taken by whomWithDay in the dialog), days only (each asked whom).
    ['11月10日', ['2026-11-10  ?missing_counterpart']],
    ['11月10日和11月17日', ['2026-11-10  ?missing_counterpart', '2026-11-17  ?missing_counterpart']],
  ])('「%s」', (answer, want) => {
    const done = answerFollowUp([talk('talk_integrity')], answer, ctx);
    expect(done.ok && records(done.items)).toEqual(want);
  });

  it('「王强是11月10日，李娟是11月17日」 to 和谁谈的 of a dated talk: each on their day, the day marked corrected', () => {
    const done = answerFollowUp([talk('talk_integrity', '2026-11-10')], '王强是11月10日，李娟是11月17日', ctx);
    expect(done.ok && records(done.items)).toEqual(['2026-11-10 王强', '2026-11-17 李娟']);
    expect(done.ok && done.corrected).toBe(true);
  });

  it('near-miss 「王强、李娟」 to 和谁谈的: both on the talk\'s day, nothing corrected', () => {
    const done = answerFollowUp([talk('talk_integrity', '2026-11-10')], '王强、李娟', ctx);
    expect(done.ok && records(done.items)).toEqual(['2026-11-10 王强', '2026-11-10 李娟']);
    expect(done.ok && done.corrected).toBeFalsy();
  });
});

/** 冯雪's card (t36b F9/F10): a 警示教育, a talk with 赵磊, a signing with no one, a 自查. */
const card: PendingItem[] = [
  { draft: { type: 'edu_warning', date: '2026-11-27', counterpartIds: [], late: false }, problems: [] },
  { draft: { type: 'talk_integrity', date: '2026-12-01', counterpartIds: ['zhaolei'], late: false }, problems: [] },
  { draft: { type: 'pledge_sign', date: '2026-12-01', counterpartIds: [], late: false }, problems: [] },
  { draft: { type: 'report_self', date: '2026-12-02', counterpartIds: [], late: false }, problems: [] },
];
const fengxue: CardCorrectionContext = {
  today: '2026-12-03',
  senderId: 'fengxue',
  personId: (w) => {
    const found = parseCounterparts(w, { now, directory, senderId: 'fengxue', mentions: [] });
    return found.counterparts.length === 1 && found.problems.length === 0 ? found.counterparts[0]!.id : undefined;
  },
  personName: nameOf,
  departmentOf: (id) => directory.person(id)?.departmentId,
};
/** The changed record N (1-based) as 「活动人>对象」, or the kind of answer when nothing changed. */
const after = (text: string, n: number) => {
  const c = cardCorrections(text, card, fengxue);
  if (c?.kind !== 'changed') return c?.kind;
  const d = c.items[n - 1]!.draft;
  return `${d.actorId ? nameOf(d.actorId) : ''}>${d.counterpartIds.map(nameOf).join(',')}`;
};

describe('a 第N条 correction names the other party with 和/与/对象, the doer without', () => {
  it.each([
    ['第3条是和赵磊签的', 3, '>赵磊'],
    ['第3条不对，是和赵磊签的承诺书', 3, '>赵磊'],
    ['第3条对象是赵磊', 3, '>赵磊'],
    ['第3条应该是与赵磊', 3, '>赵磊'],
    ['第3条不对，是和赵磊一起签的', 3, '>赵磊'],
    ['第3条是跟赵磊签订的承诺书', 3, '>赵磊'],
    ['第三条，和赵磊签的', 3, '>赵磊'],
    ['第2条是和陈静谈的', 2, '>陈静'],
    ['第2条不对，应该是与陈静', 2, '>陈静'],
    // The doer, said without 和: kept as before.
    ['第3条是郑华签的', 3, '郑华>'],
    ['第4条是郑华带队的', 4, '郑华>'],
    ['第4条不对，是郑华带队的', 4, '郑华>'],
    ['第1条是郑华组织的', 1, '郑华>'],
  ])('「%s」 → 第%i条 %s', (text, n, want) => {
    expect(after(text, n)).toBe(want);
  });

  it('near-miss 「第3条，和赵磊」 (no 是, no verb) is no correction read here', () => {
    expect(cardCorrections('第3条，和赵磊', card, fengxue)).toBeUndefined();
  });
});

describe('dayPeopleOnePart (round 59, fcf)', () => {
  const ctxOne = { now: new Date('2026-11-30T10:00:00+08:00'), directory: loadConfig('config').directory, senderId: 'zhangwei', mentions: [] };
  it.each([
    ['王建国和刘芳是11月24日谈的', '2026-11-24', ['wangjianguo', 'liufang']],
    ['王建国、刘芳是24号', '2026-11-24', ['wangjianguo', 'liufang']],
    ['王建国 刘芳 上周二谈的', '2026-11-24', ['wangjianguo', 'liufang']],
    ['嗯 郑华是11月24日谈的', '2026-11-24', ['zhenghua']],
  ])('「%s」 → %s %j', (answer, date, ids) => {
    expect(dayPeopleOnePart(answer, ctxOne)).toEqual({ date, ids });
  });
  it.each(['11月24日', '王建国是24号，刘芳是26号', '王建国和赵大海是24号', '24号和26号'])('「%s」 → undefined', (answer) => {
    expect(dayPeopleOnePart(answer, ctxOne)).toBeUndefined();
  });
});
