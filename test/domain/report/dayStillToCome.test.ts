// The hour a message is sent decides whether this evening (round 25b, §7) or a clock time or part of today (round 35a)
// has come: real calls at several `now`s.
import { describe, expect, it } from 'vitest';
import { saysDayStillToCome, arrangedForWeekday, withLaterPartSaidDone } from '../../../src/domain/report/dayStillToCome.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';
import { deedFellThrough } from '../../../src/domain/report/deedFellThrough.js';

const at = (hhmm: string) => new Date(`2026-12-02T${hhmm}:00+08:00`);

describe('saysDayStillToCome: this evening or a time of today, by the hour the message is sent', () => {
  it.each([
    ['今晚和王磊谈心', '10:00', true],
    ['今晚和王磊谈心', '17:59', true],
    ['今晚和王磊谈心', '18:00', false],
    ['今晚和王磊谈心', '21:00', false],
    ['今天下班后和王建国谈心谈话', '17:00', true],
    ['今天下班后和王建国谈心谈话', '19:00', false],
    ['晚上7点和冯雪进行廉政谈话', '18:30', true],
    ['晚上7点和冯雪进行廉政谈话', '19:30', false],
    ['今晚和王磊谈了心', '10:00', false],
    ['昨天晚上和李明谈心', '10:00', false],
    ['周五晚上和李明谈心', '10:00', false],
    ['今天上午和李明廉政谈话', '09:00', false],
    // round 35a: a clock time or a part of today still ahead, nothing said done, is a plan; once come, a report.
    ['今天下午和李明廉政谈话', '10:00', true],
    ['今天下午和李明廉政谈话', '13:00', false],
    ['下午3点中心开警示教育会', '10:00', true],
    ['下午3点中心开警示教育会', '14:59', true],
    ['下午3点中心开警示教育会', '16:00', false],
    ['今天下午三点部门学习《廉洁自律准则》', '10:00', true],
    ['15:00科室开廉政教育会', '10:00', true],
    ['15:00科室开廉政教育会', '15:30', false],
    ['今天上午9点和孙丽谈心谈话', '10:00', false],
    ['今天下午开展了警示教育', '10:00', false],
    ['下午3点开了警示教育会', '10:00', false],
    ['11月30日下午3点召开专题会议', '10:00', false],
    ['今天上午和王芳谈心，下午和胡军谈心', '10:00', false],
    // round 36a F7: a head count says nothing of the deed done; findings do.
    ['今天下午组织学习《准则》，参加10人', '10:00', true],
    ['今天下午组织部门党员观看警示教育片《蜕变》，参加6人', '05:48', true],
    ['下午3点开警示教育会，共20人', '10:00', true],
    ['今天下午组织学习《准则》，参加10人', '15:00', false],
    ['今天下午检查考勤，发现2人迟到', '10:00', false],
  ])('%s sent at %s → %s', (text, hhmm, expected) => {
    expect(saysDayStillToCome(text, at(hhmm))).toBe(expected);
  });
});

describe('arrangedForWeekday: the arrangement may be said done, the deed not', () => {
  it.each([
    ['和刘芳的廉政谈话已约在周五', true],
    ['和李明的廉政谈话改在周五了', true],
    ['跟吴静的谈心谈话约在了周三下午', true],
    ['和李明的廉政谈话原定周四，改到周五进行了', false],
    ['周四和李明谈了廉政谈话', false],
    ['约在周四', false],
  ])('%s → %s', (text, expected) => {
    expect(arrangedForWeekday(text)).toBe(expected);
  });
});

describe('deedFellThrough: the whole deed, not one of several people', () => {
  it.each([
    ['今天和何平廉政谈话，他请假了改天再谈', true],
    ['今天找吴静谈心，她不在', true],
    ['今天与李明廉政谈话未果', true],
    ['今天的警示教育片只放了一半，停电了', true],
    ['今天和李明、孙丽谈心，孙丽请假了改天再谈', false],
    ['今天和何平进行了廉政谈话，他下周请假', false],
    ['昨天和李明谈了心，他出差了', false],
    ['今天组联部学习《准则》，应到5人，请假2人', false],
    ['今天财务科学习《准则》，请假一人', false],
    ['昨天与周涛廉政谈话，今天组织观看警示教育片，放了一半停电了', false],
  ])('%s → %s', (text, expected) => {
    expect(deedFellThrough(text)).toBe(expected);
  });
});

describe('withLaterPartSaidDone (round 59, fcf; t61a F3)', () => {
  const meeting = (date = '2026-11-30'): ParsedReport => ({ draft: { type: 'meeting_special', date, counterpartIds: [], late: false }, problems: [], remarks: [] });
  const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+08:00`);
  it.each([
    ['今天下午召开了党风廉政建设专题会议', '10:00'],
    ['下午已召开党风廉政建设专题会议', '11:30'],
    ['今天上午召开了党风廉政建设专题会议', '07:30'],
  ])('「%s」 at %s: on a card, the words quoted', (text, hhmm) => {
    const [r] = withLaterPartSaidDone([meeting()], text, at(hhmm), '2026-11-30');
    expect(r!.reasons).toEqual(['later_part_done']);
    expect(r!.remarks[0]).toContain('说的时段今天还没到');
  });
  it.each([
    ['今天上午召开了党风廉政建设专题会议', '10:00'],
    ['今天下午召开了党风廉政建设专题会议', '14:00'],
    ['今天下午召开党风廉政建设专题会议', '10:00'],
    ['今天上午和王芳谈心谈话，下午和胡军谈心谈话了', '10:00'],
  ])('near-miss 「%s」 at %s: unchanged', (text, hhmm) => {
    const reports = [meeting()];
    expect(withLaterPartSaidDone(reports, text, at(hhmm), '2026-11-30')).toEqual(reports);
  });
  it('a record of another day is left alone', () => {
    const reports = [meeting('2026-11-29')];
    expect(withLaterPartSaidDone(reports, '今天下午召开了党风廉政建设专题会议', at('10:00'), '2026-11-30')).toEqual(reports);
  });
});
