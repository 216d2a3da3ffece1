// Round 59, fcb (issue 10; fdb's finding): a talk a clause calls 函询/诫勉 is asked its type, whichever path read it.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { disciplinaryTalkPeople, withDisciplinaryTalksAsked } from '../../../src/domain/report/disciplinaryTalksAsked.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: id('黄志刚'), mentions: [] };
const people = (text: string) => [...disciplinaryTalkPeople(normalizeText(text), ctx)].sort();

describe('disciplinaryTalkPeople', () => {
  it.each([
    ['11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话', ['王强']],
    ['11月24日对孙杰进行了廉政谈话；与王强进行了诫勉谈话', ['王强']],
    ['11月24日对孙杰进行了提醒谈话 对王强进行了函询谈话', ['王强']],
    ['11月24日分别对孙杰、王强进行了提醒谈话和函询谈话', ['王强']],
    ['11月24日分别对孙杰、王强进行了函询谈话和提醒谈话', ['孙杰']],
    // Which kind was whose is unsure without 分别: both asked.
    ['11月24日对孙杰、王强进行了提醒谈话和函询谈话', ['孙杰', '王强']],
    // A clause of no one after a clause naming a person and no duty kind.
    ['11月24日对孙杰进行了提醒谈话，约谈了王强，就报销问题进行了函询', ['王强']],
    ['上周二对孙科长进行了诫勉谈话', ['孙丽']],
  ])('%s → %j', (text, names) => {
    expect(people(text)).toEqual(names.map(id).sort());
  });

  it.each([
    '11月24日与王强进行了廉政谈话，不是函询',
    '11月24日与王强进行了廉政谈话，王强此前被函询过',
    '11月25日对徐辉进行了提醒函询',
    '11月24日对孙杰进行了提醒谈话，对王强进行了谈心谈话',
  ])('near-miss %s → nobody', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('withDisciplinaryTalksAsked', () => {
  const talk = (who: string, type: 'talk_integrity' | 'talk_heart' | 'edu_integrity' = 'talk_integrity'): ParsedReport => ({
    draft: { type, date: '2026-11-24', counterpartIds: [id(who)], late: false, departmentId: 'finance' },
    problems: [],
    remarks: [],
  });

  it('drops the type and department of the asked person\'s talk and asks its type; the other talk is kept', () => {
    const got = withDisciplinaryTalksAsked([talk('孙杰'), talk('王强')], normalizeText('11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话'), ctx);
    expect(got[0]).toEqual(talk('孙杰'));
    expect(got[1]!.draft.type).toBeUndefined();
    expect(got[1]!.draft.departmentId).toBeUndefined();
    // Round 61 (gad): the question says which word it was, 「函询」不是…的谈话.
    expect(got[1]!.problems).toEqual([{ code: 'missing_type', disciplinary: '函询' }]);
  });

  it('leaves records that are no talk, and a message of no disciplinary word, as they are', () => {
    const edu = [talk('王强', 'edu_integrity')];
    expect(withDisciplinaryTalksAsked(edu, normalizeText('对王强进行了函询谈话'), ctx)).toBe(edu);
    const plain = [talk('王强')];
    expect(withDisciplinaryTalksAsked(plain, normalizeText('对王强进行了廉政谈话'), ctx)).toBe(plain);
  });
});
