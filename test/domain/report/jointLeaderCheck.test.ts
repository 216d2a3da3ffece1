// Round 63, gcd (t65a F6): two people joined by 会同 · 联合 · 协同 (or 与/和…一道) before a check — the first led it, the other
// went along; written 「X带领Y…」 for the companion readers — 「X率领Y…」 after 会同 · 联合 · 协同 since round 64 (gdd), which
// the actor reader never asks about when Y ranks higher (黄书记会同赵书记…).
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
    ['12月3日,赵敏书记会同黄志刚书记对康复中心开展了作风纪律检查', '12月3日,赵敏率领黄志刚对康复中心开展了作风纪律检查'],
    ['12月3日,机关党委书记赵敏会同机关纪委书记黄志刚对康复中心开展了检查', '12月3日,机关党委书记赵敏率领黄志刚对康复中心开展了检查'],
    ['12.3 赵书记会同黄书记到康复中心检查作风纪律', '12.3 赵敏率领黄志刚到康复中心检查作风纪律'],
    ['上周二赵敏书记联合黄志刚书记对康复中心开展作风纪律检查', '上周二赵敏率领黄志刚对康复中心开展作风纪律检查'],
    ['赵敏书记与黄志刚书记一道,对康复中心开展了作风纪律检查', '赵敏带领黄志刚对康复中心开展了作风纪律检查'],
    ['12月3日 赵敏书记 会同 黄志刚书记 对宣文部开展了作风纪律检查', '12月3日 赵敏率领黄志刚对宣文部开展了作风纪律检查'],
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

describe('round 64 (gdd): 会同 naming the lead whoever joins, and a unit joined', () => {
  const units = directory.org.departments.flatMap((d) => [d.name, ...d.aliases]);

  it.each([
    ['11月24日黄书记会同赵书记对宣文部开展作风纪律检查', '11月24日黄志刚率领赵敏对宣文部开展作风纪律检查'],
    ['11月24日赵敏书记会同办公室对康复中心开展了作风纪律检查', '11月24日赵敏率领办公室对康复中心开展了作风纪律检查'],
    ['11月26日黄志刚书记会同办公室、财务科对康复中心考勤情况进行了抽查', '11月26日黄志刚率领办公室、财务科对康复中心考勤情况进行了抽查'],
    ['11月24日赵敏书记与黄志刚书记一道,对康复中心开展了作风纪律检查', '11月24日赵敏带领黄志刚对康复中心开展了作风纪律检查'],
  ])('%s → %s', (text, written) => {
    expect(withJointLeaderCheck(text, people, units)).toBe(written);
  });

  it.each([
    ['会同财务科对三公经费进行了自查'],
    ['11月24日赵敏书记会同办公室到康复中心调研'],
    ['11月24日赵敏书记和办公室一道对康复中心开展了作风纪律检查'],
  ])('leaves %s as it was', (text) => {
    expect(withJointLeaderCheck(text, people, units)).toBe(text);
  });

  it('林晓 「黄书记会同赵书记…」: 黄志刚 the doer though 赵敏 ranks higher, 赵敏 along, no question who led', () => {
    const [r, ...rest] = read('林晓', '11月24日黄书记会同赵书记对宣文部开展作风纪律检查');
    expect(rest).toEqual([]);
    expect([nameOf(r!.draft.actorId), r!.draft.departmentId, r!.draft.companionIds, r!.problems]).toEqual(['黄志刚', 'publicity', ['zhaomin'], []]);
  });

  it('「赵敏书记会同办公室对康复中心…」: 赵敏 the doer, 康复中心 the place, 办公室 named on the card, no one along', () => {
    const [r, ...rest] = read('林晓', '11月24日赵敏书记会同办公室对康复中心开展了作风纪律检查');
    expect(rest).toEqual([]);
    expect([nameOf(r!.draft.actorId), r!.draft.departmentIds ?? [r!.draft.departmentId], r!.draft.companionIds ?? [], r!.problems]).toEqual(['赵敏', ['center'], [], []]);
    expect(r!.remarks).toContain('「会同办公室」：办公室一同参加检查，不是被检查的部门，未另记');
  });

  it('「林晓带黄书记…」 (带, no 会同) still asks whose check it was', () => {
    const [r] = read('胡军', '11月24日林晓带黄书记到办公室检查了考勤');
    expect(r!.problems.map((p) => p.code)).toContain('missing_actor');
  });
});
