// Round 63 (gcc): the sender says they were only there (我只是在场 · 本人只是陪同 · 我只是做记录): never the doer of the talk.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { withSenderOnlyPresent } from '../../../src/domain/report/senderOnlyPresent.js';
import type { ParseContext, ParsedReport } from '../../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (from: string): ParseContext => ({ now: NOW, directory, senderId: idOf(from), mentions: [] });
const read = (from: string, text: string) => parseReport(text, ctx(from));

describe('withSenderOnlyPresent over parseReport', () => {
  it.each([
    ['赵敏', '今天和王磊谈心 我只是在场', '王磊', ['zhangwei']],
    ['赵敏', '今天和王磊谈心，我只是在场', '王磊', ['zhangwei']],
    ['李娟', '昨天和王强谈了心，本人只是在场', '王强', [idOf('王建国'), idOf('孙丽'), 'zhangwei']],
    ['孙丽', '11.24和王强谈了廉政谈话 我只是旁听', '王强', [idOf('王建国'), 'zhangwei']],
    ['杨帆', '今天和王磊谈心谈话 我只是陪同', '王磊', [idOf('赵敏'), 'zhangwei']],
  ])('%s 「%s」: the talk with %s, its doer asked among the leaders', (from, text, with_, offered) => {
    const got = read(from, text)!;
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.actorId).toBeUndefined();
    expect(got[0]!.draft.counterpartIds).toEqual([idOf(with_)]);
    expect(got[0]!.problems).toEqual([{ code: 'missing_actor', candidateIds: offered }]);
    expect(got[0]!.remarks.join('')).toMatch(/您不是谈话人/);
  });

  it.each([
    ['赵敏', '今天张书记和王磊谈心 我只是在场', 'zhangwei'],
    ['林晓', '11月24日黄书记对孙杰进行了提醒谈话，我只是做记录', idOf('黄志刚')],
  ])('%s 「%s」: the doer named stays, nothing asked', (from, text, doer) => {
    const got = read(from, text)!;
    expect(got[0]!.draft.actorId).toBe(doer);
    expect(got[0]!.problems).toEqual([]);
  });

  it.each([['今天和王磊谈心 只是简单聊了聊'], ['今天和王磊谈心谈话']])('赵敏 「%s」: her own talk, as before', (text) => {
    const got = read('赵敏', text)!;
    expect(got[0]!.draft.actorId).toBeUndefined();
    expect(got[0]!.problems).toEqual([]);
  });

  it('leaves null and other kinds alone', () => {
    expect(withSenderOnlyPresent(null, '我只是在场', ctx('赵敏'))).toBeNull();
    const study: ParsedReport = { draft: { type: 'edu_integrity', date: '2026-11-30', counterpartIds: [], late: false }, problems: [], remarks: [] };
    expect(withSenderOnlyPresent([study], '今天组织学习，我只是在场', ctx('赵敏'))).toEqual([study]);
  });
});
