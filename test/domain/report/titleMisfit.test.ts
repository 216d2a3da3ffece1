// A name whose title another of its department holds (round 64, gde): 孙丽副科长 is 孙丽 by name and 王强 by title.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { titleMisfitOthers } from '../../../src/domain/report/titleMisfit.js';

const directory = loadConfig('config').directory;
const person = (name: string) => directory.org.people.find((p) => p.name === name)!;
const others = (name: string, title: string, context = '') => titleMisfitOthers(person(name), title, directory, context).map((p) => p.name);
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: person(from).id, mentions: [] })!;

describe('titleMisfitOthers', () => {
  it.each([
    ['孙丽', '副科长', ['王强']],
    ['王强', '科长', ['孙丽']],
    ['徐辉', '主任', ['何平']],
    ['何平', '副主任', ['徐辉']],
  ])('%s written with %s: %j hold it', (name, title, who) => {
    expect(others(name, title)).toEqual(who);
  });

  it.each([
    ['孙丽', '科长'], // the title fits
    ['王强', '副科长'],
    ['周涛', '主任'], // no 主任 in 组联部: a loose courtesy
    ['吴静', '科长'],
    ['胡军', '副主任'], // no 副主任 in 办公室
    ['李明', '书记'], // a party title, not a rank (黄志刚 of 办公室 is 机关纪委书记)
    ['胡军', '干事'], // a staff word (林晓 is 纪检干事)
    ['赵敏', '副理事长'], // a 班子 member has no department: their courtesies are left alone
    ['孙丽', '同志'],
  ])('%s written with %s: no one else', (name, title) => {
    expect(others(name, title)).toEqual([]);
  });

  it('a new post (新任 · 任前谈话) is the title just taken: no one else', () => {
    expect(others('王强', '科长', '与新任财务科科长王强进行了廉政谈话')).toEqual([]);
    expect(others('王强', '科长', '与财务科科长王强进行了任前谈话')).toEqual([]);
  });
});

describe('parseReport asks which one', () => {
  it('a list\'s last name with its own title no one listed holds is still asked (李娟、王强科长)', () => {
    const records = read('张伟', '今天和李娟、王强科长分别进行了廉政谈话');
    expect(records.map((r) => r.draft.counterpartIds)).toEqual([['lijuan'], []]);
    expect(records[1]!.problems).toEqual([{ code: 'ambiguous_counterpart', text: '王强科长', candidateIds: ['wangqiang', 'sunli'], misfitOf: 'wangqiang' }]);
  });

  it.each([
    ['王建国', '今天和孙丽副科长进行了廉政谈话', '孙丽副科长', ['sunli', 'wangqiang']],
    ['王建国', '今天和王强科长签订了责任书', '王强科长', ['wangqiang', 'sunli']],
    ['王建国', '11月26日与财务科科长王强进行了廉政谈话', '财务科科长王强', ['wangqiang', 'sunli']],
    ['张伟', '今天和徐辉主任进行了廉政谈话', '徐辉主任', ['xuhui', 'heping']],
  ])('%s「%s」: 「%s」 asked among %j, nothing taken', (from, text, said, candidateIds) => {
    const [record] = read(from, text);
    expect(record!.draft.counterpartIds).toEqual([]);
    expect(record!.problems).toEqual([{ code: 'ambiguous_counterpart', text: said, candidateIds, misfitOf: candidateIds[0] }]);
    expect(record!.remarks).toEqual([]);
  });

  it.each([
    ['刘芳', '今天和周涛主任进行了廉政谈话', 'zhoutao'],
    ['王建国', '今天和孙丽科长进行了廉政谈话', 'sunli'],
    ['王建国', '今天和王强副科长进行了廉政谈话', 'wangqiang'],
    ['王建国', '今天与新任财务科科长王强进行了任前廉政谈话', 'wangqiang'],
    // A title closing a list that someone listed before by bare name holds is the list's.
    ['张伟', '今天和孙丽、王强科长分别进行了廉政谈话', 'sunli'],
    ['何平', '今天和徐辉、孙杰两位副主任分别廉政谈话', 'xuhui'],
  ])('near-miss %s「%s」: %s at once', (from, text, id) => {
    const records = read(from, text);
    expect(records.flatMap((r) => r.problems)).toEqual([]);
    expect(records[0]!.draft.counterpartIds).toEqual([id]);
  });
});
