// The safety net: a message whose days, people, types or titles are not all used by the records read from it is never recorded at once.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] });

describe('unaccounted words send the message to the card', () => {
  it.each([
    ['李明', '11月20日在办公室，王建国副理事长听取了我的述职，并与胡军谈心谈话'],
    ['李明', '11月3日向王建国副理事长汇报了党风廉政建设工作，并与王芳谈心谈话'],
    ['郑华', '11月15日陪同陈志强副理事长到维权部检查，11月16日和陈静谈心'],
    ['张伟', '11月9日讲授廉政党课，11月10日观看警示教育片《蜕变》后与赵敏交流'],
    ['王磊', '杨帆11月20日写了廉政心得体会，我和她谈了谈心'],
    ['孙丽', '昨天和王强谈心谈话，前天刘芳副理事长来科里检查'],
    ['吴静', '11月18日与刘洋廉政谈话，周涛部长听取了汇报'],
    ['何平', '今天组织观看《蜕变》《镜鉴》，与徐辉谈心谈话'],
    ['吴静', '今天和刘洋的爱人进行了家访廉政谈话'],
    // A group of the directory no record took (its people neither doers nor counterparts).
    ['胡军', '11月20日，班子成员带头向党组书面报告了个人有关事项'],
  ])('%s：%s', (from, text) => {
    const got = read(from, text);
    expect(got).not.toBeNull();
    const incomplete = got!.some((r) => r.problems.length > 0);
    // Either a question is asked, or the card is shown: never recorded at once.
    expect(incomplete || confirmReasons(got!, text).includes('leftover')).toBe(true);
  });

  it.each([
    ['李明', '今天和王建国进行了廉政谈话'],
    ['陈志强', '11月10日，我主持召开分管科室党风廉政建设工作会议，郑华、冯雪参加'],
    ['李明', '今天上午，我和王芳、胡军一起观看了警示教育片'],
    ['黄志刚', '今天带领林晓开展作风纪律检查'],
    ['张伟', '今天与王建国、刘芳同志分别进行了谈心谈话'],
    ['周涛', '11月20日组织组联部观看警示教育片《迷途》，参加6人'],
    ['王磊', '今天给杨帆做了廉政谈话'],
    ['何平', '今天上午和徐辉，下午和孙杰分别谈心'],
    // Someone who only sat in is read as such (no counterpart), so nothing is left over.
    ['周涛', '昨天与张颖谈心谈话，吴静部长也在场'],
    ['郑华', '昨天和陈静进行了谈心谈话，王磊也参加了'],
  ])('everything used, nothing extra: %s：%s', (from, text) => {
    const got = read(from, text)!;
    expect(confirmReasons(got, text)).not.toContain('leftover');
  });
});

describe('the card says which day, type or title was left over, and never a name', () => {
  const remarks = (from: string, text: string) => read(from, text)!.flatMap((r) => r.remarks).join('\n');

  it.each([
    ['王磊', '11月3日与杨帆廉政谈话，11月10日陪同检查', '「11月10日」'],
    // Round 36: 来科里检查 is now a check of its own, asked its type (its 前天 taken); a visit still gives no record.
    ['孙丽', '昨天和王强谈心谈话，前天刘芳副理事长来科里调研', '「前天」'],
    // Round 30g, A22: a type only guessed from the member's words is named by those words, not by the catalogue's.
    ['王建国', '11月20日到财务科主持召开分管科室党风廉政建设工作会议，会议通报了近期典型案例', '「通报了近期典型案例」'],
    // (刘芳's 分管科室会议 naming 财务科, not hers, is named once by the meeting's own remark: unitDepartments.test.ts, k16.)
  ])('%s：%s → %s', (from, text, words) => {
    const said = remarks(from, text);
    expect(said).toContain('没有对应到任何记录');
    expect(said).toContain(words);
  });

  it.each([
    ['李明', '11月20日在办公室，王建国副理事长听取了我的述职，并与胡军谈心谈话'],
    ['郑华', '昨天和陈静进行了谈心谈话，王磊也参加了'],
    ['吴静', '今天和刘洋的爱人进行了家访廉政谈话'],
    // A group of the directory no record took (its people neither doers nor counterparts).
    ['胡军', '11月20日，班子成员带头向党组书面报告了个人有关事项'],
  ])('only people left over: the generic reason, no words quoted — %s：%s', (from, text) => {
    expect(remarks(from, text)).not.toContain('没有对应到任何记录');
  });

  it.each([
    // Round 10: 以案促改 inside what 他强调 said names no activity (N1), and a 分管科室会议's card keeps no remark saying
    // it was 「按专题会议记录」 (N3).
    ['王芳', '11月26日下午，张伟同志以《坚守初心 廉洁从政》为题，为机关全体党员干部讲授专题廉政党课。张伟同志指出，全体党员干部要切实把纪律和规矩挺在前面。他强调，要坚持以案为鉴、以案促改，时刻绷紧廉洁自律这根弦。机关全体党员共42人参加。', /警示教育/],
    ['杨帆', '11月24日，宣文部召开党风廉政建设工作会议，分管领导赵敏同志出席会议并作讲话。会议通报了近期典型案例。', /按专题会议记录/],
  ])('no remark the card contradicts — %s：%s', (from, text, wrong) => {
    expect(remarks(from, text)).not.toMatch(wrong);
  });
});
