// 逾期提醒 and every escalation step after the half-year ending 2026-06-30: blue 07-01, yellow 07-06, red 07-13.
import { describe, expect, it } from 'vitest';
import { escalationDays } from '../../../src/domain/reminders/overdue.js';
import { overdueCard } from '../../../src/feishu/cards/reminderOverdueCard.js';
import { act } from '../../support/completionFixtures.js';
import { calendar, decideAt, ofKind, settingsWith } from './testKit.js';

const overdueOnly = settingsWith({ festival: { enabled: false }, dueSoon: { enabled: false } });

function overdueAt(shanghai: string, activities: ReturnType<typeof act>[] = [], settings = overdueOnly) {
  return ofKind(decideAt(shanghai, { settings, activities }), 'overdue').filter((r) => r.due === '2026-06-30');
}

/** recipient → level → responsible ids and duties. */
function table(list: ReturnType<typeof overdueAt>) {
  return Object.fromEntries(
    list.map((r) => [`${'openId' in r.to ? r.to.openId : ''} ${r.level}`, [...new Set(r.items.map((i) => `${i.responsibleId}:${i.dutyId}`))].sort()]),
  );
}

it('the escalation days for 2026-06-30: next working day, +3, +5 working days', () => {
  expect(escalationDays(overdueOnly, calendar, '2026-06-30')).toEqual({ blue: '2026-07-01', yellow: '2026-07-06', red: '2026-07-13' });
  // across a break: 2026-09-30 → 国庆 → blue on 10-08, yellow counts the make-up Saturday 10-10
  expect(escalationDays(overdueOnly, calendar, '2026-09-30')).toEqual({ blue: '2026-10-08', yellow: '2026-10-12', red: '2026-10-19' });
});

describe('blue: the person, on the next working day', () => {
  it('nothing before 07-01 09:30', () => {
    expect(overdueAt('2026-06-30 16:00')).toEqual([]);
    expect(overdueAt('2026-07-01 09:29')).toEqual([]);
  });

  it('each responsible person gets their own overdue items, bundled, and no one else’s', () => {
    const sent = overdueAt('2026-07-01 09:30');
    expect(sent.every((r) => r.level === 'blue')).toBe(true);
    const t = table(sent);
    expect(Object.keys(t).sort()).toEqual(
      ['ou_h1', 'ou_h2', 'ou_h3', 'ou_h4', 'ou_h5', 'ou_insp', 'ou_l1', 'ou_l2', 'ou_l3', 'ou_sec'].map((id) => `${id} blue`),
    );
    expect(t['ou_h1 blue']).toEqual(['h1:info-report', 'h1:unit-report']);
    expect(t['ou_insp blue']).toEqual(['insp:style-inspection']);
    for (const r of sent) expect(new Set(r.items.map((i) => i.responsibleId)).size).toBe(1);
    expect(sent.find((r) => r.recipientName === '李明')?.key).toBe('overdue|all|2026-06-30|ou_l1|blue');
  });

  it('caught up at most 2 working days late', () => {
    expect(overdueAt('2026-07-03 10:00').some((r) => r.level === 'blue')).toBe(true);
    expect(overdueAt('2026-07-06 10:00').some((r) => r.level === 'blue')).toBe(false);
  });
});

describe('yellow: the superior, 3 working days later', () => {
  it('on 07-05 (Sunday) nothing, on 07-06 09:30 the superiors', () => {
    expect(overdueAt('2026-07-05 10:00')).toEqual([]);
    const t = table(overdueAt('2026-07-06 09:30').filter((r) => r.level === 'yellow'));
    // heads → their 分管领导; l3 heads 信息中心 which she supervises herself → the secretary
    expect(t['ou_l1 yellow']).toEqual(['h1:info-report', 'h1:unit-report', 'h2:info-report', 'h2:unit-report']);
    expect(t['ou_l2 yellow']).toEqual(['h3:info-report', 'h3:unit-report', 'h4:info-report', 'h4:unit-report']);
    expect(t['ou_l3 yellow']).toEqual(['h5:info-report', 'h5:unit-report']);
    // leaders → the secretary; the inspector → the secretary
    expect(t['ou_sec yellow']).toEqual(
      expect.arrayContaining(['l1:talk-leader-heads', 'l1:heart-talks', 'l3:unit-report', 'insp:style-inspection']),
    );
    expect(t['ou_sec yellow']!.some((x) => x.startsWith('h1:'))).toBe(false);
    // the secretary → the inspectors
    expect(t['ou_insp yellow']).toEqual(['sec:analysis', 'sec:funds-check', 'sec:pledge-check', 'sec:special-meeting', 'sec:talk-secretary-leaders']);
  });

  it('an item reported late (补录) before the yellow day stops there', () => {
    const activities = [act({ type: 'report_to_party', date: '2026-06-20', actorId: 'h1', late: true })];
    const t = table(overdueAt('2026-07-06 10:00', activities).filter((r) => r.level === 'yellow'));
    expect(t['ou_l1 yellow']).toEqual(['h1:info-report', 'h2:info-report', 'h2:unit-report']);
  });

  it('names in a yellow go only up the chain: 李明 sees his heads, not 王强’s', () => {
    const l1 = overdueAt('2026-07-06 10:00').find((r) => r.key === 'overdue|all|2026-06-30|ou_l1|yellow')!;
    expect(l1.items.map((i) => i.responsibleName)).not.toContain('周杰');
  });
});

describe('red: the secretary and the inspectors, 5 working days after yellow', () => {
  it('07-10: not yet; 07-13: red, to whoever above has not had the yellow', () => {
    expect(overdueAt('2026-07-10 10:00').filter((r) => r.level === 'red')).toEqual([]);
    const t = table(overdueAt('2026-07-13 09:30').filter((r) => r.level === 'red'));
    // a head's item: the secretary and the inspector (the leader had the yellow)
    expect(t['ou_sec red']).toEqual(expect.arrayContaining(['h1:unit-report', 'h3:unit-report']));
    expect(t['ou_insp red']).toEqual(expect.arrayContaining(['h1:unit-report', 'l1:talk-leader-heads']));
    // a leader's item: the inspector only (the secretary had the yellow)
    expect(t['ou_sec red']!.some((x) => x.startsWith('l1:'))).toBe(false);
    // the secretary's own items: nobody left above who has not been told
    expect(Object.values(t).flat().some((x) => x.startsWith('sec:'))).toBe(false);
    // the inspector's own item: the secretary had the yellow, no other inspector exists
    expect(Object.values(t).flat().some((x) => x.startsWith('insp:'))).toBe(false);
  });

  it('no escalation of long-past periods: a bot started in November does not shout about June', () => {
    expect(overdueAt('2026-11-16 10:00')).toEqual([]);
  });
});

describe('the overdue cards', () => {
  it('blue carries 填报 buttons, yellow and red carry names but no buttons', () => {
    const blue = overdueAt('2026-07-01 10:00').find((r) => r.key === 'overdue|all|2026-06-30|ou_l1|blue')!;
    const yellow = overdueAt('2026-07-06 10:00').find((r) => r.key === 'overdue|all|2026-06-30|ou_l1|yellow')!;
    const b = JSON.stringify(overdueCard(blue));
    const y = JSON.stringify(overdueCard(yellow));
    expect(b).toContain('report_duty');
    expect(b).toContain('陈静、刘洋');
    expect(y).not.toContain('report_duty');
    expect(y).toContain('陈静');
    expect(y).toContain('"template":"yellow"');
  });
});
