// surnameTitleNear (round 63, gce): a surname and title no one of that surname holds offers the titled people of the surname.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { surnameTitleNear } from '../../../src/domain/report/surnameTitleNear.js';
import { contextFor, fixtureDirectory } from '../../support/fixtureOrg.js';
import { parseCounterparts } from '../../../src/domain/report/parseCounterparts.js';

const directory = loadConfig('config').directory;
const names = (ids: string[]) => ids.map((id) => directory.person(id)?.name);

describe('surnameTitleNear', () => {
  it.each([
    ['李科长', ['李明']],
    ['孙主任', ['孙丽']],
    ['王主任', ['王建国', '王磊', '王强']],
    ['陈副部长', ['陈志强']],
    ['黄部长', ['黄志刚']],
  ])('「%s」 offers %j', (said, who) => {
    expect(names(surnameTitleNear(said, `今天和${said}谈了`, 3, directory))).toEqual(who);
  });

  it('leaves out the sender', () => {
    expect(names(surnameTitleNear('王主任', '今天和王主任谈了', 3, directory, ['wangjianguo']))).toEqual(['王磊', '王强']);
  });

  it.each([
    // No one of the surname holds a title (杨帆 is a 科员), or no one bears it.
    ['杨科长', '今天和杨科长谈了', 3],
    ['钱主任', '今天和钱主任谈了', 3],
    // Not a surname and title.
    ['张英', '今天和张英谈了', 3],
    ['李科', '今天和李科谈了', 3],
    // Another body's 科长: asked who, nothing offered.
    ['李科长', '今天和区纪委李科长谈了', 6],
    ['王科长', '今天和街道办王科长谈了', 6],
  ])('「%s」 in 「%s」 offers no one', (said, text, start) => {
    expect(surnameTitleNear(said, text, start, directory)).toEqual([]);
  });

  it('is what the question offers for 李科长, never a record of 李明', () => {
    const got = parseReport('今天和李科长进行了廉政谈话', { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: 'wangjianguo', mentions: [] })!;
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.counterpartIds).toEqual([]);
    expect(got[0]!.problems).toEqual([{ code: 'unknown_counterpart', text: '李科长', nearIds: ['liming'] }]);
  });

  it('does not touch a surname and title two people hold: both are asked as before (the fixture has two 王科长)', () => {
    expect(parseCounterparts('与王科长', contextFor('liqiang')).problems).toEqual([{ code: 'ambiguous_counterpart', text: '王科长', candidateIds: ['wanggang', 'wanglei'] }]);
    // And one holder is that person, at once.
    expect(parseCounterparts('与王副科长', contextFor('liqiang')).counterparts.map((c) => c.id)).toEqual(['wangjuan']);
    expect(fixtureDirectory.person('wangjuan')?.title).toBe('财务科副科长');
  });
});
