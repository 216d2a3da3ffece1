// Round 59 (fce; t61a F8): 「今天和里明主任谈了话」 was 没看懂 — a name written with one same-sounding character that is no
// surname (里明 for 李明, 风雪 for 冯雪) is an unknown name now, its near name offered, never recorded on the guess.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';
import { soundAlikeNameItems } from '../../../src/domain/report/soundAlikeNameItems.js';

const directory = loadConfig('config').directory;
const index = directoryIndex(directory);
const name = (id: string) => directory.person(id)?.name;
const senderId = (from: string) => directory.org.people.find((p) => p.name === from)!.id;
const read = (from: string, text: string) => parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: senderId(from), mentions: [] });

describe('soundAlikeNameItems', () => {
  it.each([
    ['今天和里明主任谈了话', '里明'],
    ['与风雪进行了廉政谈话', '风雪'],
    ['今天 和 里明 主任 廉政谈话', '里明'],
    ['和礼明主任签订了责任书', '礼明'],
  ])('%s → the unknown name %s, where it stands', (text, said) => {
    const items = soundAlikeNameItems(text, index);
    expect(items.map((i) => i.text)).toEqual([said]);
    expect(text.slice(items[0]!.start, items[0]!.end)).toBe(said);
    expect(items[0]!.problem).toEqual({ code: 'unknown_counterpart', text: said });
  });

  it.each([
    '今天和李明主任进行了廉政谈话',
    '今天和平时一样进行了廉政谈话',
    '今天同意和里面的人谈话',
    '今天组织观看了警示教育片',
  ])('%s → nothing (a directory name, an ordinary word, no connective)', (text) => {
    expect(soundAlikeNameItems(text, index)).toEqual([]);
  });
});

describe('the near name offered with the question, nothing stored on the guess', () => {
  it.each([
    ['林晓', '今天和里明主任谈了话', '李明'],
    ['林晓', '今天和里明主任进行了廉政谈话', '李明'],
    ['张伟', '今天与风雪进行了廉政谈话', '冯雪'],
    ['陈志强', '11月24日与风雪部长签订了责任书', '冯雪'],
    ['王建国', '今天和礼明主任签订了责任书', '李明'],
  ])('%s「%s」 → 是不是%s？', (from, text, near) => {
    const reports = read(from, text)!;
    expect(reports).toHaveLength(1);
    expect(reports[0]!.draft.counterpartIds).toEqual([]);
    const problem = reports[0]!.problems.find((p) => p.code === 'unknown_counterpart');
    expect(problem && 'nearIds' in problem ? (problem.nearIds ?? []).map(name) : []).toEqual([near]);
  });
});
