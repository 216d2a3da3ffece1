// Follow-up answers that fill several days at once, or say who did it.
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { contextFor } from '../../support/fixtureOrg.js';

const ctx = contextFor('hejing');
const talkWith = (id: string): PendingItem['draft'] => ({ type: 'talk_integrity', counterpartIds: [id], late: false });

describe('answerFollowUp: several days', () => {
  it.each([
    ['11月3日、11月10日、11月17日', ['2026-11-03', '2026-11-10', '2026-11-17']],
    ['11月3日和11月10日', ['2026-11-03', '2026-11-10']],
    ['11月3日、10日、17日', ['2026-11-03', '2026-11-10', '2026-11-17']],
    ['十一月三日、十一月十日', ['2026-11-03', '2026-11-10']],
    ['11月3日', ['2026-11-03']],
  ])('「%s」 gives one item per day', (answer, days) => {
    const items: PendingItem[] = [{ draft: talkWith('liming'), problems: [{ code: 'missing_date' }] }];
    const r = answerFollowUp(items, answer, ctx);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.items.map((i) => [i.draft.date, i.draft.counterpartIds[0], i.problems.length])).toEqual(days.map((d) => [d, 'liming', 0]));
  });

  it('a day still to come among them stays a question for that day', () => {
    const items: PendingItem[] = [{ draft: talkWith('liming'), problems: [{ code: 'missing_date' }] }];
    const r = answerFollowUp(items, '11月20日、11月29日', ctx);
    expect(r.ok && r.items.map((i) => i.problems.map((p) => p.code))).toEqual([[], ['future_date']]);
  });
});

describe('answerFollowUp: who did it', () => {
  const meeting: PendingItem['draft'] = { type: 'meeting_dept', date: '2026-11-20', counterpartIds: [], late: false };

  it('a name among the candidates becomes the doer', () => {
    const items: PendingItem[] = [{ draft: meeting, problems: [{ code: 'ambiguous_actor', text: '副理事长', candidateIds: ['liqiang', 'chenjing', 'liuyang'] }] }];
    const r = answerFollowUp(items, '陈静', ctx);
    expect(r).toMatchObject({ ok: true, items: [{ draft: { actorId: 'chenjing' }, problems: [] }] });
  });

  it('a name outside the candidates does not chair a meeting, and the answer says why', () => {
    const items: PendingItem[] = [{ draft: meeting, problems: [{ code: 'missing_actor', candidateIds: ['liqiang'] }] }];
    expect(answerFollowUp(items, '李明', ctx)).toEqual({ ok: false, why: '「李明」不是单位领导，分管科室党风廉政建设工作会议按主持或主讲的领导记录，未采用。请点下面的姓名，或回复主持（主讲）的领导的姓名；不在名单里请点「不在名单里」。' });
  });

  it('the day answered first leaves the question about the doer open', () => {
    const draft = { type: 'meeting_dept' as const, counterpartIds: [], late: false };
    const items: PendingItem[] = [{ draft, problems: [{ code: 'missing_date' }, { code: 'missing_actor', candidateIds: ['liqiang'] }] }];
    const r = answerFollowUp(items, '昨天', ctx);
    expect(r).toMatchObject({ ok: true, items: [{ draft: { date: '2026-11-21' }, problems: [{ code: 'missing_actor' }] }] });
  });
});

describe('answerFollowUp: the type of an untyped talk with several people', () => {
  const untyped: PendingItem = { draft: { date: '2026-11-28', counterpartIds: ['liming', 'sunli'], title: '条例', late: false }, problems: [{ code: 'missing_type' }] };

  it('a talk type gives one record per person, without the title', () => {
    const r = answerFollowUp([untyped], '廉政谈话', ctx);
    expect(r.ok && r.items.map((i) => [i.draft.type, i.draft.counterpartIds, i.draft.title])).toEqual([
      ['talk_integrity', ['liming'], undefined],
      ['talk_integrity', ['sunli'], undefined],
    ]);
  });

  it('a training type keeps one record and its title', () => {
    const r = answerFollowUp([untyped], '廉政教育', ctx);
    expect(r.ok && r.items.map((i) => [i.draft.type, i.draft.title])).toEqual([['edu_integrity', '条例']]);
  });
});

describe('answerFollowUp: the type and the day in one answer (round 12 F8)', () => {
  const untypedUndated: PendingItem = { draft: { counterpartIds: ['liming'], late: false }, problems: [{ code: 'missing_type' }, { code: 'missing_date' }] };
  it.each([
    ['廉政谈话，今天', 'talk_integrity', '2026-11-22'],
    ['谈心谈话 昨天', 'talk_heart', '2026-11-21'],
    ['廉政谈话11月18日', 'talk_integrity', '2026-11-18'],
  ])('「%s」 fills both', (answer, type, date) => {
    const r = answerFollowUp([untypedUndated], answer, ctx);
    expect(r.ok && r.items.map((i) => [i.draft.type, i.draft.date, i.problems.length])).toEqual([[type, date, 0]]);
  });

  it('the type alone still leaves the day asked', () => {
    const r = answerFollowUp([untypedUndated], '廉政谈话', ctx);
    expect(r.ok && r.items.map((i) => [i.draft.type, i.draft.date, i.problems.map((p) => p.code)])).toEqual([['talk_integrity', undefined, ['missing_date']]]);
  });

  it('a day in the answer never replaces the day the report gave', () => {
    const dated: PendingItem = { draft: { counterpartIds: ['liming'], late: false, date: '2026-11-20' }, problems: [{ code: 'missing_type' }] };
    const r = answerFollowUp([dated], '廉政谈话，今天', ctx);
    expect(r.ok && r.items.map((i) => i.draft.date)).toEqual(['2026-11-20']);
  });
});
