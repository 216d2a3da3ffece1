// A reminder sent or passed on to everyone is no record of any type (t28 B35); a 提醒 to someone, a 提醒会, or a plan is.
import { describe, expect, it } from 'vitest';
import { reminderSentOnly, withoutSentReminder } from '../../../src/domain/report/reminderSentOnly.js';

describe('reminderSentOnly', () => {
  it.each([
    '节前廉政提醒今天已发全体职工',
    '已向全体职工发送国庆节前廉政提醒短信',
    '中秋节前提醒已转发各部室',
    '元旦前廉洁提醒已在工作群推送',
    '春节前廉政提醒短信都发了',
    '今天把节前廉政提醒转发到各支部群了',
    '廉政提醒已群发给全体干部职工',
  ])('%j is only a reminder sent', (text) => {
    expect(reminderSentOnly(text)).toBe(true);
  });

  it.each([
    '昨天节前和李明进行了廉政提醒谈话',
    '今天和王建国进行了廉政提醒',
    '昨天召开节前廉政提醒会，全体职工参加',
    '准备明天给全体职工发送元旦节前廉政提醒',
    '节前廉政提醒已发全体职工，昨天还组织学习了《廉洁自律准则》，参加8人',
    '今天组织全体职工学习节前廉政提醒',
  ])('%j is not', (text) => {
    expect(reminderSentOnly(text)).toBe(false);
  });
});

describe('withoutSentReminder', () => {
  it('takes the sending out beside another deed', () => {
    expect(withoutSentReminder('节前廉政提醒已发全体职工，昨天还组织学习了《廉洁自律准则》，参加8人')).toEqual({
      text: '昨天还组织学习了《廉洁自律准则》，参加8人',
      clauses: ['节前廉政提醒已发全体职工'],
    });
  });

  it('leaves a message with no other deed, or no sending, alone', () => {
    expect(withoutSentReminder('节前廉政提醒已发全体职工')).toBeUndefined();
    expect(withoutSentReminder('昨天组织学习了《廉洁自律准则》，参加8人')).toBeUndefined();
  });
});
