// Round 60, fba (t62b F1): a group word listed beside a named person expands and keeps the name (groupsListedWithNames,
// through parseCounterparts); a group word right before a name or its title stays that one's title.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseCounterparts } from '../../../src/domain/report/parseCounterparts.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const nameOf = (id: string) => directory.person(id)?.name ?? id;
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
/** Whom `sender` talked with in `text`, by name, in order. */
const whom = (sender: string, text: string) => parseCounterparts(text, { now, directory, senderId: idOf(sender), mentions: [] }).counterparts.map((c) => nameOf(c.id));

describe('groupsListedWithNames: the group and the name both', () => {
  it.each([
    ['王建国', '跟分管科室负责人都进行了廉政谈话 还有王强副科长', ['李明', '孙丽', '王强']],
    ['王建国', '和分管科室负责人、王强都进行了廉政谈话', ['李明', '孙丽', '王强']],
    ['王建国', '和分管科室负责人以及王强副科长谈了', ['李明', '孙丽', '王强']],
    ['王建国', '与分管科室负责人进行了廉政谈话；另外还有王强', ['李明', '孙丽', '王强']],
    ['王建国', '和王强、分管科室负责人谈了', ['王强', '李明', '孙丽']],
    ['王建国', '和李明等分管科室负责人谈了', ['李明', '孙丽']],
    ['王建国', '和分管科室负责人、李明谈了', ['李明', '孙丽']],
    ['刘芳', '跟分管的部门负责人 还有刘洋 签了', ['周涛', '吴静', '刘洋']],
    ['张伟', '和班子成员、黄志刚都谈了', ['王建国', '刘芳', '陈志强', '赵敏', '黄志刚']],
  ])('%s 「%s」 → %j', (sender, text, want) => {
    expect(whom(sender, text)).toEqual(want);
  });

  it.each([
    ['张伟', '和党组成员、副理事长王建国谈了', ['王建国']],
    ['张伟', '和班子成员王建国谈了', ['王建国']],
    ['张伟', '和党组成员、王建国谈了', ['王建国']],
    ['王建国', '和分管科室负责人孙丽谈了', ['孙丽']],
    ['王建国', '王强和分管科室负责人谈了', ['王强']],
  ])('near-miss %s 「%s」 → %j as before', (sender, text, want) => {
    expect(whom(sender, text)).toEqual(want);
  });
});
