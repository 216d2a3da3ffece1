// pointedKindChange (round 65, gea): a kind said of a record pointed back at, hedged (算…吧) or plain (改成 · 改为).
import { describe, expect, it } from 'vitest';
import { pointedKindChange } from '../../../src/domain/report/pointedKindChange.js';

describe('pointedKindChange', () => {
  it.each([
    ['维权部那次算作风纪律检查吧', 'inspect_style', '维权部那次'],
    ['维权部那次应该算作风纪律检查', 'inspect_style', '维权部那次'],
    ['维权部那次改成作风纪律检查', 'inspect_style', '维权部那次'],
    ['维权部那次改为作风纪律检查吧', 'inspect_style', '维权部那次'],
    ['维权部那次 改成 作风纪律检查', 'inspect_style', '维权部那次'],
    ['维权部那次改成专项检查', 'inspect_funds', '维权部那次'],
    ['今天那个会 算作风纪律检查吧', 'inspect_style', '今天那个会'],
    ['上周三那个会改成廉政教育吧', 'edu_integrity', '上周三那个会'],
    ['和孙丽那次改成廉政教育', 'edu_integrity', '和孙丽那次'],
  ])('「%s」 → %s of 「%s」', (text, kind, about) => {
    expect(pointedKindChange(text)).toMatchObject({ kind, about });
  });

  it.each([['刚才那次算作风纪律检查吧', 'inspect_style'], ['那条改成谈心谈话', 'talk_heart']])('「%s」 → the latest report (no naming words)', (text, kind) => {
    const got = pointedKindChange(text);
    expect(got).toMatchObject({ kind });
    expect(got?.about).toBeUndefined();
  });

  it.each([
    ['查的三公经费，算专项资金检查吧'],
    ['算专项资金检查吧'],
    ['今天改成了作风纪律检查'],
    ['去维权部查公务用车那次不是周三是周四 算专项检查吧'],
    ['维权部那次改成明天'],
    ['今天到维权部开展了作风纪律检查'],
  ])('near-miss 「%s」 → undefined (correctLatest, the bare hedge or a report)', (text) => {
    expect(pointedKindChange(text)).toBeUndefined();
  });
});
