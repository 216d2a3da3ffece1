import { describe, expect, it } from 'vitest';
import { oncePer } from '../../../src/domain/report/oncePer.js';
import { directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';
import { createDirectory } from '../../../src/domain/organization.js';
import { fixtureOrg } from '../../support/fixtureOrg.js';

describe('oncePer', () => {
  it('builds once per key and again for another key', () => {
    const calls: string[] = [];
    const lengthOf = oncePer((key: { name: string }) => (calls.push(key.name), key.name.length));
    const a = { name: '组联部' };
    const b = { name: '财务科' };
    expect([lengthOf(a), lengthOf(a), lengthOf(b), lengthOf(a)]).toEqual([3, 3, 3, 3]);
    expect(calls).toEqual(['组联部', '财务科']);
  });

  it('remembers null and undefined as built, not as missing', () => {
    let calls = 0;
    const nothing = oncePer((_key: object): null => (calls++, null));
    const key = {};
    expect([nothing(key), nothing(key)]).toEqual([null, null]);
    expect(calls).toBe(1);
  });

  it('reads the arguments after the key on its first call only', () => {
    const joined = oncePer((_key: object, names: readonly string[]) => names.join('|'));
    const key = {};
    expect(joined(key, ['张伟', '李明'])).toBe('张伟|李明');
    expect(joined(key, ['王强'])).toBe('张伟|李明');
  });

  it('builds again after a build threw', () => {
    let calls = 0;
    const flaky = oncePer((_key: object) => {
      calls++;
      if (calls === 1) throw new Error('first build fails');
      return calls;
    });
    const key = {};
    expect(() => flaky(key)).toThrow('first build fails');
    expect(flaky(key)).toBe(2);
    expect(flaky(key)).toBe(2);
  });

  it('gives the directory index once per directory, and a new one for a reloaded directory', () => {
    const directory = createDirectory(fixtureOrg);
    const reloaded = createDirectory(fixtureOrg);
    expect(directoryIndex(directory)).toBe(directoryIndex(directory));
    expect(directoryIndex(reloaded)).not.toBe(directoryIndex(directory));
    expect(directoryIndex(reloaded).peopleByName.size).toBe(directoryIndex(directory).peopleByName.size);
  });
});
