// 到期提醒 at quarter and half-year ends: own open items only, counterparts still missing, one bundle per person per due day.
import { describe, expect, it } from 'vitest';
import type { Duty } from '../../../src/domain/duty.js';
import { dueSoonCard } from '../../../src/feishu/cards/reminderDueCard.js';
import { cardBytes } from '../../../src/feishu/cards/reminderCardParts.js';
import { act, DEFAULT_DUTIES } from '../../support/completionFixtures.js';
import { decideAt, ofKind, settingsWith } from './testKit.js';

const dueSoonOnly = settingsWith({ festival: { enabled: false }, overdue: { enabled: false } });

function dueSoonAt(shanghai: string, o: { activities?: ReturnType<typeof act>[]; duties?: Duty[] } = {}) {
  return ofKind(decideAt(shanghai, { settings: dueSoonOnly, ...o }), 'due_soon');
}

const byPerson = (list: ReturnType<typeof dueSoonAt>) => Object.fromEntries(list.map((r) => ['openId' in r.to ? r.to.openId : r.to.chatId, r]));

describe('half-year end 2026-06-30 (lead 10 working days → 06-16, 端午 06-19..21 skipped)', () => {
  it('nothing the working day before', () => {
    expect(dueSoonAt('2026-06-15 10:00')).toEqual([]);
  });

  it('on 06-16 from 09:30: every responsible person with open half-year items, and nobody else', () => {
    expect(dueSoonAt('2026-06-16 09:29')).toEqual([]);
    const sent = byPerson(dueSoonAt('2026-06-16 09:30'));
    expect(Object.keys(sent).sort()).toEqual(['ou_h1', 'ou_h2', 'ou_h3', 'ou_h4', 'ou_h5', 'ou_l1', 'ou_l2', 'ou_l3', 'ou_sec']);
    const l1 = sent.ou_l1!;
    expect(l1.key).toBe('due_soon|all|2026-06-30|ou_l1|');
    expect(l1.workdaysLeft).toBe(10);
    expect(l1.items.every((i) => i.responsibleId === 'l1')).toBe(true);
    expect(l1.items.map((i) => [i.dutyId, i.missing])).toEqual([
      ['talk-leader-heads', ['陈静', '刘洋']],
      ['heart-talks', ['办公室', '财务科']],
    ]);
  });

  it('a department head’s bundle also carries June’s monthly item that ends the same day', () => {
    const h1 = byPerson(dueSoonAt('2026-06-16 10:00')).ou_h1!;
    expect(h1.items.map((i) => `${i.dutyId} ${i.period.label}`)).toEqual(['unit-report 2026年上半年', 'info-report 2026年6月']);
  });

  it('done items drop out; a person with nothing open gets nothing', () => {
    const activities = [
      act({ type: 'talk_integrity', date: '2026-05-10', actorId: 'l1', counterpartIds: ['h1'] }),
      act({ type: 'talk_integrity', date: '2026-05-11', actorId: 'l2', counterpartIds: ['h3'] }),
      act({ type: 'talk_integrity', date: '2026-05-12', actorId: 'l2', counterpartIds: ['h4'] }),
      act({ type: 'talk_heart', date: '2026-05-13', actorId: 'l2', counterpartIds: [], departmentId: 'd-rehab' }),
      act({ type: 'talk_heart', date: '2026-05-14', actorId: 'l2', counterpartIds: [], departmentId: 'd-edu' }),
    ];
    const sent = byPerson(dueSoonAt('2026-06-16 10:00', { activities }));
    expect(sent.ou_l2).toBeUndefined(); // 王强 talked with both heads and held 谈心 in both departments
    expect(sent.ou_l1!.items.find((i) => i.dutyId === 'talk-leader-heads')?.missing).toEqual(['刘洋']);
  });

  it('later runs decide the same keys: at most one due-soon message per person per period end', () => {
    const a = dueSoonAt('2026-06-16 10:00').map((r) => r.key).sort();
    const b = dueSoonAt('2026-06-29 15:00').map((r) => r.key).sort();
    expect(b).toEqual(expect.arrayContaining(a));
    expect(new Set(b).size).toBe(b.length);
  });

  it('the inspector’s monthly item waits for its own day (lead 3 → 06-26)', () => {
    expect(byPerson(dueSoonAt('2026-06-25 10:00')).ou_insp).toBeUndefined();
    expect(byPerson(dueSoonAt('2026-06-26 10:00')).ou_insp?.items.map((i) => i.dutyId)).toEqual(['style-inspection']);
  });

  it('after the period has ended it is no longer due soon', () => {
    expect(dueSoonAt('2026-07-01 10:00').filter((r) => r.due === '2026-06-30')).toEqual([]);
  });
});

describe('quarter end 2026-09-30 (lead 5 → 09-23, 中秋 09-25..27 skipped)', () => {
  const quarterly: Duty = {
    id: 'quarter-check',
    name: '季度廉政风险排查',
    types: ['inspect_funds'],
    responsible: ['inspectors'],
    per: 'count',
    cadence: 'quarter',
    min: 1,
    source: 'test',
    enabled: true,
  };
  const duties = [...DEFAULT_DUTIES, quarterly];

  it('09-22: not yet; 09-23: the quarter item with September’s monthly one', () => {
    expect(byPerson(dueSoonAt('2026-09-22 10:00', { duties })).ou_insp).toBeUndefined();
    const insp = byPerson(dueSoonAt('2026-09-23 10:00', { duties })).ou_insp!;
    expect(insp.items.map((i) => `${i.dutyId} ${i.period.label}`)).toEqual(['quarter-check 2026年第三季度', 'style-inspection 2026年9月']);
    expect(insp.workdaysLeft).toBe(5);
  });

  it('done this quarter: only the monthly item is left, and it waits for 09-28', () => {
    const activities = [act({ type: 'inspect_funds', date: '2026-08-03', actorId: 'insp' })];
    expect(byPerson(dueSoonAt('2026-09-23 10:00', { duties, activities })).ou_insp).toBeUndefined();
    expect(byPerson(dueSoonAt('2026-09-28 10:00', { duties, activities })).ou_insp?.items.map((i) => i.dutyId)).toEqual(['style-inspection']);
  });
});

describe('a duty with a window inside its year: 责任书 within Q1', () => {
  it('warned 15 working days before 03-31, with whom it is still to be signed', () => {
    expect(dueSoonAt('2026-03-10 10:00').filter((r) => r.due === '2026-03-31')).toEqual([]);
    const sent = byPerson(dueSoonAt('2026-03-11 10:00').filter((r) => r.due === '2026-03-31'));
    expect(sent.ou_sec!.items.map((i) => [i.dutyId, i.missing])).toEqual([['pledge-sign', ['李明', '王强', '赵敏']]]);
    expect(sent.ou_l1!.items.map((i) => [i.dutyId, i.missing])).toEqual([['pledge-sign', ['陈静', '刘洋']]]);
  });
});

describe('the due-soon card', () => {
  it('one 填报 button per item, whose value the report intent can use', () => {
    const l1 = byPerson(dueSoonAt('2026-06-16 10:00')).ou_l1!;
    const card = dueSoonCard(l1) as { header: { title: { content: string } }; body: { elements: Record<string, unknown>[] } };
    expect(card.header.title.content).toBe('到期提醒');
    const buttons = card.body.elements.filter((e) => e.tag === 'button');
    expect(buttons.map((b) => (b.behaviors as { value: unknown }[])[0]!.value)).toEqual([
      { action: 'report_duty', dutyId: 'talk-leader-heads', period: '2026H1' },
      { action: 'report_duty', dutyId: 'heart-talks', period: '2026H1' },
    ]);
    const text = JSON.stringify(card);
    expect(text).toContain('陈静、刘洋');
    expect(text).toContain('6月30日');
    expect(text).not.toContain('得分');
  });

  it('stays under the 30 KB card limit with hundreds of items', () => {
    const l1 = byPerson(dueSoonAt('2026-06-16 10:00')).ou_l1!;
    const many = { ...l1, items: Array.from({ length: 400 }, (_, i) => ({ ...l1.items[0]!, dutyName: `事项${i}`, missing: Array(30).fill('某某某') })) };
    const card = dueSoonCard(many);
    expect(cardBytes(card)).toBeLessThan(30 * 1024);
    expect(JSON.stringify(card)).toContain('另有');
  });
});

describe('period keys in the 填报 value', () => {
  it('round-trip for every cadence', async () => {
    const { periodKey, periodFromKey } = await import('../../../src/domain/reminders/periodKey.js');
    const { periodOf } = await import('../../../src/domain/period.js');
    for (const [cadence, key] of [['month', '2026-06'], ['quarter', '2026Q3'], ['halfyear', '2026H1'], ['year', '2026']] as const) {
      const p = periodOf(cadence, cadence === 'quarter' ? '2026-08-15' : '2026-06-15');
      expect(periodKey(p)).toBe(key);
      expect(periodFromKey(key)).toEqual(p);
    }
    expect(periodFromKey('2026H3')).toBeUndefined();
  });
});
