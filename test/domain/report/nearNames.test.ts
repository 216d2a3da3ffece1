// A name one character or one sound off a directory person is offered with the question, never taken (round 37 fjf,
// t36b: 「上周五与李名主任开展了廉政谈话」 asked 「通讯录里找不到「李名」」 with only 不在名单里).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { createDirectory } from '../../../src/domain/organization.js';

const directory = loadConfig('config').directory;
const name = (id: string) => directory.person(id)?.name;
/** The names offered with the unknown-name question of each record of `text` sent by `from`. */
const offered = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!
    .flatMap((r) => r.problems)
    .flatMap((p) => (p.code === 'unknown_counterpart' ? [(p.nearIds ?? []).map(name).join('、') || '-'] : []));

describe('near names offered', () => {
  it.each([
    ['王建国', '上周五与李名主任开展了廉政谈话，提醒其严守财经纪律。', '李明'],
    ['王建国', '11月25日和孙莉科长进行了廉政谈话', '孙丽'],
    ['刘芳', '11月26日与吴晶部长开展廉政谈话', '吴静'],
    ['刘芳', '周三和周滔部长谈心谈话', '周涛'],
    ['陈志强', '11月20日与郑桦部长进行了廉政谈话', '郑华'],
    ['赵敏', '11月18日与何萍主任开展了廉政谈话', '何平'],
    ['赵敏', '上周四与王垒部长谈话', '王磊'],
    ['孙丽', '11月27日和王墙进行了谈心谈话', '王强'],
    ['周涛', '11月26日与张影进行了谈心谈话', '张颖'],
    ['李明', '11月25日与胡君进行了谈心谈话', '胡军'],
    ['吴静', '上周五与刘阳进行了谈心谈话', '刘洋'],
    ['张伟', '11月24日和赵民书记进行了廉政谈话', '赵敏'],
    ['王建国', '上周五与李名开展了廉政谈话', '李明'],
    // Round 63 (gce): a title no sound-alike holds no longer hides them (李名科长: 李明 is 办公室主任; the question says the
    // title does not match). Before, none was offered.
    ['王建国', '11月25日和李名科长进行了廉政谈话', '李明'],
  ])('%s「%s」 offers %s', (from, text, who) => {
    expect(offered(from, text)).toEqual([who]);
  });

  it.each([
    // Two characters one off several people, no title to choose by: none offered (王强 · 王芳 · 王磊 all fit).
    ['王建国', '11月25日和王刚进行了廉政谈话'],
    // Far from everyone.
    ['王建国', '11月25日和赵丽进行了廉政谈话'],
  ])('near-miss %s「%s」: none offered', (from, text) => {
    expect(offered(from, text)).toEqual(['-']);
  });
});

// Round 63 (gce): a title none of the sound-alikes holds no longer hides them, and the question says so; the doer's own
// people come first; two directory names of one sound both stay the directory's.
describe('near names with a title that does not match, and whose first', () => {
  const problemsOf = (from: string, text: string) =>
    parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.flatMap((r) => r.problems);

  it.each([
    ['王建国', '今天和孙莉副科长谈了话', '孙莉', ['sunli'], '副科长'],
    ['王建国', '今天和孙莉主任进行了廉政谈话', '孙莉', ['sunli'], '主任'],
    ['何平', '今天和徐慧科长进行了廉政谈话', '徐慧', ['xuhui'], '科长'],
    ['陈志强', '上周二和风雪科长进行了廉政谈话', '风雪', ['fengxue'], '科长'],
  ])('%s「%s」 offers %s\'s sound-alike and says the title %s', (from, text, said, nearIds, titleSaid) => {
    expect(problemsOf(from, text)).toContainEqual({ code: 'unknown_counterpart', text: said, nearIds, titleSaid });
  });

  it.each([
    // A title that fits, or a deputy addressed without 副: no word of it.
    ['王建国', '今天和孙莉科长进行了廉政谈话', '孙莉', ['sunli']],
    ['何平', '今天和徐慧主任进行了廉政谈话', '徐慧', ['xuhui']],
    ['何平', '今天和徐慧副主任进行了廉政谈话', '徐慧', ['xuhui']],
    ['何平', '今天和徐慧进行了廉政谈话', '徐慧', ['xuhui']],
  ])('%s「%s」 offers %s\'s sound-alike with nothing said of the title', (from, text, said, nearIds) => {
    expect(problemsOf(from, text)).toContainEqual({ code: 'unknown_counterpart', text: said, nearIds });
  });

  // Round 64 (gde; t66a): the directory's name with a title another of the department holds is no longer taken at once —
  // 孙丽 is the 科长, 王强 the 副科长 — so both are offered (titleMisfit). Before: [] (孙丽 stored at once).
  it('asks which one when the directory\'s name has a title another of the department holds (孙丽副科长: 孙丽 or 王强)', () => {
    expect(problemsOf('王建国', '今天和孙丽副科长进行了廉政谈话')).toEqual([{ code: 'ambiguous_counterpart', text: '孙丽副科长', candidateIds: ['sunli', 'wangqiang'], misfitOf: 'sunli' }]);
  });

  // Two people of one sound (张颖 of 组联部, 张莹 of 康复部): 张英 offers both, the sender's own first; each written right is
  // that person at once.
  const org = loadConfig('config').directory.org;
  const twoOfOneSound = createDirectory({
    ...org,
    people: [...org.people, { ...org.people.find((p) => p.id === 'liuyang')!, id: 'zhangying2', name: '张莹', title: '康复部科员', openId: 'ou_zhangying2' }],
  });
  const read = (from: string, text: string) =>
    parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory: twoOfOneSound, senderId: from, mentions: [] })!;

  it.each([
    ['zhoutao', ['zhangying', 'zhangying2']],
    ['wujing', ['zhangying2', 'zhangying']],
    ['liufang', ['zhangying', 'zhangying2']],
  ])('from %s, 张英 offers %j', (from, nearIds) => {
    expect(read(from, '今天和张英单独谈了廉政谈话').flatMap((r) => r.problems)).toEqual([{ code: 'unknown_counterpart', text: '张英', nearIds }]);
  });

  it.each([
    ['张颖', 'zhangying'],
    ['张莹', 'zhangying2'],
  ])('%s written is that person at once', (name, id) => {
    const got = read('zhoutao', `今天和${name}单独谈了廉政谈话`);
    expect(got.flatMap((r) => r.problems)).toEqual([]);
    expect(got.map((r) => r.draft.counterpartIds)).toEqual([[id]]);
  });
});
