// Round 61 (gac; t63b F1): a misheard name right after its department's name (办公室里明) was dropped; now it is an unknown
// name there, the department its plain item, and nearNames offers the person.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';
import { soundAlikeAfterDepartment } from '../../../src/domain/report/soundAlikeAfterDepartment.js';
import { soundAlikeNameItems, soundsLikeDirectoryName } from '../../../src/domain/report/soundAlikeNameItems.js';

const directory = loadConfig('config').directory;
const index = directoryIndex(directory);

describe('soundAlikeAfterDepartment', () => {
  it.each([
    ['和办公室里明 财务科孙丽分别进行了廉政谈话', '办公室', '里明'],
    ['与教育就业部陈晶、维权部赵磊谈话', '教育就业部', '陈晶'],
    ['和组联部的周滔进行了谈心谈话', '组联部', '周滔'],
    ['和 康复中心 何萍 谈了话', '康复中心', '何萍'],
  ])('%s → %s (plain) and the unknown name %s', (text, dept, said) => {
    const items = soundAlikeAfterDepartment(text, text, index);
    expect(items.map((i) => [i.text, i.ids, i.problem?.code])).toEqual([
      [dept, [], undefined],
      [said, [], 'unknown_counterpart'],
    ]);
    expect(text.slice(items[1]!.start, items[1]!.end)).toBe(said);
    expect(text.slice(items[0]!.start, items[0]!.end)).toBe(dept);
  });

  it.each([
    '和办公室李明进行了廉政谈话',
    '在办公室里和王强谈了话',
    '今天在办公室里明确了分工',
    '和财务科孙力进行了廉政谈话',
  ])('%s → nothing (a directory name, no name after, or not one sound off)', (text) => {
    // 孙力 is a sound off 孙丽 in one character (li/li): it IS offered; the others are not.
    const items = soundAlikeAfterDepartment(text, text, index);
    expect(items.length).toBe(text.includes('孙力') ? 2 : 0);
  });

  it('a word an earlier reader took (masked in `rest`) is left to it', () => {
    const text = '和办公室里明进行了廉政谈话';
    const rest = text.replace('里明', '\u0000\u0000');
    expect(soundAlikeAfterDepartment(rest, text, index)).toEqual([]);
  });
});

describe('soundAlikeNameItems after a space or before a count (round 61)', () => {
  it('王建过 刘方两位副理事长 → 刘方 after the space, before 两位', () => {
    expect(soundAlikeNameItems('和王建过 刘方两位副理事长 谈了心', index).map((i) => i.text)).toContain('刘方');
    expect(soundAlikeNameItems('和王建国、刘方2位副理事长谈了心', index).map((i) => i.text)).toEqual(['刘方']);
  });

  it('soundsLikeDirectoryName: one character of the same sound off a name, nothing else', () => {
    expect(['陈晶', '刘方', '里明', '王建过', '何萍'].map((w) => soundsLikeDirectoryName(w, index))).toEqual([true, true, true, true, true]);
    expect(['陈金', '吴金', '平时', '谈话'].map((w) => soundsLikeDirectoryName(w, index))).toEqual([false, false, false, false]);
  });
});
