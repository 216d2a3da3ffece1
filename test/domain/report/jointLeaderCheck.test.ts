// Round 63, gcd (t65a F6): two people joined by 会同 · 联合 · 协同 (or 与/和…一道) before a check — the first led it, the other
// went along; written 「X带领Y…」 for the companion readers.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withJointLeaderCheck } from '../../../src/domain/report/jointLeaderCheck.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const people = directory.org.people;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-12-07T10:00:00+08:00'), directory, senderId: people.find((p) => p.name === from)!.id, mentions: [] })!;
const nameOf = (id: string | undefined) => (id === undefined ? undefined : directory.person(id)?.name);

describe('withJointLeaderCheck', () => {
  it.each([
    ['12月3日,赵敏书记会同黄志刚书记对康复中心开展了作风纪律检查', '12月3日,赵敏带领黄志刚对康复中心开展了作风纪律检查'],
    ['12月3日,机关党委书记赵敏会同机关纪委书记黄志刚对康复中心开展了检查', '12月3日,机关党委书记赵敏带领黄志刚对康复中心开展了检查'],
    ['12.3 赵书记会同黄书记到康复中心检查作风纪律', '12.3 赵敏带领黄志刚到康复中心检查作风纪律'],
    ['上周二赵敏书记联合黄志刚书记对康复中心开展作风纪律检查', '上周二赵敏带领黄志刚对康复中心开展作风纪律检查'],
    ['赵敏书记与黄志刚书记一道,对康复中心开展了作风纪律检查', '赵敏带领黄志刚对康复中心开展了作风纪律检查'],
    ['12月3日 赵敏书记 会同 黄志刚书记 对宣文部开展了作风纪律检查', '12月3日 赵敏带领黄志刚对宣文部开展了作风纪律检查'],
  ])('%s → %s', (text, written) => {
    expect(withJointLeaderCheck(text, people)).toBe(written);
  });

  it.each([
    ['会同财务科对三公经费进行了自查'],
    ['12月3日,赵敏书记会同办公室对康复中心开展了作风纪律检查'],
    ['12月3日赵敏书记会同黄志刚书记到康复中心调研'],
    ['12月3日,赵敏书记和黄志刚书记对康复中心开展了作风纪律检查'],
    ['12月3日,赵敏书记会同黄志刚书记与何平进行了廉政谈话'],
    ['11月25日在黄书记带领下,林晓和王芳一起到财务科检查了考勤'],
  ])('leaves %s to the readers that answer it', (text) => {
    expect(withJointLeaderCheck(text, people)).toBe(text);
  });
});

describe('parseReport over 会同 between two people', () => {
  it('t65a F6: 赵敏 the doer, 黄志刚 along, 康复中心 the place, on a card', () => {
    const [r, ...rest] = read('王芳', '12月3日，赵敏书记会同黄志刚书记对康复中心开展了作风纪律检查');
    expect(rest).toEqual([]);
    expect([r!.draft.type, r!.draft.date, nameOf(r!.draft.actorId), r!.draft.departmentId, r!.draft.companionIds]).toEqual([
      'inspect_style', '2026-12-03', '赵敏', 'center', ['huangzhigang'],
    ]);
    expect(r!.problems).toEqual([]);
    expect(r!.remarks.join()).toContain('同行：黄志刚');
    expect(r!.reasons).toContain('third_person');
  });

  it('协同 with its subject written is the subject\'s check (was: the one joined)', () => {
    const [r] = read('吴静', '11月17日刘芳副理事长协同黄志刚书记对康复部开展了作风纪律检查');
    expect([nameOf(r!.draft.actorId), r!.draft.companionIds]).toEqual(['刘芳', ['huangzhigang']]);
  });

  it('a pasted 工作动态 keeps the other item and gives the check its doer', () => {
    const r = read('王芳', '机关本周廉政工作动态：12月1日，王建国副理事长主持召开分管科室党风廉政建设工作会议。12月3日赵敏书记会同黄志刚书记对康复中心开展了作风纪律检查。');
    expect(r.map((x) => [x.draft.type, x.draft.date, nameOf(x.draft.actorId), x.problems.length])).toEqual([
      ['meeting_dept', '2026-12-01', '王建国', 0],
      ['inspect_style', '2026-12-03', '赵敏', 0],
    ]);
  });
});
