// Round 64, gda: a name no one of the directory is, in a clause of who was there or away, is said back, never dropped.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { unlistedPresentNames, withoutUnlistedPresent, withUnlistedPresentSaid } from '../../../src/domain/report/unlistedPresentNames.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-12-07T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string) => ({ now: NOW, directory, senderId: id(sender), mentions: [] });
const words = (text: string, sender = '刘芳') => unlistedPresentNames(text, ctx(sender)).map((s) => s.words);

describe('unlistedPresentNames', () => {
  it('finds unlisted names in away, presence and except clauses after a deed', () => {
    expect(words('昨天下午跟周涛谈心谈话了 张三不在')).toEqual(['张三']);
    expect(words('昨天跟周涛谈心谈话了，张三同志也参加了')).toEqual(['张三']);
    expect(words('昨天和周涛谈心，张三、李四都不在')).toEqual(['张三', '李四']);
    expect(words('昨天和周涛谈心 张三李四不在')).toEqual(['张三', '李四']);
    expect(words('昨天跟周涛谈心谈话了 张三 李四都不在')).toEqual(['张三', '李四']);
    expect(words('昨天和周涛谈心，除了张三')).toEqual(['张三']);
    expect(words('上周二和周涛谈心谈话 张三除外')).toEqual(['张三']);
    expect(words('昨天和周涛谈心（张三也在）')).toEqual(['张三']);
    expect(words('今天和周涛谈了心，区纪委张三同志参加')).toEqual(['区纪委张三']);
  });

  it('leaves the directory\'s people, pronouns, places and clauses of no presence alone', () => {
    expect(words('今天和王磊谈了 李明不在', '张伟')).toEqual([]);
    expect(words('和周涛谈了 他不在办公室 去的组联部')).toEqual([]);
    expect(words('今天和周涛谈了心 张家港来的同志也参加了')).toEqual([]);
    expect(words('昨天和周涛谈了心 张家港同志也在')).toEqual([]);
    // A directory name with a word after it is that person's clause (a plan put off: 还没来得及谈).
    expect(words('上周四找赵磊谈了话 廉政谈话 陈静还没来得及谈', '冯雪')).toEqual([]);
    // The directory's own people behind a body's name (机关纪委黄志刚书记参加: a check's companion) are no outsiders.
    expect(words('11月18日到组联部检查作风纪律，机关纪委黄志刚书记参加')).toEqual([]);
    expect(words('昨天和周涛谈了心，大家都在')).toEqual([]);
    expect(words('昨天和周涛谈心 周末也在加班')).toEqual([]);
    // No deed before: a lone presence sentence is nothing read here.
    expect(words('张三不在')).toEqual([]);
    // A sound-alike of the unit written is companionsApart's (康复部吴晶 is 吴静).
    expect(words('昨天和周涛谈心谈话了 康复部吴晶也一起')).toEqual([]);
  });

  it('says a sound-alike of another unit with the unit and the one it may be', () => {
    const [said] = unlistedPresentNames('昨天和周涛谈心谈话了 财务科吴晶也一起', ctx('刘芳'));
    expect(said!.remark).toBe('「财务科吴晶」：财务科没有吴晶，是不是康复部的吴静？未记入；如也和吴静谈了，请点「修改」加上');
    const [away] = unlistedPresentNames('昨天和周涛谈心谈话了 财务科吴晶不在', ctx('刘芳'));
    expect(away!.remark).toBe('「财务科吴晶」：财务科没有吴晶，是不是康复部的吴静？未记入');
  });

  it('says a nickname as unsure, offering the edit only for one who was there', () => {
    expect(unlistedPresentNames('24号和李明谈了心 老王也在', ctx('王建国'))[0]!.remark).toBe('「老王」说不准是通讯录里的哪一位，未记入；如也和其谈了，请点「修改」加上');
    expect(unlistedPresentNames('11.24跟周涛谈心谈话了 小张不在', ctx('刘芳'))[0]!.remark).toBe('「小张」说不准是通讯录里的哪一位，未记入');
  });
});

describe('withoutUnlistedPresent', () => {
  it('takes unlisted names out of a list and whole clauses of them, nicknames kept', () => {
    expect(withoutUnlistedPresent('昨天和王芳谈心谈话，胡军、张三也在', ctx('李明'))).toBe('昨天和王芳谈心谈话，胡军也在');
    expect(withoutUnlistedPresent('上周二和李娟谈心谈话 张三出差了没谈', ctx('孙丽'))).toBe('上周二和李娟谈心谈话');
    expect(withoutUnlistedPresent('昨天跟周涛谈心谈话了 张三 李四都不在', ctx('刘芳'))).toBe('昨天跟周涛谈心谈话了');
    expect(withoutUnlistedPresent('11.24跟周涛谈心谈话了 小张不在', ctx('刘芳'))).toBeUndefined();
    expect(withoutUnlistedPresent('今天和王磊谈了 李明不在', ctx('张伟'))).toBeUndefined();
  });
});

describe('withUnlistedPresentSaid', () => {
  const talk = (): ParsedReport[] => [{ draft: { type: 'talk_heart', date: '2026-12-06', counterpartIds: [id('周涛')], late: false }, problems: [], remarks: ['消息里的「财务科」没有对应到任何记录，请核对是否漏记'], reasons: ['leftover'] }];

  it('adds the note on a card and takes the unit\'s leftover note as that name\'s', () => {
    const got = withUnlistedPresentSaid(talk(), '昨天和周涛谈心谈话了 财务科吴晶也一起', ctx('刘芳'))!;
    expect(got[0]!.remarks).toEqual(['「财务科吴晶」：财务科没有吴晶，是不是康复部的吴静？未记入；如也和吴静谈了，请点「修改」加上']);
    expect(got[0]!.reasons).toContain('present_named');
  });

  it('says nothing twice, and leaves null and messages with none alone', () => {
    const asked: ParsedReport[] = [{ ...talk()[0]!, remarks: [], problems: [{ code: 'unknown_counterpart', text: '张三' }] }];
    expect(withUnlistedPresentSaid(asked, '昨天和周涛、张三谈了心，张三也在', ctx('刘芳'))).toBe(asked);
    expect(withUnlistedPresentSaid(null, '昨天和周涛谈心 张三不在', ctx('刘芳'))).toBeNull();
    const plain = talk();
    expect(withUnlistedPresentSaid(plain, '昨天和周涛谈心谈话了', ctx('刘芳'))).toBe(plain);
  });

  it('end to end in parseReport: the talk on a card, the name said back', () => {
    const got = parseReport('昨天下午跟周涛谈心谈话了 张三不在', ctx('刘芳'))!;
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.counterpartIds])).toEqual([['talk_heart', '2026-12-06', [id('周涛')]]]);
    // Round 64, gdh (t67a F5): 张三 was said away, so the card's reason is away_named, never 「在场的人」.
    expect(got[0]!.remarks).toContain('「张三」不在通讯录里，未记入（消息说当时不在场）');
    expect(got[0]!.reasons).toContain('away_named');
    expect(got[0]!.reasons).not.toContain('present_named');
  });
});

describe('round 65, gec: a surname and a post no one holds, a nickname of no surname held', () => {
  it('张主任 (no 张 is a 主任) in a presence or away clause is said back, never one talked to', () => {
    expect(unlistedPresentNames('上周二和李明谈了廉政谈话 张主任也在', ctx('张伟')).map((s) => s.remark)).toEqual(['「张主任」不在通讯录里，未记入']);
    expect(words('昨天和吴静谈心谈话 王主任也在')).toEqual(['王主任']);
    expect(words('今天和孙丽谈了廉政谈话，张科长陪同', '黄志刚')).toEqual(['张科长']);
    const got = parseReport('上周二和李明谈了廉政谈话 张主任也在', ctx('张伟'))!;
    expect(got.map((r) => [r.draft.type, r.draft.counterpartIds, r.problems.length])).toEqual([['talk_integrity', [id('李明')], 0]]);
    expect(got[0]!.reasons).toContain('present_named');
  });

  it('leaves a surname and post someone holds (何主任 · 李主任) to the readers of companions', () => {
    expect(words('上周二和李明谈了廉政谈话 何主任也在', '张伟')).toEqual([]);
    expect(words('今天和王磊谈心谈话 李主任也在', '赵敏')).toEqual([]);
  });

  it('小钱 (no 钱 in the directory) is not in it; 小王 (several 王) stays 说不准', () => {
    expect(unlistedPresentNames('今天和周涛谈了谈心 小钱也在', ctx('刘芳')).map((s) => s.remark)).toEqual(['「小钱」不在通讯录里，未记入']);
    expect(unlistedPresentNames('今天和周涛谈了谈心 小王也在', ctx('刘芳')).map((s) => s.remark)).toEqual(['「小王」说不准是通讯录里的哪一位，未记入；如也和其谈了，请点「修改」加上']);
  });

  it('小何 (the one 何) beside a talk: a guess said on the card, the talk with 周涛 alone', () => {
    const got = parseReport('今天和周涛谈了谈心 小何也在', ctx('刘芳'))!;
    expect(got.map((r) => r.draft.counterpartIds)).toEqual([[id('周涛')]]);
    expect(got[0]!.remarks).toContain('「小何」应是何平（通讯录里姓何的只有这一位），不是的请点「修改」');
    expect(got[0]!.reasons).toContain('present_named');
  });
});
