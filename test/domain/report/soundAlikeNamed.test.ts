// soundAlikeNamed (round 63, gce): a bystander's name heard as one directory name's sound (周滔也在) is said back, not dropped.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { soundAlikeNamed } from '../../../src/domain/report/soundAlikeNamed.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const ctx = (senderId: string) => ({ now, directory, senderId, mentions: [] });
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;

describe('soundAlikeNamed', () => {
  it.each([
    ['周滔', '周滔', '周涛'],
    ['周滔部长', '周滔', '周涛'],
    ['周滔同志', '周滔', '周涛'],
    [' 里明 ', '里明', '李明'],
    ['王垒', '王垒', '王磊'],
    ['徐慧副主任', '徐慧', '徐辉'],
  ])('「%s」 is %s heard for %s', (words, said, name) => {
    expect(soundAlikeNamed(words, ctx('liufang'))).toEqual({ said, id: idOf(name) });
  });

  it.each([
    // The directory's own name: namedPeople's, not this.
    '周涛',
    // A title the one of that sound does not hold (周涛 is a 部长).
    '周滔科长',
    // Far from every name, or more words than a name.
    '张三',
    '周滔和吴晶',
    '周滔也在',
    '',
  ])('「%s」 is none', (words) => {
    expect(soundAlikeNamed(words, ctx('liufang'))).toBeUndefined();
  });

  it('says the bystander back on the record, who is no one talked to', () => {
    const got = parseReport('今天和张颖进行了廉政谈话，周滔也在', ctx('liufang'))!;
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.counterpartIds).toEqual(['zhangying']);
    expect(got[0]!.problems).toEqual([]);
    expect(got[0]!.remarks).toContain('「周滔也在」：周涛是一同参加的，未记为对象');
  });

  it('leaves a counterpart of that sound to the question (和周滔谈了: offered, never taken)', () => {
    const got = parseReport('今天和周滔进行了廉政谈话', ctx('liufang'))!;
    expect(got[0]!.draft.counterpartIds).toEqual([]);
    expect(got[0]!.problems).toEqual([{ code: 'unknown_counterpart', text: '周滔', nearIds: ['zhoutao'] }]);
  });
});
