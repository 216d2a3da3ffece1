// withAccountSubjectOnItems: the one an account opens with written before its subjectless items; its patterns are built
// once per directory (issue 14, r58), so the sender's own name must still never open an account of someone else.
import { describe, expect, it } from 'vitest';
import { withAccountSubjectOnItems } from '../../../src/domain/report/accountSubjectOnItems.js';
import type { PassEnv } from '../../../src/domain/report/textPass.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

const names = fixtureDirectory.org.people.map((p) => p.name);
const from = (senderId: string): PassEnv => ({
  directory: fixtureDirectory,
  names,
  senderId,
  senderName: fixtureDirectory.person(senderId)?.name,
  today: '2026-11-30',
});
const account = '孙丽11月份：11月6日组织部门学习《廉洁自律准则》；11月13日与我进行谈心谈话；11月27日向党组书面报告了本部门工作';
const written = '孙丽11月份：孙丽11月6日组织部门学习《廉洁自律准则》；孙丽11月13日与我进行谈心谈话；孙丽11月27日向党组书面报告了本部门工作';

describe('withAccountSubjectOnItems', () => {
  it("writes the account's subject before each item a clerk sent without one", () => {
    expect(withAccountSubjectOnItems(account, from('linfeng'))).toBe(written);
  });

  it('leaves an account opening with the sender\'s own name as it is, whichever sender the patterns were first built for', () => {
    expect(withAccountSubjectOnItems(account, from('sunli'))).toBe(account);
    expect(withAccountSubjectOnItems(account, from('linfeng'))).toBe(written);
    expect(withAccountSubjectOnItems(account, from('sunli'))).toBe(account);
  });

  it('still reads a counted visit opened by a surname and post when the sender is the one it names', () => {
    const visit = '孙部长11月份来我们部两次，一次是11月10日参加会议并讲话，一次是11月24日和我签了责任书';
    const out = '孙部长11月份来我们部两次，孙部长11月10日参加会议并讲话，孙部长11月24日和我签了责任书';
    expect(withAccountSubjectOnItems(visit, from('linfeng'))).toBe(out);
    expect(withAccountSubjectOnItems(visit, from('sunli'))).toBe(out);
  });
});
