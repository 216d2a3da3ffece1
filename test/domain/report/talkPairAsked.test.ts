import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const ctx = (sender: string): ParseContext => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === sender)!.id, mentions: [] });
const read = (sender: string, text: string) => parseReport(text, ctx(sender)) ?? [];
const seen = (sender: string, text: string) => read(sender, text).map((r) => [r.draft.actorId, r.draft.counterpartIds.join(), r.problems.map((p) => p.code).join()]);

describe('withTalkPairAsked (through parseReport)', () => {
  it('neither above the other: whose talk asked between the two, both kept until the answer', () => {
    expect(seen('刘芳', '周涛和王磊今天谈了谈心')).toEqual([[undefined, 'zhoutao,wanglei', 'missing_actor']]);
    expect(seen('林晓', '孙丽和周涛上周二谈了谈心')).toEqual([[undefined, 'sunli,zhoutao', 'missing_actor']]);
    const [r] = read('刘芳', '周涛和王磊今天谈了谈心');
    expect(r!.problems[0]).toEqual({ code: 'missing_actor', candidateIds: ['zhoutao', 'wanglei'] });
  });
  it('one the other\'s head: the head\'s talk, the card saying it was read that way', () => {
    expect(seen('刘芳', '周涛和张颖今天谈了谈心')).toEqual([['zhoutao', 'zhangying', '']]);
    expect(read('刘芳', '周涛和张颖今天谈了谈心')[0]!.remarks).toContain('消息里「周涛和张颖」没写是谁谈的，按上级周涛与张颖谈心记录；不对请点「修改」');
    expect(seen('林晓', '郑华跟陈静昨天谈了心')).toEqual([['zhenghua', 'chenjing', '']]);
  });
  it('near-misses: the sender\'s pair, two attendees, 与 or 进行了 with a doer first, 都 after, one who only took part', () => {
    expect(seen('刘芳', '我和周涛今天谈了谈心')).toEqual([[undefined, 'zhoutao', '']]);
    expect(seen('刘芳', '周涛与王磊今天进行了廉政谈话')).toEqual([['zhoutao', 'wanglei', '']]);
    // The written form (进行了…谈话) keeps its doer first; 都/两个人 after the pair tell of several talks.
    expect(seen('刘芳', '周涛部长和王磊部长昨天进行了廉政谈话')).toEqual([['zhoutao', 'wanglei', '']]);
    expect(seen('张伟', '上周一王建国和刘芳谈了话，都是廉政谈话')).toEqual([['wangjianguo', 'liufang', '']]);
    expect(read('刘芳', '周涛和张颖参加了廉政党课').map((r) => r.draft.type)).toEqual(['edu_lecture']);
    expect(read('林晓', '周涛和张颖今天一起参加了廉政谈话')[0]!.remarks.join()).not.toMatch(/没写是谁谈的/);
  });
});
