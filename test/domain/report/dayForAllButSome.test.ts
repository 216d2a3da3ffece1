// Round 60, fba (t62b F2): answers to 是哪一天 giving one day for everyone and another for some (dayForAllButSome), and the
// voice answer 李明是11.18 孙丽 王强是11.25 grouping the dayless names with the day after them (dayPeopleParts).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { dayForAllButSome } from '../../../src/domain/report/dayForAllButSome.js';
import { dayPeopleOnePart, dayPeopleParts } from '../../../src/domain/report/dayPeopleParts.js';

const directory = loadConfig('config').directory;
/** Monday 2026-11-30, 10:00 in Shanghai; 张伟 answers. */
const ctx = { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: 'zhangwei', mentions: [] };
const nameOf = (id: string) => directory.person(id)?.name ?? id;
/** 「others MM-DD; MM-DD 名、名; …」 or undefined. */
const read = (answer: string) => {
  const r = dayForAllButSome(answer, ctx);
  return r && [`others ${r.others.slice(5)}`, ...r.named.map((p) => `${p.date.slice(5)} ${p.ids.map(nameOf).join('、')}`)].join('; ');
};

describe('dayForAllButSome: one day for all, another for those named', () => {
  it.each([
    ['都是11月20号 赵敏那天出差 是23号谈的', 'others 11-20; 11-23 赵敏'],
    ['都是11月20号，赵敏那天出差，是23号谈的', 'others 11-20; 11-23 赵敏'],
    ['除了赵敏都是20号，赵敏是23号', 'others 11-20; 11-23 赵敏'],
    ['除了赵敏以外都是20号 赵敏23号谈的', 'others 11-20; 11-23 赵敏'],
    ['除了赵敏 都是20号 她是23号', 'others 11-20; 11-23 赵敏'],
    ['基本都是20号 只有赵敏是23号', 'others 11-20; 11-23 赵敏'],
    ['嗯 都是20号 赵敏23号', 'others 11-20; 11-23 赵敏'],
    ['都是11月20日，赵敏、陈志强是11月23日', 'others 11-20; 11-23 赵敏、陈志强'],
    ['都是11.20，赵敏是11.23', 'others 11-20; 11-23 赵敏'],
    ['李明18号，其余25号', 'others 11-25; 11-18 李明'],
    ['李明18号 剩下的都是25号', 'others 11-25; 11-18 李明'],
    ['李明是18号，其他人都是25号', 'others 11-25; 11-18 李明'],
    ['李明是18号，孙丽是20号，其余都是25号', 'others 11-25; 11-18 李明; 11-20 孙丽'],
    ['都是20号，黄志刚是23号', 'others 11-20; 11-23 黄志刚'],
  ])('「%s」 → %s', (answer, want) => {
    expect(read(answer)).toBe(want);
  });

  it.each([
    ['都是11月20号'],
    ['11月20号'],
    ['除了赵敏都是20号'],
    ['李明是18号，孙丽是25号'],
    ['都是20号，小王是23号'],
    ['都是20号，赵敏是23号，赵敏是24号'],
    ['都是20号 25号'],
    ['李明18号'],
  ])('「%s」: not this shape', (answer) => {
    expect(read(answer)).toBeUndefined();
  });
});

describe('dayPeopleParts: voice answers with the people before their day', () => {
  const parts = (answer: string) => dayPeopleParts(answer, ctx)?.map((p) => `${p.date.slice(5)} ${p.ids.map(nameOf).join('、')}`);
  it.each([
    ['李明是11.18 孙丽 王强是11.25', ['11-18 李明', '11-25 孙丽、王强']],
    ['李明18号 孙丽王强25号', ['11-18 李明', '11-25 孙丽、王强']],
    ['李明是11月18号 孙丽和王强是25号', ['11-18 李明', '11-25 孙丽、王强']],
    ['18号和李明，孙丽，25号和王强', ['11-18 李明、孙丽', '11-25 王强']],
  ])('「%s」 → %j', (answer, want) => {
    expect(parts(answer)).toEqual(want);
  });

  it('one part with two dotted days is no one day (李明是11.18 孙丽是11.25 is two parts)', () => {
    expect(dayPeopleOnePart('李明11.18 孙丽11.25', ctx)).toBeUndefined();
  });
});
