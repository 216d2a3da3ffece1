// Round 31g F2: a department's meeting that its 分管领导 only attended hands the clauses after to the department.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';
import { meetingHeldByDepartment } from '../../../src/domain/report/meetingHeldByDepartment.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string) => ({ now: NOW, directory, senderId: id(sender), mentions: [] });
const meeting = (actor: string, departmentId: string, type: ActivityTypeCode = 'meeting_dept'): ParsedReport[] => [
  { draft: { type, date: '2026-11-23', actorId: id(actor), departmentId, counterpartIds: [], late: false }, problems: [], remarks: [] },
];

describe('meetingHeldByDepartment', () => {
  it('goes on with nobody named when the sender heads the department that held it', () => {
    expect(meetingHeldByDepartment(meeting('刘芳', 'rehab'), '11月23日,康复部召开党风廉政建设专题会议,刘芳副理事长参加并讲话;', ctx('吴静'))).toEqual({});
  });

  it("goes on with the department's head when a member of it reports, the unit word included", () => {
    expect(meetingHeldByDepartment(meeting('刘芳', 'liaison'), '11月19日,组联部召开会议,刘芳副理事长出席并讲话;', ctx('陈静'))).toEqual({ actorId: id('周涛') });
    expect(meetingHeldByDepartment(meeting('赵敏', 'center'), '11月20日,中心召开党风廉政建设工作会议,赵书记出席并讲话', ctx('孙杰'))).toEqual({ actorId: id('何平') });
  });

  it('is undefined when the leader is the subject, another type, or no department held it', () => {
    expect(meetingHeldByDepartment(meeting('刘芳', 'liaison'), '11月19日,刘芳副理事长到组联部参加会议并讲话', ctx('陈静'))).toBeUndefined();
    expect(meetingHeldByDepartment(meeting('刘芳', 'rehab'), '刘芳副理事长主持召开康复部专题会议', ctx('吴静'))).toBeUndefined();
    expect(meetingHeldByDepartment(meeting('刘芳', 'rehab', 'meeting_special'), '康复部召开专题会议,刘芳副理事长参加', ctx('吴静'))).toBeUndefined();
    expect(meetingHeldByDepartment(meeting('周涛', 'liaison'), '组联部召开会议,周涛主持', ctx('陈静'))).toBeUndefined();
  });
});
