// 「周滔和张颖今天谈了谈心」 from a third person (round 64, gde): one talk whose doer is asked, the sound-alike offered.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { createDirectory } from '../../../src/domain/organization.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (from: string, text: string, dir = directory) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory: dir, senderId: idOf(from), mentions: [] })!;

describe('withSoundAlikeTalkerAsked', () => {
  it.each([
    ['刘芳', '周滔和张颖今天谈了谈心', '周滔', ['zhoutao'], ['zhangying']],
    ['刘芳', '周滔今天和张颖谈了谈心', '周滔', ['zhoutao'], ['zhangying']],
    ['刘芳', '昨天周滔和张颖进行了廉政谈话', '周滔', ['zhoutao'], ['zhangying']],
    ['刘芳', '吴晶和刘洋今天谈了谈心', '吴晶', ['wujing'], ['liuyang']],
    ['陈志强', '郑化和陈静今天进行了廉政谈话', '郑化', ['zhenghua'], ['chenjing']],
  ])('%s「%s」: one talk, 「%s」 asked as its doer among %j', (from, text, said, candidateIds, counterpartIds) => {
    const got = read(from, text);
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.counterpartIds).toEqual(counterpartIds);
    expect(got[0]!.draft.actorId).toBeUndefined();
    expect(got[0]!.problems[0]).toEqual({ code: 'ambiguous_actor', text: said, candidateIds });
    expect(got[0]!.reasons).toContain('third_person');
    expect(got[0]!.remarks.at(-1)).toMatch(/如是您本人分别和两人谈话的，请点「修改」/);
  });

  it('周滔和我… (unknownTalker\'s shape) offers 周涛 as the doer too, the sender talked to', () => {
    const got = read('刘芳', '周滔和我今天谈了谈心');
    expect(got[0]!.draft.counterpartIds).toEqual(['liufang']);
    expect(got[0]!.problems).toEqual([{ code: 'ambiguous_actor', text: '周滔', candidateIds: ['zhoutao'] }]);
  });

  it('a signing says 签订', () => {
    expect(read('刘芳', '周滔和张颖签订了责任书')[0]!.remarks.at(-1)).toMatch(/签订记录；如是您本人分别和两人签订的/);
  });

  it.each([
    ['刘芳', '周三和张颖谈了谈心', 'talk_heart', ['zhangying']], // 周三 is a day
    ['刘芳', '周五和张颖进行了廉政谈话', 'talk_integrity', ['zhangying']],
    ['刘芳', '王府井和张颖谈了谈心', 'talk_heart', ['zhangying']], // no one sounds like 王府井
    ['刘芳', '今天和周涛、张颖谈了谈心', 'talk_heart', ['zhoutao']], // the sender with both, written so
  ])('near-miss %s「%s」: no doer asked', (from, text, type, counterpartIds) => {
    const got = read(from, text);
    expect(got[0]!.draft.type).toBe(type);
    expect(got[0]!.draft.counterpartIds).toEqual(counterpartIds);
    expect(got.flatMap((r) => r.problems).some((p) => p.code === 'ambiguous_actor')).toBe(false);
  });

  it('a real directory name always wins: with 张英 in the directory too, 「张英和周涛…」 offers no sound-alike (whose talk asked between 张英 and 周涛, round 65)', () => {
    const org = directory.org;
    const both = createDirectory({ ...org, people: [...org.people, { ...org.people.find((p) => p.id === 'liuyang')!, id: 'zhangying2', name: '张英', title: '康复部科员', openId: 'ou_zhangying2' }] });
    const got = read('刘芳', '张英和周涛今天谈了谈心', both);
    // Round 65 (geb): 张英 (康复部科员) and 周涛 (组联部部长), neither above the other, wrote no doer: whose talk is asked between
    // the two directory people (talkPairAsked); still no sound-alike offered.
    expect(got.flatMap((r) => r.problems)).toEqual([{ code: 'missing_actor', candidateIds: ['zhangying2', 'zhoutao'] }]);
    expect(got[0]!.draft.counterpartIds).toEqual(['zhangying2', 'zhoutao']);
    const plain = read('刘芳', '今天和张英进行了廉政谈话', both);
    expect(plain[0]!.draft.counterpartIds).toEqual(['zhangying2']);
    expect(plain[0]!.problems).toEqual([]);
  });
});
