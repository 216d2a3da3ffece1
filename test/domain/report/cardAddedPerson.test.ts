// cardAddedPerson (round 34b §3a): one more person added to a waiting card like its records of that kind, or said why not.
import { describe, expect, it } from 'vitest';
import { cardAddedPerson } from '../../../src/domain/report/cardAddedPerson.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

const item = (type: ReportDraft['type'], other: string, date = '2026-11-30', actorId = 'wangjianguo'): PendingItem => ({
  draft: { type, date, actorId, counterpartIds: [other], departmentId: 'finance', late: false },
  problems: [],
});
const C1 = [item('talk_integrity', 'sunli'), item('talk_integrity', 'wangqiang'), item('pledge_sign', 'sunli'), item('pledge_sign', 'wangqiang')];

describe('cardAddedPerson', () => {
  it('a talk said adds a talk of the card\'s doer and day, with the person\'s own department', () => {
    const r = cardAddedPerson(C1, { personId: 'lijuan', verb: 'talk', departmentId: 'finance' });
    expect(r).toMatchObject({ kind: 'added', index: 4 });
    expect(r?.kind === 'added' && r.items[4]!.draft).toEqual({ type: 'talk_integrity', date: '2026-11-30', actorId: 'wangjianguo', counterpartIds: ['lijuan'], late: false, departmentId: 'finance' });
  });

  it('a signing said adds a signing', () => {
    const r = cardAddedPerson(C1, { personId: 'wujing', verb: 'sign' });
    expect(r?.kind === 'added' && r.items[4]!.draft.type).toBe('pledge_sign');
  });

  it('no verb on a card of talks and signings is asked which; someone on the card is already there', () => {
    expect(cardAddedPerson(C1, { personId: 'wujing' })).toEqual({ kind: 'which' });
    expect(cardAddedPerson(C1, { personId: 'wangqiang', verb: 'sign' })).toEqual({ kind: 'already', index: 3 });
    expect(cardAddedPerson(C1, { personId: 'wangjianguo', verb: 'talk' })).toEqual({ kind: 'already', index: 0 });
  });

  it('talks of two days or two doers are asked which; another day said, or no talk on the card, is none', () => {
    expect(cardAddedPerson([item('talk_integrity', 'sunli'), item('talk_integrity', 'wangqiang', '2026-11-29')], { personId: 'lijuan', verb: 'talk' })).toEqual({ kind: 'which' });
    expect(cardAddedPerson([item('talk_integrity', 'sunli'), item('talk_integrity', 'wangqiang', '2026-11-30', 'zhangwei')], { personId: 'lijuan', verb: 'talk' })).toEqual({ kind: 'which' });
    expect(cardAddedPerson(C1, { personId: 'lijuan', verb: 'talk', date: '2026-11-28' })).toBeUndefined();
    expect(cardAddedPerson([item('pledge_sign', 'sunli')], { personId: 'lijuan', verb: 'talk' })).toBeUndefined();
    expect(cardAddedPerson([item('edu_integrity', 'sunli')], { personId: 'lijuan' })).toBeUndefined();
  });
});
