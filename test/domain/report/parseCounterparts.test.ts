// Counterparts of a talk from mentions, names, titles, departments and groups, resolved against the fixture 残联.
import { describe, expect, it } from 'vitest';
import { parseCounterparts } from '../../../src/domain/report/parseCounterparts.js';
import { directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';
import { contextFor, fixtureDirectory, mentionOf } from '../../support/fixtureOrg.js';

const ids = (text: string, from = 'liqiang') => parseCounterparts(text, contextFor(from)).counterparts.map((c) => c.id);

describe('parseCounterparts', () => {
  it.each([
    ['与李明', ['liming']],
    ['与办公室李明主任', ['liming']],
    ['与办公室主任李明', ['liming']],
    ['和财务科负责人', ['wanggang']],
    ['和财务科主任', ['wanggang']],
    ['和财务科长', ['wanggang']],
    ['和财务科副科长', ['wangjuan']],
    ['和王副科长', ['wangjuan']],
    ['与张书记', ['zhangwei']],
    ['与赵书记', ['zhaomin']],
    ['与书记', ['zhangwei']],
    ['与机关党委书记', ['zhaomin']],
    ['与机关党委负责人', ['zhanghua']],
    ['与组织联络部部长', ['sunli']],
    ['分别与李明、王刚和何静', ['liming', 'wanggang', 'hejing']],
    ['与各班子成员', ['chenjing', 'liuyang', 'zhaomin']],
    ['与分管科室负责人', ['liming', 'wanggang']],
    ['和小李', ['liming']],
    ['与李强', []],
  ])('%s → %j', (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  it('uses mentions by open_id, whatever the display name', () => {
    const ctx = contextFor('liqiang', undefined, [{ ...mentionOf(2, 'wanglei'), name: '磊' }]);
    expect(parseCounterparts('和@_user_2谈心', ctx).counterparts).toEqual([{ id: 'wanglei' }]);
  });

  it('asks which one when a reference fits several people', () => {
    expect(parseCounterparts('与王科长', contextFor('liqiang')).problems).toEqual([
      { code: 'ambiguous_counterpart', text: '王科长', candidateIds: ['wanggang', 'wanglei'] },
    ]);
    // One of the two 王科长 talking to "王科长" means the other.
    expect(ids('与王科长', 'wanggang')).toEqual(['wanglei']);
  });

  it('keeps names the directory does not know', () => {
    expect(parseCounterparts('分别与张三、李明进行', contextFor('liqiang')).problems).toEqual([{ code: 'unknown_counterpart', text: '张三' }]);
    // Round 63 (gce): no 刘 is a 主任, so the one 刘 who holds a title is offered (surnameTitleNear), never taken.
    expect(parseCounterparts('与刘主任', contextFor('liqiang')).problems).toEqual([{ code: 'unknown_counterpart', text: '刘主任', nearIds: ['liuyang'] }]);
  });

  it('takes a department named alone as its head, and says so', () => {
    const cp = parseCounterparts('与财务科', contextFor('liqiang'));
    expect(cp.counterparts).toEqual([{ id: 'wanggang', departmentId: 'finance' }]);
    expect(cp.remarks).toEqual(['「财务科」按其负责人王刚记录']);
  });

  it('does not read a department inside other words as a counterpart', () => {
    const cp = parseCounterparts('与李明谈了财务报销', contextFor('liqiang'));
    expect(cp.counterparts).toEqual([{ id: 'liming' }]);
    expect(cp.rest).toContain('财务报销');
  });

  it('sees who held a talk reported on their behalf', () => {
    const cp = parseCounterparts('张书记与李强', contextFor('hejing'));
    expect(cp.counterparts).toEqual([{ id: 'liqiang' }]);
    expect(cp.actorId).toBe('zhangwei');
    expect(cp.remarks).toEqual(['谈话人为张伟（代为上报）']);
    expect(parseCounterparts('张伟与李强', contextFor('zhangwei')).actorId).toBeUndefined();
  });

  it('builds the directory tables once per directory', () => {
    expect(directoryIndex(fixtureDirectory)).toBe(directoryIndex(fixtureDirectory));
  });
});
