// soundAlikeNamePut (round 62, gbd; t64a G10): a name heard as another of the same sound, in a correction's naming words.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';
import { soundAlikeNamePut } from '../../../src/domain/report/soundAlikeNamePut.js';

const index = directoryIndex(loadConfig('config').directory);

describe('soundAlikeNamePut', () => {
  it.each([
    ['跟周滔', '跟周涛', '周滔', '周涛'],
    ['周滔那条', '周涛那条', '周滔', '周涛'],
    ['跟 周滔', '跟 周涛', '周滔', '周涛'],
    ['和王建过副理事长那次', '和王建国副理事长那次', '王建过', '王建国'],
    ['11月26日和孙莉那次', '11月26日和孙丽那次', '孙莉', '孙丽'],
    ['跟风雪那次', '跟冯雪那次', '风雪', '冯雪'],
    ['和里明', '和李明', '里明', '李明'],
  ])('%s → %s', (words, put, said, name) => {
    expect(soundAlikeNamePut(words, index)).toEqual({ words: put, said, name });
  });

  it.each(['和周涛', '周涛那条', '和王刚', '财务科那次检查', '11月26日那次'])('%s → undefined (a directory name, or none of one sound)', (words) => {
    expect(soundAlikeNamePut(words, index)).toBeUndefined();
  });
});
