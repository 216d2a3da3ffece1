// Who only chaired or recorded a talk is neither its doer nor its only party (round 36, t36a F6).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withoutTalkChair } from '../../../src/domain/report/talkChairApart.js';

const directory = loadConfig('config').directory;
const ctx = (from: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] });

describe('a talk chair or recorder apart', () => {
  it.each([
    ['王强', '11月27日王建国副理事长到财务科与全科同志进行集体廉政谈话，孙丽科长主持。', '11月27日王建国副理事长到财务科与全科同志进行集体廉政谈话。', '孙丽'],
    ['李娟', '王建国副理事长到财务科与全科同志开展集体廉政谈话，孙丽科长主持，李娟记录。', '王建国副理事长到财务科与全科同志开展集体廉政谈话。', '孙丽、李娟'],
    ['周涛', '11月27日到组联部与全部门同志进行集体廉政谈话，张颖主持。', '11月27日到组联部与全部门同志进行集体廉政谈话。', '张颖'],
    ['陈静', '陈志强副理事长到教育就业部与郑华部长进行廉政谈话，陈静同志负责记录', '陈志强副理事长到教育就业部与郑华部长进行廉政谈话', '陈静'],
    // Round 46, frc (a round-45 left-alone: dropped without a word): where the recorder was (在场 · 现场) may stand between.
    ['张伟', '今天和王建国进行了廉政谈话，胡军在场记录', '今天和王建国进行了廉政谈话', '胡军'],
    ['李明', '11月26日和王芳进行了谈心谈话，胡军现场记录。', '11月26日和王芳进行了谈心谈话。', '胡军'],
  ])('%s「%s」', (from, text, rest, names) => {
    const got = withoutTalkChair(text, ctx(from));
    expect(got?.text).toBe(rest);
    expect(got?.remarks[0]).toContain(`${names}主持或记录这次谈话`);
    expect(got?.companions).toEqual([]);
  });

  it.each([
    ['孙丽', '11月20日与全科同志进行集体廉政谈话，王建国副理事长主持。'],
    ['孙丽', '11月20日召开集体廉政谈话会，王建国副理事长主持并讲话，全科同志参加。'],
    ['孙丽', '11月27日组织全科同志学习《会计法》，王强主持。'],
    ['李娟', '11月20日和孙丽科长谈心谈话，王强也参加了。'],
  ])('%s「%s」 is left whole', (from, text) => {
    expect(withoutTalkChair(text, ctx(from))).toBeUndefined();
  });
});
