// Directory.hasName: the one test of "is this word a person" the parser and the dialog share.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../src/config/loadConfig.js';
import { createDirectory, type Organization, type Person } from '../../src/domain/organization.js';

const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({ id, name, title: '', roles: ['member'], ...extra });

describe('Directory.hasName', () => {
  it('knows the demo unit by exact name, not by a part, a title or a near name', () => {
    const { directory } = loadConfig(resolve('config'));
    expect(['李明', '孙丽', '王建国', '黄志刚'].map((n) => directory.hasName(n))).toEqual([true, true, true, true]);
    expect(['李', '李明主任', '里明', '', '王建'].map((n) => directory.hasName(n))).toEqual([false, false, false, false, false]);
  });

  it('follows the day: a leaver is a name only while employed', () => {
    const org: Organization = {
      name: '测试单位',
      departments: [],
      people: [person('a', '钱一'), person('b', '孙二', { tenure: { until: '2026-06-30' } }), person('c', '周三', { tenure: { from: '2026-07-01' } })],
    };
    const june = createDirectory(org, '2026-06-30');
    const july = june.asOf('2026-07-01');
    expect([june.hasName('钱一'), june.hasName('孙二'), june.hasName('周三')]).toEqual([true, true, false]);
    expect([july.hasName('钱一'), july.hasName('孙二'), july.hasName('周三')]).toEqual([true, false, true]);
  });
});
