import { describe, expect, it } from 'vitest';
import { peopleOwnDay } from '../../../src/domain/report/peopleOwnDay.js';
import { editContext, talk } from './cardEditSupport.js';

const ctx = editContext('sunjie');
const CARD = [talk('wanglei', '2026-11-29', 'zhaomin'), talk('yangfan', '2026-11-29', 'zhaomin'), talk('heping', '2026-11-29', 'zhaomin')];
const days = (text: string) => peopleOwnDay(text, CARD, ctx)?.items.map((i) => i.draft.date);

describe('peopleOwnDay', () => {
  it.each([
    ['王磊和杨帆是今天上午谈的，不是昨天', '2026-11-30'],
    ['王磊和杨帆是今天上午谈的 不是昨天', '2026-11-30'],
    ['王磊、杨帆不是昨天是今天', '2026-11-30'],
    ['王磊和杨帆不是昨天，是今天上午谈的', '2026-11-30'],
    ['王部长和杨帆是今天谈的', '2026-11-30'],
    ['王磊和杨帆改成11月25日', '2026-11-25'],
    ['王磊和杨帆是上周三的', '2026-11-25'],
    ['王磊和杨帆两人是11.26谈的', '2026-11-26'],
    ['和王磊、杨帆的应该是11月27日', '2026-11-27'],
  ])('%s → 王磊 and 杨帆 on %s, 何平 kept', (text, day) => {
    expect(days(text)).toEqual([day, day, '2026-11-29']);
  });

  it('says the change', () => {
    expect(peopleOwnDay('王磊和杨帆是今天谈的', CARD, ctx)?.what).toBe('和王磊、杨帆的日期改为2026-11-30');
  });

  it.each([['王磊和冯雪是今天谈的'], ['王磊和杨帆是廉政谈话'], ['对象是办公室和财务科全体人员'], ['王磊和杨帆也谈了'], ['赵敏是今天谈的']])('%s → not read', (text) => {
    expect(peopleOwnDay(text, CARD, ctx)).toBeUndefined();
  });
});
