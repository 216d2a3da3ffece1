// t48b O1: a 党组 duty counts the 党组's own activities (secretary, 班子成员, 纪检), not a 科室/中心's own 专题会议 or 学习.
import { describe, expect, it } from 'vitest';
import { computeCompletion, indexActivities } from '../../../src/domain/completion/computeCompletion.js';
import { isPartyLevel } from '../../../src/domain/completion/partyLevel.js';
import { unitLevelLeftOut } from '../../../src/domain/completion/unitLevelLeftOut.js';
import { createDirectory } from '../../../src/domain/organization.js';
import { act, at, completionOf, DEFAULT_DUTIES, lineOf, SMALL_ORG, smallDirectory, viewOf } from '../../support/completionFixtures.js';

// Monday 2026-11-30, as the testers' round: the 下半年 is the 专题研究's period, 2026 the education's.
const NOW = at('2026-11-30 10:00');
const Q4 = viewOf('2026-11-30');

describe('isPartyLevel', () => {
  const directory = smallDirectory();
  it.each([
    ['the secretary', 'sec', true],
    ['a 班子成员', 'l1', true],
    ['a 班子成员 who also heads a department', 'l3', true],
    ['a 纪检 officer', 'insp', true],
    ['a department head', 'h3', false],
    ['a member', 'm1', false],
    ['someone the directory does not know (counted, as before)', 'gone', true],
  ])('%s: %s', (_what, actorId, party) => {
    expect(isPartyLevel(directory, { actorId, date: '2026-10-15' })).toBe(party);
  });

  it('reads the doer’s roles on the record’s day: a head made 班子成员 later held the earlier meeting for the 中心', () => {
    const dated = createDirectory({
      ...SMALL_ORG,
      people: SMALL_ORG.people.map((p) => (p.id === 'h3' ? { ...p, roleSpans: [{ role: 'leader' as const, from: '2026-11-01' }] } : p)),
    });
    expect(isPartyLevel(dated, { actorId: 'h3', date: '2026-10-15' })).toBe(false);
    expect(isPartyLevel(dated, { actorId: 'h3', date: '2026-11-10' })).toBe(true);
  });

  it('never counts a meeting another body held as the 党组’s, whoever chaired it (round 53, t55b F3: 赵敏’s 机关党委会议)', () => {
    for (const meetingBody of ['party_committee', 'discipline_committee', 'branch', 'director_office'] as const) {
      expect(isPartyLevel(directory, { actorId: 'l1', date: '2026-11-30', meetingBody })).toBe(false);
      expect(isPartyLevel(directory, { actorId: 'sec', date: '2026-11-30', meetingBody })).toBe(false);
    }
    expect(isPartyLevel(directory, { actorId: 'l1', date: '2026-11-30' })).toBe(true);
  });
});

describe('党组专题研究 (round 53, t55b F3: a 班子成员’s 机关党委会议 made the 党组’s 2/2)', () => {
  it('counts the secretary’s 党组会 and not the 班子成员’s 机关党委会议', () => {
    const own = act({ type: 'meeting_special', date: '2026-11-20', actorId: 'sec' });
    const committee = act({ type: 'meeting_special', date: '2026-11-30', actorId: 'l1', meetingBody: 'party_committee' });
    const line = lineOf(completionOf([own, committee], Q4, NOW), 'special-meeting', 'sec');
    expect([line.done, line.activityIds]).toEqual([1, [own.id]]);
    // Without a body named, a 班子成员's 专题会议 still counts for the 党组 (today's reading, the test below).
    const plain = act({ type: 'meeting_special', date: '2026-11-30', actorId: 'l1' });
    expect(lineOf(completionOf([own, plain], Q4, NOW), 'special-meeting', 'sec').done).toBe(2);
  });
});

describe('党组专题研究 (t48b O1: 何平’s 康复中心 专题会议 made the 党组’s 2)', () => {
  const centre = act({ type: 'meeting_special', date: '2026-10-15', actorId: 'h3', departmentId: 'd-rehab', attendees: 9 });
  const party = act({ type: 'meeting_special', date: '2026-11-20', actorId: 'sec', attendees: 12 });

  it('counts the secretary’s 党组会 and not the 中心’s own 专题会议', () => {
    const line = lineOf(completionOf([centre, party], Q4, NOW), 'special-meeting', 'sec');
    expect([line.done, line.doneInView, line.activityIds]).toEqual([1, 1, [party.id]]);
  });

  it('leaves the 党组 line open when only a 中心 held one', () => {
    const line = lineOf(completionOf([centre], Q4, NOW), 'special-meeting', 'sec');
    expect([line.done, line.activityIds]).toEqual([0, []]);
  });

  it('counts a 班子成员’s 专题会议 for the 党组, as a 班子成员 acts for it', () => {
    const leader = act({ type: 'meeting_special', date: '2026-09-03', actorId: 'l2' });
    expect(lineOf(completionOf([centre, leader], Q4, NOW), 'special-meeting', 'sec').activityIds).toEqual([leader.id]);
  });
});

describe('党组 education, 警示教育, 专项资金检查', () => {
  const acts = [
    act({ type: 'edu_warning', date: '2026-12-03', actorId: 'sec', title: '围猎之下', attendees: 46 }),
    act({ type: 'edu_lecture', date: '2026-06-12', actorId: 'l3', attendees: 40 }),
    // 科室 学习/观影 of their own: the 科室's, not the 党组's four a year.
    act({ type: 'edu_integrity', date: '2026-11-05', actorId: 'h1', departmentId: 'd-office', attendees: 6 }),
    act({ type: 'edu_warning', date: '2026-11-13', actorId: 'h3', departmentId: 'd-rehab', attendees: 4 }),
    act({ type: 'edu_integrity', date: '2026-10-20', actorId: 'm2', departmentId: 'd-finance' }),
    // 纪检 carries out the 党组's checks; a 中心 checking its own funds does not.
    act({ type: 'inspect_funds', date: '2026-09-24', actorId: 'insp', departmentId: 'd-rehab' }),
    act({ type: 'inspect_funds', date: '2026-11-02', actorId: 'h3', departmentId: 'd-rehab' }),
  ];
  const report = completionOf(acts, Q4, NOW);

  it('counts only the 党组’s own toward 教育 4/year', () => {
    const line = lineOf(report, 'education', 'sec');
    expect([line.done, line.doneInView]).toEqual([2, 1]);
  });
  it('counts the 党组’s 警示教育 only', () => {
    expect(lineOf(report, 'warning-education', 'sec').activityIds).toEqual([acts[0]!.id]);
  });
  it('counts the 纪检 check for the 党组, not the 中心’s own', () => {
    expect(lineOf(report, 'funds-check', 'sec').activityIds).toEqual([acts[5]!.id]);
  });
  it('leaves the people’s own duties as they were: the secretary’s 党课 line still counts only the secretary', () => {
    expect(lineOf(report, 'integrity-lecture', 'sec').done).toBe(0);
  });

  it('agrees through the index and through the raw list', () => {
    const viaIndex = computeCompletion({ directory: smallDirectory(), duties: DEFAULT_DUTIES, activities: indexActivities(acts), view: Q4, now: NOW });
    expect(viaIndex.lines).toEqual(report.lines);
  });

  it('names what it left out, per duty and department, in one sentence for the card', () => {
    const notes = unitLevelLeftOut(report.lines, DEFAULT_DUTIES, smallDirectory(), indexActivities(acts), { start: '2026-01-01', end: '2026-12-31' });
    expect(notes).toEqual([
      '党组层面的事项只计党组书记、班子成员和纪检干部牵头开展的活动；科室、中心自行开展的未计入党组：' +
        '「党性党风党纪和廉洁从政教育活动」3次（财务科1次、办公室1次、康复中心1次）；「警示教育」1次（康复中心1次）；' +
        '「专项资金使用调度会和检查」1次（康复中心1次），仍在台账中。',
    ]);
  });

  it('says nothing when every record of a 党组 duty is the 党组’s', () => {
    const own = acts.filter((a) => ['sec', 'l3', 'insp'].includes(a.actorId));
    const mine = completionOf(own, Q4, NOW);
    expect(unitLevelLeftOut(mine.lines, DEFAULT_DUTIES, smallDirectory(), indexActivities(own), Q4)).toEqual([]);
  });
});
