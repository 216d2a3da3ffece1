// Round 54 (issue 10), fixer fja: a typed correction of a record already stored was stored as a NEW record at once (or
// moved a record of another type, or was 没看懂 / the plan reply). Now a change of the stored record on 【请确认修改】, or said.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded } = chat;


describe('1. a report restated with 之前报的/上次报的…写错了: the stored record changed at 确认', () => {
  it.each([
    ['昨天财务科组织观看警示片，7人参加，之前报的写错了'],
    ['不好意思，之前报的人数写错了，昨天观看警示片是7人参加，麻烦改一下'],
    ['昨天组织财务科观看警示教育片 7人参加 以这条为准'],
  ])('孙丽: 警示教育 6人 stored, then 「%s」 → 修改 card → 确认 → one record of 7', async (correction) => {
    await recorded('孙丽', '昨天组织财务科观看警示教育片，6人参加');
    expect(await answerText('孙丽', correction)).toMatch(/请确认修改/);
    expect(activities()).toHaveLength(1);
    await say('孙丽', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.attendees).toBe(7);
  });

  it('nothing differing: said, nothing stored', async () => {
    await recorded('孙丽', '今天上午组织科室观看警示片，6人参加');
    expect(await answerText('孙丽', '今天上午组织科室观看警示片，刚才写错了')).toMatch(/和这条写的一样，没有改动/);
    expect(activities()).toHaveLength(1);
  });

  it('李娟 restating the record 孙丽 reported: its reporter named, nothing stored', async () => {
    await recorded('孙丽', '昨天组织财务科观看警示教育片，6人参加');
    expect(await answerText('李娟', '昨天观看警示片是7人参加，之前报的写错了')).toMatch(/孙丽上报的12月3日的警示教育.*只能由上报人孙丽修改/);
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.attendees).toBe(6);
  });

  it('no record of the type stored: the report’s own 确认 card (round 29q), never stored before a tap', async () => {
    await recorded('孙丽', '昨天和王强进行了廉政谈话');
    expect(await answerText('孙丽', '昨天组织观看警示教育片，7人参加，之前报的写错了')).toMatch(/请确认/);
    expect(activities()).toHaveLength(1);
  });

  it('near-miss: a new 警示教育 on another day with no slip word is recorded at once', async () => {
    await recorded('孙丽', '昨天组织财务科观看警示教育片，6人参加');
    await answerText('孙丽', '12月1日组织财务科观看警示教育片，8人参加');
    expect(activities()).toHaveLength(2);
  });
});

describe('2. 刚才说的是和李娟谈心: the stored talk’s 对象 changed, no new talk', () => {
  it.each([['刚才说的是和李娟谈心'], ['哦 刚才 说的是跟李娟谈心谈话'], ['说错了，是跟李娟谈的']])('王强 「%s」', async (correction) => {
    await recorded('王强', '昨天和王芳进行了谈心谈话');
    expect(await answerText('王强', correction)).toMatch(/请确认修改/);
    expect(activities()).toHaveLength(1);
    await say('王强', '确认');
    expect(activities().map((a) => a.counterpartIds)).toEqual([['lijuan']]);
  });
});

describe('3. a correction naming a type never changes a record of another type', () => {
  it('刘芳: only a 党课 stored, 「刚才报的那次警示教育其实是上周五」 → said, the 党课 kept', async () => {
    await recorded('刘芳', '昨天讲了一堂廉政党课');
    expect(await answerText('刘芳', '刚才报的那次警示教育其实是上周五')).toMatch(/没有警示教育的记录，没有改动/);
    expect(activities()[0]!.date).toBe('2026-12-03');
  });
});

describe('4. 改到 + a past day with the record stored: its day changed', () => {
  it('王强: 「和张颖的谈心谈话改到周三」 → 12-02 at 确认; 改到下周三 stays the plan reply', async () => {
    await recorded('王强', '昨天和张颖进行了谈心谈话');
    expect(await answerText('王强', '和张颖的谈心谈话改到下周三')).toMatch(/计划安排/);
    expect(await answerText('王强', '和张颖的谈心谈话改到周三')).toMatch(/请确认修改/);
    await say('王强', '确认');
    expect(activities().map((a) => a.date)).toEqual(['2026-12-02']);
  });
});

describe('5. 撤销党组会议 with no day: the stored 专题会议 found', () => {
  it('张伟: found with its 撤销, then a typed 撤销 withdraws it (was 没看懂)', async () => {
    await recorded('张伟', '12月1日主持召开党组会议，专题研究党风廉政建设工作');
    expect(await answerText('张伟', '撤销党组会议')).toMatch(/找到 1 条/);
    expect(activities()).toHaveLength(1);
    expect(await answerText('张伟', '撤销')).toMatch(/已撤销/);
    expect(activities()).toHaveLength(0);
  });
});
