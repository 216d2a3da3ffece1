// Round 36b (issue 10): a sitting announced for a part of today, nothing said done, read by the hour the message is sent —
// a plan before its part of the day, a card asking whether it was held while the part is under way, a report once it is
// over; a bare hour (3点开会学习廉政准则) of the working day, 8 to 12 o'clock as they are and 1 to 6 the afternoon's.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { partOfTodayUnderway } from '../../../src/domain/report/dayStillToCome.js';

const directory = loadConfig('config').directory;
const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+08:00`);
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;

/** `plan` nothing recorded; `card` today's record on a card asking whether held; `once` stored at once; `day` its day asked. */
function reading(sender: string, text: string, hhmm: string): 'plan' | 'card' | 'once' | 'day' {
  const got = parseReport(text, { now: at(hhmm), directory, senderId: id(sender), mentions: [] });
  if (got === null || got.length === 0) return 'plan';
  if (got.some((r) => r.problems.some((p) => p.code === 'missing_date'))) return 'day';
  expect(got.every((r) => r.draft.date === (/11月27日/.test(text) ? '2026-11-27' : '2026-11-30'))).toBe(true);
  const reasons = got.every((r) => r.problems.length === 0) ? confirmReasons(got, text) : [];
  return reasons.includes('not_said_done') ? 'card' : 'once';
}

describe('a sitting of a part of today, nothing said done, by the hour sent', () => {
  it.each([
    // The probe's row: the afternoon under way at 13:30.
    ['何平', '下午中心开警示教育会', '10:00', 'plan'],
    ['何平', '下午中心开警示教育会', '12:00', 'card'],
    ['何平', '下午中心开警示教育会', '13:30', 'card'],
    ['何平', '下午中心开警示教育会', '17:59', 'card'],
    ['何平', '下午中心开警示教育会', '18:30', 'once'],
    ['吴静', '今天下午部门集中学习《廉洁自律准则》', '14:00', 'card'],
    ['周涛', '今天下午组联部组织观看警示教育片《围猎》', '15:20', 'card'],
    ['孙丽', '下午科室开廉政教育会，传达学习市纪委通报', '13:30', 'card'],
    ['郑华', '下午部里学习《中国共产党纪律处分条例》', '16:00', 'card'],
    ['何平', '上午中心开警示教育会', '07:30', 'plan'],
    ['何平', '上午中心开警示教育会', '10:00', 'card'],
    ['何平', '上午中心开警示教育会', '13:30', 'once'],
    ['王磊', '中午宣文部开会学习党纪处分条例', '12:30', 'card'],
    ['王磊', '中午宣文部开会学习党纪处分条例', '14:30', 'once'],
    // Near-misses: said done, told done, begun, a talk or a signing, another day, a clock time gone by.
    ['何平', '下午中心开了警示教育会', '13:30', 'once'],
    ['何平', '下午中心开警示教育会，参加25人', '13:30', 'once'],
    ['刘芳', '下午正在组联部开警示教育会', '14:00', 'once'],
    ['王建国', '今天下午和李明进行廉政谈话', '13:30', 'once'],
    ['王建国', '下午和孙丽签订廉政责任书', '15:00', 'once'],
    ['何平', '11月27日下午中心开警示教育会', '13:30', 'once'],
    ['何平', '下午3点中心开警示教育会', '16:00', 'once'],
    ['何平', '下午3点中心开警示教育会', '14:00', 'plan'],
  ] as const)('%s：%s sent at %s → %s', (sender, text, hhmm, expected) => {
    expect(reading(sender, text, hhmm)).toBe(expected);
  });

  it('quotes the words on the card and asks 确认 or 取消', () => {
    const got = parseReport('下午中心开警示教育会', { now: at('13:30'), directory, senderId: id('何平'), mentions: [] })!;
    expect(got[0]!.remarks.join('')).toMatch(/「下午中心开警示教育会」没有说已经进行.*确认.*取消/);
    expect(partOfTodayUnderway('下午中心开警示教育会', at('13:30'))).toBe('下午中心开警示教育会');
    expect(partOfTodayUnderway('下午中心开警示教育会', at('10:00'))).toBeUndefined();
  });
});

describe('a bare hour of the working day (8 to 12 o\'clock as they are, 1 to 6 the afternoon\'s), by the hour sent', () => {
  const HOURS = ['8', '9', '10', '11', '12', '1', '2', '3', '4', '5', '6'];
  const minuteOf = (h: string) => (Number(h) <= 6 ? Number(h) + 12 : Number(h)) * 60;
  it.each(['10:00', '13:30', '16:00'])('3点开会学习《廉政准则》 and its neighbours sent at %s: a plan when still ahead, its day asked once gone by', (hhmm) => {
    const now = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
    for (const h of HOURS) {
      expect([h, reading('何平', `${h}点开会学习《廉政准则》`, hhmm)]).toEqual([h, now < minuteOf(h) ? 'plan' : 'day']);
    }
  });

  it.each([
    // The probe's row: no kind nor 《》, 3点 still ahead at 13:30.
    ['3点开会学习廉政准则', '13:30', 'plan'],
    ['3点开会学习廉政准则', '10:00', 'plan'],
    ['3点开会学习廉政准则', '15:30', 'day'],
    ['两点半部门开会学习廉政准则', '13:30', 'plan'],
    ['下午三点开会学习廉政准则', '13:30', 'plan'],
    ['下午三点开会学习廉政准则', '15:30', 'once'],
    ['今天3点开会学习廉政准则', '13:30', 'plan'],
    ['3点开了会，学习了廉政准则', '13:30', 'day'],
  ] as const)('%s sent at %s → %s', (text, hhmm, expected) => {
    expect(reading('何平', text, hhmm)).toBe(expected);
  });
});
