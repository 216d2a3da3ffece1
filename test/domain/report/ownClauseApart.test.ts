import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { withOwnClauseApart } from '../../../src/domain/report/ownClauseApart.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const ctx = (sender: string): ParseContext => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === sender)!.id, mentions: [] });

describe('withOwnClauseApart', () => {
  it('a second clause with a day of its own goes on a line of its own, its 也 dropped, a bare 谈过 of the same doer given the first clause\'s words (t63b X2)', () => {
    expect(withOwnClauseApart('昨天和刘洋谈了话 上周也跟王建国副理事长谈过', ctx('吴静'))).toBe('昨天和刘洋谈了话\n上周跟王建国副理事长谈了话');
    expect(withOwnClauseApart('11.26和刘洋谈了心，24号也跟刘芳副理事长谈过', ctx('吴静'))).toBe('11.26和刘洋谈了心\n24号跟刘芳副理事长谈了心');
  });
  it('a new subject is the second deed\'s doer, on the first clause\'s day (fbc)', () => {
    expect(withOwnClauseApart('11月27日王建国副理事长与孙丽进行了廉政谈话，孙丽科长随后与王强进行了廉政谈话', ctx('林晓'))).toBe(
      '11月27日王建国副理事长与孙丽进行了廉政谈话\n11月27日孙丽科长与王强廉政谈话',
    );
    expect(withOwnClauseApart('11月27日，王副理事长与孙科长进行了廉政谈话；孙科长随后与王强进行了廉政谈话。', ctx('林晓'))).toContain('\n11月27日孙科长与王强廉政谈话');
  });
  it('同一天还找我也谈了 is the first doer\'s on that day, with the first deed\'s words (fbe)', () => {
    expect(withOwnClauseApart('孙科长上周三找王强谈了心，同一天还找我也谈了', ctx('李娟'))).toBe('孙科长上周三找王强谈了心\n上周三孙科长找我谈了心');
    expect(withOwnClauseApart('何主任11月20日与孙杰签了承诺书，同一天还与我也签了', ctx('徐辉'))).toBe('何主任11月20日与孙杰签了承诺书\n11月20日何主任与我签了承诺书');
    expect(withOwnClauseApart('孙科长上周三找王强谈了心，当天还找了我谈', ctx('李娟'))).toBe('孙科长上周三找王强谈了心\n上周三孙科长找我谈了心');
  });
  it('第二天 is counted from the first clause\'s day', () => {
    expect(withOwnClauseApart('11月20日刘芳副理事长与周涛进行了廉政谈话，周涛部长第二天与张颖进行了谈心谈话', ctx('黄志刚'))).toBe(
      '11月20日刘芳副理事长与周涛进行了廉政谈话\n11月21日周涛部长与张颖谈心谈话',
    );
  });
  it('a relayed talk (她说…也找她谈过) is the one she named with her, its kind left to ask (t63b X1)', () => {
    expect(withOwnClauseApart('今天和张颖 谈了心 她说上周二 刘芳副理事长也找她谈过', ctx('周涛'))).toBe('今天和张颖 谈了心\n上周二刘芳副理事长找张颖谈过');
  });
  it('签订后我又和他们谈了话: the sender\'s own talk with those signed, on that day', () => {
    expect(withOwnClauseApart('11月20日张书记与李明、孙丽签订了责任书，签订后我又和他们谈了话', ctx('黄志刚'))).toBe('11月20日张书记与李明、孙丽签订了责任书\n11月20日我和李明、孙丽谈了话');
  });
  it('another doer\'s bare 也谈过 takes the kind just told, as the house reads 也谈了; a signing\'s words never go to a talk', () => {
    expect(withOwnClauseApart('今天和陈静谈了心，陈副理事长上周也找我谈过', ctx('郑华'))).toBe('今天和陈静谈了心\n上周陈副理事长找我谈了心');
    expect(withOwnClauseApart('11月20日张书记与李明签订了责任书，签订后我又和李明谈了话', ctx('黄志刚'))).toBe('11月20日张书记与李明签订了责任书\n11月20日我和李明谈了话');
  });
  it('leaves a second clause with nothing of its own, a companion, a pronoun clause and two people of one deed', () => {
    for (const text of ['上周和李明谈了话 也和孙丽谈了', '11月20日和李明谈了话，也和孙丽谈了', '昨天和刘洋谈了话，王芳也参加了', '昨天和刘洋、王芳谈了话', '昨天和刘洋谈了话，他们俩都谈了', '今天和张颖谈了心，她说最近工作压力大', '到财务科与孙丽谈了话，随后张书记与王强谈了话'])
      expect(withOwnClauseApart(text, ctx('王建国'))).toBe(text);
  });
  it('steps aside for the readers that already answer: a new subject over ； with nothing going on, a lone 她 of the same doer or after two', () => {
    for (const text of ['11月5日张伟与赵敏廉政谈话；刘芳与周涛谈心谈话', '上周一和周涛进行了廉政谈话，周四又和她谈心谈话', '上周三和王强、孙丽谈心谈话，11月27日又和她签了责任书'])
      expect(withOwnClauseApart(text, ctx('刘芳'))).toBe(text);
  });
  it('a later bare weekday after 上周X is last week\'s; an earlier one this week\'s', () => {
    expect(withOwnClauseApart('上周二和周涛谈了心；周四又和吴静进行了廉政谈话', ctx('刘芳'))).toBe('上周二和周涛谈了心\n上周四和吴静廉政谈话');
    expect(withOwnClauseApart('上周二和周涛谈了心；周一又和吴静进行了廉政谈话', ctx('刘芳'))).toBe('上周二和周涛谈了心\n周一和吴静廉政谈话');
  });
  it('a relayed talk with no day of its own is asked its day, never the sender\'s', () => {
    expect(withOwnClauseApart('今天和张颖谈了心，她说刘芳副理事长也找她谈过', ctx('周涛'))).toBe('今天和张颖谈了心\n刘芳副理事长找张颖谈过');
  });
});
