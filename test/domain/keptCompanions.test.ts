// t48a F5: the 同行 a record keeps through a change of its kind or doer.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activity.js';
import { keptCompanions } from '../../src/domain/keptCompanions.js';

type Fields = Pick<Activity, 'type' | 'actorId' | 'companionIds'>;

describe('keptCompanions', () => {
  it.each<[string, Fields, string[] | undefined]>([
    ['a check keeps them', { type: 'inspect_style', actorId: 'huangzhigang', companionIds: ['linxiao'] }, ['linxiao']],
    ['a 专项资金 or 责任书 check too', { type: 'pledge_check', actorId: 'huangzhigang', companionIds: ['linxiao', 'hujun'] }, ['linxiao', 'hujun']],
    ['the new doer is no 同行 of her own check', { type: 'inspect_funds', actorId: 'linxiao', companionIds: ['linxiao'] }, undefined],
    ['a record made a talk keeps none', { type: 'talk_integrity', actorId: 'huangzhigang', companionIds: ['linxiao'] }, undefined],
    ['a record without any (stored before round 46)', { type: 'inspect_style', actorId: 'huangzhigang' }, undefined],
  ])('%s', (_what, a, want) => {
    expect(keptCompanions(a)).toEqual(want);
  });
});
