// A name one character or one sound off a directory person is offered with the question, never taken (round 37 fjf,
// t36b: 「上周五与李名主任开展了廉政谈话」 asked 「通讯录里找不到「李名」」 with only 不在名单里).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

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
