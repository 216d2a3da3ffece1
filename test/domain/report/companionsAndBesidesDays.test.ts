// Round 44, fixer B (t45a F5/F6): what the corpus notation cannot show — the card names who went along on a check
// (「同行：X（同一次检查，未另记）」, those who 陪同 included) and says when a deed added with 另外/此外 took the day of the deed before (「日期沿用上一句」).
// The records themselves are rows of corpusFortyFourB.ts.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOV_30 = new Date('2026-11-30T10:00:00+08:00');
const remarks = (from: string, text: string) =>
  (parseReport(text, { now: NOV_30, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] }) ?? []).flatMap((r) => r.remarks);
const along = (names: string) => `同行：${names}（同一次检查，未另记）`;

describe('a check done by two names the one who went along (t45a F6)', () => {
  it.each([
    ['王强', '昨天跟孙科长一起去康复中心查了专项资金使用情况', '您本人'],
    ['李娟', '11月24日和孙科长一起到康复部查了专项资金使用情况', '您本人'],
    ['张颖', '11月25日周部长和我一起到维权部检查了作风纪律', '您本人'],
    ['林晓', '11月19日陪同黄书记到康复中心检查了考勤', '您本人'],
    ['林晓', '11月26日黄书记带我到办公室检查了考勤', '您本人'],
    ['黄志刚', '11月23日林晓陪同我到财务科检查了公车使用情况', '林晓'],
    ['黄志刚', '11月20日和林晓一起去教就部抽查了考勤', '林晓'],
    ['胡军', '11月25日黄书记和林晓一起到宣文部检查了考勤', '林晓'],
    ['刘芳', '11月27日带林晓到宣文部开展了作风纪律检查', '林晓'],
    ['王芳', '11月26日李主任带林晓到财务科检查了考勤', '林晓'],
    ['孙丽', '11月26日我和王强一起到办公室检查了报销凭证', '王强'],
    ['黄志刚', '序号\t检查时间\t检查内容\t被检查科室\t检查人\n1\t11月18日\t作风纪律检查\t康复部\t黄志刚、林晓\n2\t11月25日\t专项资金检查\t财务科\t黄志刚', '林晓'],
    ['王芳', '检查日期\t被检查部门\t检查事项\t检查人\n11月10日\t财务科\t公车使用\t林晓、胡军', '胡军'],
    // Those a named leader led.
    ['王芳', '11月26日在黄书记的带领下，我们和林晓一起对财务科专项资金使用情况进行了检查', '林晓、您本人'],
    ['胡军', '11月25日在黄书记带领下，林晓和王芳一起到财务科检查了考勤', '林晓、王芳'],
    ['孙丽', '11月26日黄书记带队，我和王强对办公室进行了专项资金检查', '王强、您本人'],
    // Those who 陪同 in a clause of their own, or before the doer, hosts at their own unit included.
    ['张伟', '11月24日到财务科检查了作风纪律，王建国副理事长陪同', '王建国'],
    ['王强', '11月17号王副理事长来科里检查了专项资金使用情况，孙科长和我陪同', '孙丽、您本人'],
    ['胡军', '11月19日黄志刚书记对办公室考勤进行了抽查，李主任和我陪同检查', '李明、您本人'],
    ['胡军', '11月27日上午，王建国副理事长一行深入财务科开展专项资金检查，办公室主任李明陪同。', '李明'],
    ['徐辉', '11月26日何主任陪同赵敏书记来中心检查了考勤', '何平'],
    ['刘洋', '11月26日吴部长陪同刘芳副理事长到康复部检查了公车使用情况', '吴静'],
  ])('%s「%s」: %s', (from, text, names) => {
    expect(remarks(from, text)).toContain(along(names));
  });

  it.each([
    // A talk held by two (jointDoers' and companionsApart's own remark), a visit that is no check, a check done alone.
    ['孙丽', '11月26日我和王建国副理事长一起跟王强进行了廉政谈话'],
    ['陈静', '11月24日，陈志强副理事长到教育就业部督导，郑华部长陪同，随后与郑华进行了廉政谈话。'],
    ['黄志刚', '11月20日到教就部抽查了考勤'],
  ])('%s「%s」: no one named as gone along', (from, text) => {
    expect(remarks(from, text).some((m) => m.startsWith('同行：'))).toBe(false);
  });
});

describe('a deed added with 另外/此外 and no day of its own says it took the day before (t45a F5)', () => {
  it.each([
    ['吴静', '周一部门学习，组织学了新修订的《中国共产党纪律处分条例》，刘洋做了发言,另外我还单独跟刘洋谈了次心', '11-30'],
    ['周涛', '11月20日组织部门学习了《廉洁自律准则》，另外和张颖谈了心', '11-20'],
    ['冯雪', '上周二组织部门观看了警示教育片《警钟》，此外我还与赵磊进行了谈心谈话', '11-24'],
    ['何平', '11月18日和徐辉进行了廉政谈话，另外与孙杰也谈了心', '11-18'],
    ['郑华', '11月23日组织全部门学习《中国共产党纪律处分条例》。另外我跟陈静谈了一次心', '11-23'],
    ['孙丽', '11月19日组织科室学习了《廉洁自律准则》，除此之外还和李娟进行了谈心谈话', '11-19'],
  ])('%s「%s」', (from, text, day) => {
    expect(remarks(from, text)).toContain(`日期沿用上一句：${day}`);
  });

  it.each([
    ['周涛', '11月20日组织部门学习了《廉洁自律准则》，会后另外和张颖谈了心'],
    ['周涛', '11月20日组织部门学习了《廉洁自律准则》，当天另外和张颖谈了心'],
    ['周涛', '11月20日组织部门学习了《廉洁自律准则》，随后和张颖谈了心'],
    ['周涛', '11月20日组织部门学习了《廉洁自律准则》，另外11月24日和张颖谈了心'],
  ])('%s「%s」: tied to the day or a day of its own, no remark', (from, text) => {
    expect(remarks(from, text).some((m) => m.startsWith('日期沿用上一句'))).toBe(false);
  });
});
