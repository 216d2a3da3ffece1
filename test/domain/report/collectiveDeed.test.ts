// A collective 廉政教育/警示教育 with no department nor doer named, from a member: the department head's, or asked whose (round 36, ffc).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { createDirectory } from '../../../src/domain/organization.js';
import { collectiveDeed } from '../../../src/domain/report/collectiveDeed.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctxOf = (from: string, dir = directory) => ({ now: NOW, directory: dir, senderId: idOf(from), mentions: [] });

/** The demo organisation with the 办公室's head post vacant (李明 gone from it). */
const vacant = createDirectory({ ...directory.org, departments: directory.org.departments.map((d) => (d.id === 'office' ? { ...d, headId: '' } : d)) });
const LEADERS = directory.org.people.filter((p) => p.roles.includes('secretary') || p.roles.includes('leader')).map((p) => p.id);

describe('collectiveDeed', () => {
  it.each([
    ['胡军', '\u0000\u0000\u0000\u0000\u0000集中学习\u0000\u0000\u0000\u0000，参加8人', '李明'],
    ['李娟', '\u0000\u0000\u0000\u0000\u0000组织学习\u0000\u0000\u0000\u0000', '孙丽'],
    ['赵磊', '\u0000\u0000\u0000\u0000\u0000召开\u0000\u0000\u0000\u0000会，参加人员9名', '冯雪'],
    ['陈静', '\u0000\u0000\u0000\u0000\u0000观看\u0000\u0000\u0000《\u0000\u0000》，共7人参加', '郑华'],
    // A deputy head is a member of the department here.
    ['王强', '\u0000\u0000\u0000\u0000\u0000部门开会学习了《\u0000\u0000\u0000\u0000》', '孙丽'],
  ])('%s「%s」 is %s\'s', (from, rest, head) => {
    expect(collectiveDeed('edu_integrity', rest, ctxOf(from))).toEqual({ actorId: idOf(head) });
  });

  it.each([
    // The sender's own said, or only attended; a study of one's own; a body or another department named.
    ['胡军', '\u0000\u0000\u0000\u0000\u0000我组织科室集中学习\u0000\u0000\u0000\u0000'],
    ['胡军', '\u0000\u0000\u0000\u0000\u0000我参加了集中学习\u0000\u0000\u0000\u0000'],
    ['胡军', '\u0000\u0000\u0000\u0000\u0000学习了\u0000\u0000\u0000\u0000'],
    ['胡军', '\u0000\u0000\u0000\u0000\u0000党组集中学习\u0000\u0000\u0000\u0000'],
    ['胡军', '\u0000\u0000\u0000\u0000\u0000财务科集中学习\u0000\u0000\u0000\u0000'],
    // A head, a leader, an inspector may well have held it.
    ['李明', '\u0000\u0000\u0000\u0000\u0000集中学习\u0000\u0000\u0000\u0000，参加8人'],
    ['王建国', '\u0000\u0000\u0000\u0000\u0000集中学习\u0000\u0000\u0000\u0000，参加8人'],
    ['林晓', '\u0000\u0000\u0000\u0000\u0000集中学习\u0000\u0000\u0000\u0000，参加8人'],
  ])('%s「%s」 is left to the other readers', (from, rest) => {
    expect(collectiveDeed('edu_integrity', rest, ctxOf(from))).toBeUndefined();
  });

  it('is only for studies and films, never a talk or a check', () => {
    expect(collectiveDeed('inspect_style', '\u0000\u0000\u0000\u0000\u0000集中\u0000\u0000\u0000\u0000，参加8人', ctxOf('胡军'))).toBeUndefined();
    expect(collectiveDeed('talk_heart', '\u0000\u0000\u0000\u0000\u0000集中\u0000\u0000\u0000\u0000，参加8人', ctxOf('胡军'))).toBeUndefined();
  });

  it('asks whose it was, the leaders then the sender, when the sender\'s department has no head', () => {
    expect(collectiveDeed('edu_integrity', '\u0000\u0000\u0000\u0000\u0000集中学习\u0000\u0000\u0000\u0000，参加8人', ctxOf('胡军', vacant))).toEqual({
      problem: { code: 'missing_actor', candidateIds: [...LEADERS, idOf('胡军')] },
    });
    const got = parseReport('11月13日集中学习廉政知识，参加8人', ctxOf('胡军', vacant))!;
    expect(got.map((r) => [r.draft.type, r.draft.actorId, r.problems.map((p) => p.code)])).toEqual([['edu_integrity', undefined, ['missing_actor']]]);
  });

  it('reads the probe\'s message as the head\'s, on the card', () => {
    const got = parseReport('11月13日集中学习廉政知识，参加8人', ctxOf('胡军'))!;
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.actorId, r.draft.attendees, r.reasons])).toEqual([['edu_integrity', '2026-11-13', idOf('李明'), 8, ['third_person']]]);
  });
});
