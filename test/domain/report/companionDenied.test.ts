// Round 59, fcd (t61b F3): 「孙丽不算同行，她是被检查科室的」 read as the companion taken off, on a waiting card too.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { companionDenied } from '../../../src/domain/report/companionDenied.js';
import { cardCompanionDenied } from '../../../src/domain/report/cardCompanionDenied.js';
import type { CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';

const directory = loadConfig('config').directory;

describe('companionDenied', () => {
  it.each([
    ['孙丽不算同行，她是被检查科室的', '孙丽', true],
    ['孙科长是被检查的，不是同行人', '孙科长', true],
    ['孙丽不是陪同人员', '孙丽', false],
    ['去掉同行孙丽', '孙丽', false],
    ['同行人员去掉孙丽', '孙丽', false],
    ['孙丽是被检查科室的负责人 不算同行', '孙丽', true],
    ['不对，孙科长不是一起去的，她是被检查的', '孙科长', true],
    ['把孙丽从同行里去掉', '孙丽', false],
    ['孙丽同志不算同行', '孙丽', false],
  ])('%s', (text, words, checked) => expect(companionDenied(text)).toEqual({ words, checked }));

  it.each(['孙丽也参加了', '同行还有孙丽', '11月27日对财务科进行作风纪律检查，孙科长陪同', '孙丽不算'])('%s is none', (text) =>
    expect(companionDenied(text)).toBeUndefined(),
  );
});

const ctx: CardCorrectionContext = {
  today: '2026-11-30',
  personId: (w) => (w === '孙丽' || w === '孙科长' ? 'sunli' : directory.org.people.find((p) => p.name === w)?.id),
  personName: (x) => directory.person(x)?.name ?? x,
  departmentOf: (x) => directory.person(x)?.departmentId,
  departmentName: (x) => directory.department(x)?.name ?? x,
};
const check = (over: Partial<PendingItem['draft']>): PendingItem => ({
  draft: { type: 'inspect_style', date: '2026-11-27', counterpartIds: [], late: false, actorId: 'huangzhigang', companionIds: ['sunli', 'linxiao'], ...over },
  problems: [],
});

describe('cardCompanionDenied', () => {
  it('takes her off, the check kept at its department', () => {
    const got = cardCompanionDenied('孙丽不算同行，她是被检查科室的', [check({ departmentId: 'finance' })], ctx);
    expect(got?.kind).toBe('changed');
    if (got?.kind !== 'changed') return;
    expect(got.items[0]!.draft.companionIds).toEqual(['linxiao']);
    expect(got.items[0]!.draft.departmentId).toBe('finance');
    expect(got.what).toBe('孙丽不记为同行');
  });
  it('a check at no department is put at hers', () => {
    const got = cardCompanionDenied('孙科长是被检查的，不是同行人', [check({})], ctx);
    expect(got?.kind === 'changed' && got.items[0]!.draft.departmentId).toBe('finance');
    expect(got?.kind === 'changed' && got.what).toBe('孙丽不记为同行，被检查科室为财务科');
  });
  it('someone no check has along: said, nothing changed', () => {
    expect(cardCompanionDenied('王强不算同行', [check({ departmentId: 'finance' })], ctx)).toEqual({ kind: 'unfit', text: '卡片上的检查没有把王强记为同行，卡片没有改动。' });
  });
  it('other words: none', () => expect(cardCompanionDenied('日期改成11月26日', [check({})], ctx)).toBeUndefined());
});
