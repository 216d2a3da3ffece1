// Answers naming several of the people a 「…」是哪一位？ question offered (round 33c, A18b: 「王芳和胡军两个人都谈了」 was read
// as a new report and the waiting one dropped), with the near-misses that keep their old reading.
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { offeredPeopleAnswer } from '../../../src/domain/report/offeredPeopleAnswer.js';
import { contextFor, fixtureDirectory } from '../../support/fixtureOrg.js';

const OFFERED = ['wangjuan', 'wanggang'];

describe('offeredPeopleAnswer', () => {
  it.each([
    ['王娟和王刚两个人都谈了', { ids: ['wangjuan', 'wanggang'] }],
    ['王刚、王娟都谈了。', { ids: ['wangjuan', 'wanggang'] }],
    ['是王娟和王刚两位', { ids: ['wangjuan', 'wanggang'] }],
    ['两个都是', { ids: ['wangjuan', 'wanggang'] }],
    ['都谈了', { ids: ['wangjuan', 'wanggang'] }],
    ['三个都是', { unclear: true }],
    ['王娟和何静', { unoffered: ['何静'] }],
  ])('「%s」 → %j', (answer, expected) => {
    expect(offeredPeopleAnswer(answer, OFFERED, fixtureDirectory)).toEqual(expected);
  });

  it.each([
    ['王娟'],
    ['11月20日和王娟、王刚都谈了廉政谈话'],
    ['和王娟、王刚进行了廉政谈话'],
    ['不在名单里'],
    ['都不是'],
  ])('「%s」 is no answer of this kind (the other readings apply)', (answer) => {
    // 都不是 is 不在名单里's; a day or a kind of talk makes it a report of its own.
    expect(offeredPeopleAnswer(answer, OFFERED, fixtureDirectory)).toBeUndefined();
  });

  it('都 of three offered, with no count said, is unclear', () => {
    expect(offeredPeopleAnswer('都谈了', ['wangjuan', 'wanggang', 'wanglei'], fixtureDirectory)).toEqual({ unclear: true });
    expect(offeredPeopleAnswer('三个人都谈了', ['wangjuan', 'wanggang', 'wanglei'], fixtureDirectory)).toEqual({ ids: ['wangjuan', 'wanggang', 'wanglei'] });
  });
});

describe('answerFollowUp with several offered people named', () => {
  const ctx = contextFor('liming');
  const talk: PendingItem = { draft: { type: 'talk_heart', date: '2026-11-20', counterpartIds: [], late: false }, problems: [{ code: 'ambiguous_counterpart', text: '财务科的同志', candidateIds: OFFERED }] };

  it('each one named gets the talk', () => {
    const r = answerFollowUp([talk], '王娟和王刚两个人都谈了', ctx);
    expect(r.ok && r.items.map((i) => [i.draft.counterpartIds, i.draft.departmentId, i.problems.length])).toEqual([
      [['wangjuan'], 'finance', 0],
      [['wanggang'], 'finance', 0],
    ]);
  });

  it('a name not offered asks again and says whom', () => {
    const r = answerFollowUp([talk], '王娟和何静', ctx);
    expect(r).toMatchObject({ ok: false, why: expect.stringContaining('「何静」不在这次可选的人里（王娟、王刚）') });
  });

  it('whose talk it was: two leaders named each get the talk', () => {
    const item: PendingItem = { draft: { type: 'talk_integrity', date: '2026-11-20', counterpartIds: ['wanggang'], late: false }, problems: [{ code: 'ambiguous_actor', text: '副理事长', candidateIds: ['liqiang', 'chenjing', 'liuyang'] }] };
    const r = answerFollowUp([item], '李强和陈静都谈了', contextFor('hejing'));
    expect(r.ok && r.items.map((i) => [i.draft.actorId, i.draft.counterpartIds])).toEqual([
      ['liqiang', ['wanggang']],
      ['chenjing', ['wanggang']],
    ]);
  });

  it('one meeting is chaired by one: two named are asked again', () => {
    const item: PendingItem = { draft: { type: 'meeting_dept', date: '2026-11-20', counterpartIds: [], late: false }, problems: [{ code: 'ambiguous_actor', text: '副理事长', candidateIds: ['liqiang', 'chenjing', 'liuyang'] }] };
    expect(answerFollowUp([item], '李强和陈静', contextFor('hejing'))).toMatchObject({ ok: false, why: expect.stringContaining('按一位主持（主讲）的人记录') });
  });
});
