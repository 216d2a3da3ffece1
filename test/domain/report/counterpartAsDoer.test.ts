import { describe, expect, it } from 'vitest';
import { counterpartAsDoer } from '../../../src/domain/report/counterpartAsDoer.js';
import { editContext, talk } from './cardEditSupport.js';

const ctx = editContext('linxiao');
// 1. 11月24日与黄书记、孙杰进行廉政谈话 2. 11月25日与黄书记、徐辉进行廉政谈话, as the card holds it.
const CARD = [talk('huangzhigang', '2026-11-24', undefined, 1), talk('sunjie', '2026-11-24', undefined, 1), talk('huangzhigang', '2026-11-25', undefined, 2), talk('xuhui', '2026-11-25', undefined, 2)];
const rows = (items: ReturnType<typeof counterpartAsDoer>) => items?.items.map((i) => [i.draft.date, i.draft.actorId, i.draft.counterpartIds.join(',')]);

describe('counterpartAsDoer', () => {
  it.each([['黄书记是谈话人不是对象'], ['黄书记是谈话人，不是谈话对象'], ['黄书记不是对象，是谈话人'], ['黄志刚书记是主谈人 不是被谈话人'], ['黄书记才是谈话人 而不是对象']])('%s → 黄志刚 the doer of both entries', (text) => {
    const read = counterpartAsDoer(text, CARD, ctx);
    expect(rows(read)).toEqual([
      ['2026-11-24', 'huangzhigang', 'sunjie'],
      ['2026-11-25', 'huangzhigang', 'xuhui'],
    ]);
    expect(read?.what).toBe('黄志刚改为谈话人（活动人），不再是谈话对象');
  });

  it('without entries, the records of the same kind and day are one group', () => {
    const card = [talk('huangzhigang', '2026-11-24'), talk('sunjie', '2026-11-24'), talk('xuhui', '2026-11-26')];
    expect(rows(counterpartAsDoer('黄书记是谈话人不是对象', card, ctx))).toEqual([
      ['2026-11-24', 'huangzhigang', 'sunjie'],
      ['2026-11-26', undefined, 'xuhui'],
    ]);
  });

  it('a group left empty goes and is said; a card left empty is not read', () => {
    const read = counterpartAsDoer('黄书记是谈话人不是对象', CARD.slice(0, 3), ctx);
    expect(rows(read)).toEqual([['2026-11-24', 'huangzhigang', 'sunjie']]);
    expect(read?.what).toMatch(/只有黄志刚一人的1条去掉/);
    expect(counterpartAsDoer('黄书记是谈话人不是对象', [talk('huangzhigang', '2026-11-24')], ctx)).toBeUndefined();
  });

  it.each([['黄书记是谈话人'], ['谈话人是黄书记'], ['孙杰是谈话人不是对象'], ['林晓是谈话人不是对象'], ['黄书记不是对象']])('%s → not this reader\'s', (text) => {
    // 孙杰 on a card that does not list him; 林晓 the member; the doer words alone or 不是对象 alone are other readers'.
    const read = counterpartAsDoer(text, text.startsWith('孙杰') ? [talk('huangzhigang', '2026-11-24')] : CARD, ctx);
    expect(read).toBeUndefined();
  });
});
