// correctedPerson and supervisedMeeting (round 35): a person or a type changed on a card read as a first message would.
import { describe, expect, it } from 'vitest';
import { personChanged } from '../../../src/domain/report/correctedPerson.js';
import { asSupervisedMeeting } from '../../../src/domain/report/supervisedMeeting.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

/** 李娟 (财务科科员) under 孙丽 (head) under 王建国 (分管) under 张伟 (书记). */
const ABOVE: Record<string, string[]> = { lijuan: ['sunli', 'wangjianguo', 'zhangwei'], sunli: ['wangjianguo', 'zhangwei'] };
const DEPT: Record<string, string> = { lijuan: 'finance', sunli: 'finance', wangqiang: 'finance', liuyang: 'rehab', heping: 'center' };
const ctx = { senderId: 'lijuan', superiorOf: (u: string, l: string) => (ABOVE[l] ?? []).includes(u), departmentOf: (id: string) => DEPT[id] };
const talk = (fields: Partial<ReportDraft>): ReportDraft => ({ type: 'talk_heart', date: '2026-11-26', counterpartIds: ['wangqiang'], departmentId: 'finance', late: false, ...fields });

describe('personChanged', () => {
  it('someone anywhere above the sender holds the talk, at their (no) department', () => {
    expect(personChanged(talk({}), 'wangjianguo', ctx)).toEqual({ draft: { ...talk({ actorId: 'wangjianguo', counterpartIds: ['lijuan'] }), departmentId: undefined }, above: true });
    const { departmentId: _none, ...held } = personChanged(talk({}), 'zhangwei', ctx).draft;
    expect(held).toEqual({ type: 'talk_heart', date: '2026-11-26', actorId: 'zhangwei', counterpartIds: ['lijuan'], late: false });
  });

  it('near-miss: a peer stays the sender’s own talk, now at the peer’s department', () => {
    expect(personChanged(talk({}), 'liuyang', ctx)).toEqual({ draft: talk({ counterpartIds: ['liuyang'], departmentId: 'rehab' }), above: false });
  });

  it('near-miss: a talk at a place of its own keeps it', () => {
    expect(personChanged(talk({ departmentId: 'center' }), 'liuyang', ctx).draft.departmentId).toBe('center');
  });
});

describe('asSupervisedMeeting', () => {
  const supervised = (id: string) => (id === 'chenzhiqiang' ? ['employment', 'rights'] : []);
  const meeting = (fields: Partial<ReportDraft>): ReportDraft => ({ type: 'meeting_dept', date: '2026-11-26', counterpartIds: [], late: false, ...fields });

  it('at every department the doer supervises, or those of them it already had', () => {
    expect(asSupervisedMeeting(meeting({}), 'chenzhiqiang', supervised)).toEqual(meeting({ departmentId: 'employment', departmentIds: ['employment', 'rights'] }));
    expect(asSupervisedMeeting(meeting({ departmentId: 'rights' }), 'chenzhiqiang', supervised)).toEqual(meeting({ departmentId: 'rights' }));
    expect(asSupervisedMeeting(meeting({ actorId: 'chenzhiqiang', departmentId: 'finance' }), 'sunli', supervised)).toEqual(meeting({ actorId: 'chenzhiqiang', departmentId: 'employment', departmentIds: ['employment', 'rights'] }));
  });

  it('a doer who supervises nothing is said', () => {
    expect(asSupervisedMeeting(meeting({}), 'sunli', supervised)).toBe('unsupervised');
  });
});
